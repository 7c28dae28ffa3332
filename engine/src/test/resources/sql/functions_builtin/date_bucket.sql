# DATE_BUCKET (SQL Server 2022): the start of the bucket holding a date, counted in whole buckets
# from the origin (default 1900-01-01, a Monday); the examples are the documentation's.

query T
SELECT DATE_BUCKET(WEEK, 1, CAST('2020-04-15 21:22:11' AS datetime2))
----
2020-04-13 00:00:00.0000000

query TTTTT
DECLARE @date datetime2 = '2020-04-15 21:22:11'
SELECT DATE_BUCKET(WEEK, 2, @date), DATE_BUCKET(wk, 3, @date), DATE_BUCKET(ww, 4, @date), DATE_BUCKET(WEEK, 6, @date), DATE_BUCKET(WEEK, 5, @date)
----
2020-04-13 00:00:00.0000000	2020-04-13 00:00:00.0000000	2020-04-13 00:00:00.0000000	2020-04-13 00:00:00.0000000	2020-04-06 00:00:00.0000000

query TT
DECLARE @date datetime2 = '2020-06-15 21:22:11', @origin datetime2 = '2019-01-01 00:00:00'
SELECT DATE_BUCKET(WEEK, 5, @date, @origin), DATE_BUCKET(HOUR, 2, @date, @origin)
----
2020-06-09 00:00:00.0000000	2020-06-15 20:00:00.0000000

query TTTTT
DECLARE @date datetime2 = '2020-04-30 21:21:21'
SELECT DATE_BUCKET(WEEK, 1, @date), DATE_BUCKET(DAY, 1, @date), DATE_BUCKET(HOUR, 1, @date), DATE_BUCKET(MINUTE, 1, @date), DATE_BUCKET(SECOND, 1, @date)
----
2020-04-27 00:00:00.0000000	2020-04-30 00:00:00.0000000	2020-04-30 21:00:00.0000000	2020-04-30 21:21:00.0000000	2020-04-30 21:21:21.0000000

# 365-day buckets: 2000 was a leap year.
query T
DECLARE @days int = 365, @datetime datetime2 = '2000-01-01 01:01:01.1110000'
SELECT DATE_BUCKET(DAY, @days, @datetime)
----
1999-12-08 00:00:00.0000000

# dayofyear, day and weekday are the same bucket; months, quarters and years count calendar months.
query TTTTTT
DECLARE @d datetime2(3) = '2024-05-17 10:11:12.345'
SELECT DATE_BUCKET(dy, 3, @d), DATE_BUCKET(dw, 3, @d), DATE_BUCKET(MONTH, 5, @d), DATE_BUCKET(QUARTER, 1, @d), DATE_BUCKET(yy, 10, @d), DATE_BUCKET(ms, 100, @d)
----
2024-05-16 00:00:00.000	2024-05-16 00:00:00.000	2024-03-01 00:00:00.000	2024-04-01 00:00:00.000	2020-01-01 00:00:00.000	2024-05-17 10:11:12.300

# The result has the date's type; dates before the origin fall in buckets that start before them.
query TTTT
SELECT DATE_BUCKET(MONTH, 1, CAST('2024-02-29' AS date)), DATE_BUCKET(HOUR, 5, CAST('13:14:15' AS time(0))), DATE_BUCKET(DAY, 7, CAST('1899-12-30' AS date)), DATE_BUCKET(MONTH, 1, CAST('2024-03-10' AS date), CAST('2023-01-31' AS date))
----
2024-02-01	10:00:00	1899-12-25	2024-02-29

query TT
SELECT DATE_BUCKET(MINUTE, 15, CAST('2024-05-17 10:44:59' AS smalldatetime)), DATE_BUCKET(DAY, 1, CAST('2024-05-17 10:44:59 +02:00' AS datetimeoffset(0)))
----
May 17 2024 10:45AM	2024-05-17 00:00:00 +02:00

query T
SELECT DATE_BUCKET(DAY, 1, CAST(NULL AS date))
----
NULL

# Grouping by buckets, as the documentation's weekly sales example does.
statement ok
CREATE TABLE #sales (d date, qty int)

statement ok
INSERT #sales VALUES ('2011-01-03', 5), ('2011-01-05', 2), ('2011-01-10', 7), ('2011-01-16', 1), ('2011-01-17', 4)

query TI
SELECT DATE_BUCKET(WEEK, 1, d) AS wk, SUM(qty) FROM #sales GROUP BY DATE_BUCKET(WEEK, 1, d) ORDER BY wk
----
2011-01-03	7
2011-01-10	8
2011-01-17	4

statement error 9834
SELECT DATE_BUCKET(DAY, -1, SYSDATETIME())
----
error 9834: Invalid bucket width value passed to DATE_BUCKET function. Only positive values are allowed.

statement error 9834
SELECT DATE_BUCKET(DAY, 0, SYSDATETIME())

statement error 8115
SELECT DATE_BUCKET(DAY, 2147483648, CAST('2020-04-30' AS datetime2))

statement error 8116
SELECT DATE_BUCKET(DAY, 1, '2020-04-30')
----
error 8116: Argument data type varchar is invalid for argument 3 of date_bucket function.

statement error 8116
SELECT DATE_BUCKET(DAY, 1, SYSDATETIME(), CAST('2020-01-01' AS date))

statement error 9810
SELECT DATE_BUCKET(HOUR, 1, CAST('2020-04-30' AS date))

statement error 9810
SELECT DATE_BUCKET(DAY, 1, CAST('10:00' AS time))

statement error 9810
SELECT DATE_BUCKET(MICROSECOND, 1, SYSDATETIME())

statement error 517
SELECT DATE_BUCKET(YEAR, 1000, CAST('0500-01-01' AS date))
