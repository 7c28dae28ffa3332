# AT TIME ZONE: a datetimeoffset is taken to the zone's offset at that instant; a smalldatetime,
# datetime or datetime2 is read as local time in the zone and given its offset. Zone names are
# Windows names (sys.time_zone_info), any case.

# The documentation's clock-set-ahead examples ("Central European Standard Time", 2015): a time in
# the gap moves forward by the gap and takes the summer offset.
query TTT
SELECT CONVERT(DATETIME2(0), '2015-03-29T01:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2015-03-29T02:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2015-03-29T03:01:00', 126) AT TIME ZONE 'Central European Standard Time'
----
2015-03-29 01:01:00 +01:00	2015-03-29 03:01:00 +02:00	2015-03-29 03:01:00 +02:00

# The clock set back: a time in the overlapped hour keeps the offset before the change (+02:00).
query TTT
SELECT CONVERT(DATETIME2(0), '2015-10-25T01:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2015-10-25T02:00:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2015-10-25T03:01:00', 126) AT TIME ZONE 'Central European Standard Time'
----
2015-10-25 01:01:00 +02:00	2015-10-25 02:00:00 +02:00	2015-10-25 03:01:00 +01:00

# The same examples as the current documentation dates them (2022).
query TTTTTT
SELECT CONVERT(DATETIME2(0), '2022-03-27T01:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2022-03-27T02:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2022-03-27T03:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2022-10-30T01:01:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2022-10-30T02:00:00', 126) AT TIME ZONE 'Central European Standard Time',
  CONVERT(DATETIME2(0), '2022-10-30T03:01:00', 126) AT TIME ZONE 'Central European Standard Time'
----
2022-03-27 01:01:00 +01:00	2022-03-27 03:01:00 +02:00	2022-03-27 03:01:00 +02:00	2022-10-30 01:01:00 +02:00	2022-10-30 02:00:00 +02:00	2022-10-30 03:01:00 +01:00

# US Pacific 2026: 02:30 on 8 March does not exist (moves to 03:30 PDT); 01:30 on 1 November
# happens twice (the first, daylight one).
query TTTT
SELECT CAST('2026-03-08T01:59:59' AS datetime2(0)) AT TIME ZONE 'Pacific Standard Time',
  CAST('2026-03-08T02:30:00' AS datetime2(0)) AT TIME ZONE 'Pacific Standard Time',
  CAST('2026-11-01T01:30:00' AS datetime2(0)) AT TIME ZONE 'Pacific Standard Time',
  CAST('2026-11-01T02:00:00' AS datetime2(0)) AT TIME ZONE 'Pacific Standard Time'
----
2026-03-08 01:59:59 -08:00	2026-03-08 03:30:00 -07:00	2026-11-01 01:30:00 -07:00	2026-11-01 02:00:00 -08:00

# A datetimeoffset keeps its instant: UTC noon is 05:00 in Pacific summer, 04:00 in winter, and
# the sqlservercentral.com example's two UTC times either side of US Eastern's 2019 change.
query TTTT
SELECT CAST('2026-07-15T12:00:00+00:00' AS datetimeoffset) AT TIME ZONE 'Pacific Standard Time',
  CAST('2026-01-15T12:00:00+00:00' AS datetimeoffset(0)) AT TIME ZONE 'Pacific Standard Time',
  CAST('2019-03-10 06:59:00' AS datetime2(0)) AT TIME ZONE 'UTC' AT TIME ZONE 'Eastern Standard Time',
  CAST('2019-03-10 07:00:00' AS datetime2(0)) AT TIME ZONE 'UTC' AT TIME ZONE 'Eastern Standard Time'
----
2026-07-15 05:00:00.0000000 -07:00	2026-01-15 04:00:00 -08:00	2019-03-10 01:59:00 -05:00	2019-03-10 03:00:00 -04:00

# Half-hour and 45-minute zones, the southern hemisphere's summer, the date line, and any case.
query TTTTTT
DECLARE @t datetimeoffset(0) = '2024-01-15T00:00:00+00:00'
SELECT @t AT TIME ZONE 'India Standard Time', @t AT TIME ZONE 'Nepal Standard Time',
  @t AT TIME ZONE 'Chatham Islands Standard Time', @t AT TIME ZONE 'AUS Eastern Standard Time',
  @t AT TIME ZONE 'Dateline Standard Time', @t AT TIME ZONE 'line islands STANDARD time'
----
2024-01-15 05:30:00 +05:30	2024-01-15 05:45:00 +05:45	2024-01-15 13:45:00 +13:45	2024-01-15 11:00:00 +11:00	2024-01-14 12:00:00 -12:00	2024-01-15 14:00:00 +14:00

# The result has the input's fractional digits: datetime 3, smalldatetime 0, datetime2(n) and
# datetimeoffset(n) n.
describe
SELECT CAST('2024-01-01' AS datetime) AT TIME ZONE 'UTC' AS dt, CAST('2024-01-01' AS smalldatetime) AT TIME ZONE 'UTC' AS sdt,
  CAST('2024-01-01' AS datetime2) AT TIME ZONE 'UTC' AS dt2, CAST('2024-01-01' AS datetime2(3)) AT TIME ZONE 'UTC' AS dt2_3,
  CAST('2024-01-01' AS datetimeoffset(5)) AT TIME ZONE 'UTC' AS dto5
----
dt	datetimeoffset(3)	NULL
sdt	datetimeoffset(0)	NULL
dt2	datetimeoffset(7)	NULL
dt2_3	datetimeoffset(3)	NULL
dto5	datetimeoffset(5)	NULL

