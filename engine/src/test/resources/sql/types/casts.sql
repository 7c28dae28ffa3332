# no-restart: NEWID() gives another value in each run
# CAST/CONVERT to and from every type family (conversion rules come from the catalog).
query IIIIT
SELECT CAST('12' AS tinyint), CAST('-12' AS smallint), CAST(' 42 ' AS int), CAST('9000000000' AS bigint), CAST(CAST(1 AS bit) AS varchar(1))
----
12	-12	42	9000000000	1

query IIII
SELECT CAST(1.9 AS int), CAST(-1.9 AS int), CAST(2.5e0 AS int), CAST('1' AS bit)
----
1	-1	2	1

query RRRR
SELECT CAST('1.005' AS decimal(10, 2)), CAST(12.345 AS numeric(5, 1)), CAST('$1,234.5' AS money), CAST(3 AS smallmoney)
----
1.01	12.3	1234.5000	3.0000

query RR
SELECT CAST('1.5' AS float), CAST(1 AS real)
----
1.5	1

query TTTT
SELECT CAST(123 AS varchar(10)), CAST(N'abc' AS char(5)) + '|', CAST('x' AS nvarchar(3)), CAST(1.50 AS nvarchar(10))
----
123	abc  |	x	1.50

query TT
SELECT CAST('abc' AS varbinary(3)), CAST(0x616263 AS varchar(3))
----
0x616263	abc

query TTT
SELECT CAST('2024-02-29' AS date), CAST('13:45:30.1234567' AS time(7)), CAST('2024-02-29T13:45:30.123' AS datetime2(3))
----
2024-02-29	13:45:30.1234567	2024-02-29 13:45:30.123

query TT
SELECT CAST('2024-02-29 13:45:30.123' AS datetime), CAST('2024-02-29 13:45:29' AS smalldatetime)
----
Feb 29 2024  1:45PM	Feb 29 2024  1:45PM

query T
SELECT CAST('2024-02-29 13:45:30.1234567 +02:00' AS datetimeoffset(7))
----
2024-02-29 13:45:30.1234567 +02:00

query T
SELECT CAST('6F9619FF-8B86-D011-B42D-00C04FC964FF' AS uniqueidentifier)
----
6F9619FF-8B86-D011-B42D-00C04FC964FF

query TTT
SELECT CONVERT(varchar(10), CAST('2024-02-29' AS date), 101), CONVERT(varchar(10), CAST('2024-02-29' AS date), 103), CONVERT(varchar(8), CAST('13:45:30' AS time), 108)
----
02/29/2024	29/02/2024	13:45:30

query TT
SELECT CONVERT(varchar(30), CAST('2024-02-29 13:45:30.123' AS datetime), 121), CONVERT(varchar(30), CAST('2024-02-29 13:45:30.123' AS datetime), 126)
----
2024-02-29 13:45:30.123	2024-02-29T13:45:30.123

# ISO 8601 of a date or a time alone has no 'T' and no other half.
query TT
SELECT CONVERT(varchar(30), CAST('2024-02-29' AS date), 126), CONVERT(varchar(30), CAST('13:45:30.5' AS time(1)), 126)
----
2024-02-29	13:45:30.5

query T
SELECT CONVERT(varchar(10), 0x4142, 2)
----
4142

