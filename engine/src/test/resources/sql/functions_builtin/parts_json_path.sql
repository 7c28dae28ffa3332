# DATETIMEOFFSETFROMPARTS and JSON_PATH_EXISTS.

query TTT
SELECT DATETIMEOFFSETFROMPARTS(2011, 8, 15, 14, 30, 0, 500, 12, 30, 3), DATETIMEOFFSETFROMPARTS(2024, 2, 29, 23, 59, 59, 1234567, -8, 0, 7), DATETIMEOFFSETFROMPARTS(2024, 1, 2, 3, 4, 5, 0, 0, -30, 0)
----
2011-08-15 14:30:00.5000000 +12:30	2024-02-29 23:59:59.1234567 -08:00	2024-01-02 03:04:05.0000000 -00:30

query T
SELECT DATETIMEOFFSETFROMPARTS(2024, 1, 2, 3, 4, 5, 0, NULL, 0, 7)
----
NULL

describe
SELECT DATETIMEOFFSETFROMPARTS(2024, 1, 2, 3, 4, 5, 0, 1, 0, 7) AS d
----
d	datetimeoffset(7)	NULL

statement error 289
SELECT DATETIMEOFFSETFROMPARTS(2024, 2, 30, 3, 4, 5, 0, 1, 0, 7)
----
error 289: Cannot construct data type datetimeoffset, some of the arguments have values which are not valid.

statement error 289
SELECT DATETIMEOFFSETFROMPARTS(2024, 1, 2, 3, 4, 5, 0, 15, 0, 7)
----
error 289: Cannot construct data type datetimeoffset, some of the arguments have values which are not valid.

statement error 289
SELECT DATETIMEOFFSETFROMPARTS(2024, 1, 2, 3, 4, 5, 100, 1, 0, 2)
----
error 289: Cannot construct data type datetimeoffset, some of the arguments have values which are not valid.

statement error 174
SELECT DATETIMEOFFSETFROMPARTS(2024, 1, 2)
----
error 174: The datetimeoffsetfromparts function requires 10 argument(s).

query IIIIIII
DECLARE @j nvarchar(max) = N'{"info":{"address":[{"town":"Paris"},{"town":"London"}], "none": null}}'
SELECT JSON_PATH_EXISTS(@j, '$.info.address'), JSON_PATH_EXISTS(@j, '$.info.addresses'), JSON_PATH_EXISTS(@j, '$.info.address[1].town'),
  JSON_PATH_EXISTS(@j, '$.info.none'), JSON_PATH_EXISTS('not json', '$.a'), JSON_PATH_EXISTS(NULL, '$'), JSON_PATH_EXISTS(@j, '$')
----
1	0	1	1	0	NULL	1

# CURRENT_DATE (SQL Server 2025): today's date, written without parentheses.
query I
SELECT CASE WHEN CURRENT_DATE = CAST(GETDATE() AS date) OR DATEDIFF(day, CURRENT_DATE, GETDATE()) = 1 THEN 1 ELSE 0 END
----
1

describe
SELECT CURRENT_DATE AS d
----
d	date	NULL

statement error 156
SELECT CURRENT_DATE()
----
error 156: Incorrect syntax near the keyword 'CURRENT_DATE'.

# The [*] wildcard: the rest of the path under any element of the array.
query IIII
DECLARE @j nvarchar(max) = N'{"info":{"address":[{"town":"Paris"},{"city":"London"}], "n": 1}}'
SELECT JSON_PATH_EXISTS(@j, '$.info.address[*].town'), JSON_PATH_EXISTS(@j, '$.info.address[*].zip'), JSON_PATH_EXISTS(@j, '$.info.n[*]'), JSON_PATH_EXISTS(N'[[1],[2,3]]', '$[*][1]')
----
1	0	0	1