query TTT
SELECT CAST('2024-06-01 10:00:00.007' AS datetime) AT TIME ZONE 'GMT Standard Time',
  CAST('2024-06-01 10:00:29' AS smalldatetime) AT TIME ZONE 'Tokyo Standard Time',
  CAST('2024-06-01 10:00:00.1234567' AS datetime2(3)) AT TIME ZONE 'UTC'
----
2024-06-01 10:00:00.007 +01:00	2024-06-01 10:00:00 +09:00	2024-06-01 10:00:00.123 +00:00

# Chaining: assign the known zone, then convert (the documentation's example B). AT TIME ZONE
# binds tighter than + (so this adds to a datetimeoffset, 8117, rather than naming 'UTC') and than
# comparisons.
query T
SELECT CAST('2024-07-01 09:00' AS datetime) AT TIME ZONE 'Pacific Standard Time' AT TIME ZONE 'Central European Standard Time'
----
2024-07-01 18:00:00.000 +02:00

statement error 8117
SELECT CAST('2024-07-01' AS datetime2) AT TIME ZONE 'UT' + 'C'
----
error 8117: Operand data type datetimeoffset is invalid for add operator.

query TI
SELECT DATEADD(hour, 1, CAST('2024-07-01 09:00' AS datetime2(0)) AT TIME ZONE 'UTC'),
  CASE WHEN CAST('2024-07-01 09:00' AS datetime2) AT TIME ZONE 'UTC' = CAST('2024-07-01 11:00 +02:00' AS datetimeoffset) THEN 1 ELSE 0 END
----
2024-07-01 10:00:00 +00:00	1

query T
SELECT CAST('2024-07-01 09:00' AS datetime2(0)) AT TIME ZONE ('Tokyo' + ' Standard Time')
----
2024-07-01 09:00:00 +09:00

# NULL in, NULL out; an untyped NULL is taken on either side.
query TTTT
SELECT CAST(NULL AS datetime2) AT TIME ZONE 'UTC', CAST('2024-01-01' AS datetime2) AT TIME ZONE NULL,
  NULL AT TIME ZONE 'UTC', CAST('2024-01-01' AS datetime2) AT TIME ZONE CAST(NULL AS nvarchar(128))
----
NULL	NULL	NULL	NULL

# Other types are 8116 when the statement is compiled.
statement error 8116
SELECT CAST('2024-01-01' AS date) AT TIME ZONE 'UTC'
----
error 8116: Argument data type date is invalid for argument 1 of AT TIME ZONE function.

statement error 8116
SELECT CAST('12:00' AS time) AT TIME ZONE 'UTC'
----
error 8116: Argument data type time is invalid for argument 1 of AT TIME ZONE function.

statement error 8116
SELECT '2017-06-10 10:10:00' AT TIME ZONE 'Central Standard Time'
----
error 8116: Argument data type varchar is invalid for argument 1 of AT TIME ZONE function.

statement error 8116
SELECT CAST('2024-01-01' AS datetime2) AT TIME ZONE 1
----
error 8116: Argument data type int is invalid for argument 2 of AT TIME ZONE function.

statement error 8116
IF 1 = 0 SELECT 5 AT TIME ZONE 'UTC'
----
error 8116: Argument data type int is invalid for argument 1 of AT TIME ZONE function.

# A zone Windows does not have (IANA names included) is 9820 when the row is evaluated: a
# statement never run raises nothing.
statement error 9820
SELECT SYSDATETIMEOFFSET() AT TIME ZONE 'Mars Standard Time'
----
error 9820: The time zone parameter 'Mars Standard Time' provided to AT TIME ZONE clause is invalid.

statement error 9820
SELECT SYSDATETIMEOFFSET() AT TIME ZONE ''
----
error 9820: The time zone parameter '' provided to AT TIME ZONE clause is invalid.

statement error 9820
SELECT SYSDATETIMEOFFSET() AT TIME ZONE 'America/Los_Angeles'
----
error 9820: The time zone parameter 'America/Los_Angeles' provided to AT TIME ZONE clause is invalid.

query I
IF 1 = 0 SELECT SYSDATETIMEOFFSET() AT TIME ZONE 'Mars Standard Time'
SELECT 1
----
1

# A local time the zone's offset takes past datetimeoffset's range.
statement error 517
SELECT CAST('9999-12-31 23:00:00 +00:00' AS datetimeoffset) AT TIME ZONE 'Tokyo Standard Time'
----
error 517: Adding a value to a 'datetimeoffset' column caused an overflow.

# AT alone is still an alias.
query I
SELECT 1 at
----
1

# CURRENT_TIMEZONE_ID names the server's zone as sys.time_zone_info and AT TIME ZONE know it, and
# that zone's offset now is SYSDATETIMEOFFSET's (the machine's zone differs from run to run: the
# names are checked against each other, not against a constant).
query IIT
SELECT (SELECT COUNT(*) FROM sys.time_zone_info WHERE name = CURRENT_TIMEZONE_ID()),
  CASE WHEN DATEPART(TZOFFSET, SYSDATETIMEOFFSET() AT TIME ZONE CURRENT_TIMEZONE_ID())
    = DATEPART(TZOFFSET, SYSDATETIMEOFFSET()) THEN 1 ELSE 0 END,
  SQL_VARIANT_PROPERTY(CURRENT_TIMEZONE_ID(), 'BaseType')
----
1	1	varchar

query I
SELECT CASE WHEN CURRENT_TIMEZONE() = '(UTC) Coordinated Universal Time' AND CURRENT_TIMEZONE_ID() = 'UTC'
  OR CURRENT_TIMEZONE() LIKE '(UTC[+-]__:__) ' + CURRENT_TIMEZONE_ID() THEN 1 ELSE 0 END
----
1

statement error 174
SELECT CURRENT_TIMEZONE_ID(1)
----
error 174: The current_timezone_id function requires 0 argument(s).