describe
SELECT CAST(1 AS tinyint), CAST(1 AS smallint), CAST(1 AS bigint), CAST(1 AS bit), CAST(1 AS decimal(5, 2)), CAST(1 AS numeric), CAST(1 AS money), CAST(1 AS smallmoney), CAST(1 AS float), CAST(1 AS real), CAST('a' AS char), CAST('a' AS varchar), CAST('a' AS nchar(2)), CAST('a' AS nvarchar(max)), CAST(0x01 AS binary(4)), CAST(0x01 AS varbinary(max)), CAST('2020-01-01' AS date), CAST('10:00' AS time), CAST('2020-01-01' AS datetime2), CAST('2020-01-01' AS datetimeoffset(3)), CAST('2020-01-01' AS datetime), CAST('2020-01-01' AS smalldatetime), CAST(NEWID() AS uniqueidentifier), CAST(1 AS sql_variant)
----
	tinyint	NOT NULL
	smallint	NOT NULL
	bigint	NOT NULL
	bit	NOT NULL
	decimal(5,2)	NOT NULL
	numeric(18,0)	NOT NULL
	money	NOT NULL
	smallmoney	NOT NULL
	float	NOT NULL
	real	NOT NULL
	char(30)	NOT NULL
	varchar(30)	NOT NULL
	nchar(2)	NOT NULL
	nvarchar(max)	NOT NULL
	binary(4)	NOT NULL
	varbinary(max)	NOT NULL
	date	NOT NULL
	time(7)	NOT NULL
	datetime2(7)	NOT NULL
	datetimeoffset(3)	NOT NULL
	datetime	NOT NULL
	smalldatetime	NOT NULL
	uniqueidentifier	NULL
	sql_variant	NOT NULL

statement error 245
SELECT CAST('x1' AS int)
----
error 245: Conversion failed when converting the varchar value 'x1' to data type int.

statement error 8114
SELECT CAST('1.2.3' AS float)
----
error 8114: Error converting data type varchar to float.

statement error 241
SELECT CAST('not a date' AS datetime)
----
error 241: Conversion failed when converting date and/or time from character string.

statement error 8169
SELECT CAST('nope' AS uniqueidentifier)
----
error 8169: Conversion failed when converting from a character string to uniqueidentifier.

statement error 529
SELECT CAST(CAST('2020-01-01' AS date) AS int)
----
error 529: Explicit conversion from data type date to int is not allowed.

statement error 243
SELECT CAST(1 AS no_such_type)
----
error 243: Type no_such_type is not a defined system type.

query TT
SELECT TRY_CAST('x' AS date), TRY_CONVERT(uniqueidentifier, 'nope')
----
NULL	NULL

# No style written is not style 0: CAST gives ISO text, CONVERT with style 0 the 'mon dd yyyy' form.
query TTT
SELECT CAST(CAST('2024-01-31' AS date) AS varchar(20)), CONVERT(varchar(20), CAST('2024-01-31' AS date), 0), CAST(CAST('2024-01-31 13:05:00' AS datetime2(0)) AS varchar(30))
----
2024-01-31	Jan 31 2024	2024-01-31 13:05:00

statement error 131
SELECT CAST('x' AS varchar(9000))

# A bare NULL has no type: it casts to any type, and ISNULL takes the type of its second argument.
query TTTTTT
SELECT CAST(NULL AS date), CAST(NULL AS time(3)), CAST(NULL AS datetime2), CAST(NULL AS datetimeoffset), CAST(NULL AS uniqueidentifier), ISNULL(NULL, 'x')
----
NULL	NULL	NULL	NULL	NULL	x

# Conversions of column values row by row (the converter is chosen once per expression): digits
# fitted to the length ('*' in varchar, 8115 in nvarchar), text cut, integers to float.
query ITRTT
SELECT value, CAST(value AS varchar(1)), CAST(value AS float), CAST(CONCAT(N'row', value) AS nvarchar(4)), CAST(CAST(value AS nvarchar(5)) AS nchar(3)) + '|' FROM GENERATE_SERIES(8, 11)
----
8	8	8	row8	8  |
9	9	9	row9	9  |
10	*	10	row1	10 |
11	*	11	row1	11 |

query IT
SELECT value, TRY_CAST(value AS nvarchar(1)) FROM GENERATE_SERIES(9, 10)
----
9	9
10	NULL

statement error 8115
SELECT CAST(value AS nvarchar(1)) FROM GENERATE_SERIES(10, 11)
----
error 8115: Arithmetic overflow error converting expression to data type nvarchar.
