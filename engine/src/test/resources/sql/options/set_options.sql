# Every SET statement the clients send at connect (tedious, pymssql, jTDS, SSMS) must succeed.
statement ok
set ansi_nulls on
set ansi_null_dflt_on on
set ansi_padding on
set ansi_warnings on
set arithabort on
set concat_null_yields_null on
set datefirst 7
set dateformat mdy
set implicit_transactions off
set language us_english
set numeric_roundabort off
set quoted_identifier on
set textsize 2147483647
set transaction isolation level read committed
set xact_abort off
----
! Changed language setting to us_english.

statement ok
SET ARITHABORT ON;SET CONCAT_NULL_YIELDS_NULL ON;SET ANSI_NULLS ON;SET ANSI_NULL_DFLT_ON ON;SET ANSI_PADDING ON;SET ANSI_WARNINGS ON;SET ANSI_NULL_DFLT_ON ON;SET CURSOR_CLOSE_ON_COMMIT ON;SET QUOTED_IDENTIFIER ON;SET TEXTSIZE 2147483647;

statement ok
SET ROWCOUNT 0
SET TEXTSIZE 2147483647
SET NOCOUNT OFF
SET CONCAT_NULL_YIELDS_NULL ON
SET ARITHABORT ON
SET LOCK_TIMEOUT -1
SET QUERY_GOVERNOR_COST_LIMIT 0
SET DEADLOCK_PRIORITY NORMAL
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
SET ANSI_NULLS ON
SET ANSI_NULL_DFLT_ON ON
SET ANSI_PADDING ON
SET ANSI_WARNINGS ON
SET CURSOR_CLOSE_ON_COMMIT OFF
SET IMPLICIT_TRANSACTIONS OFF
SET QUOTED_IDENTIFIER ON
SET NOEXEC, PARSEONLY, FMTONLY OFF

statement ok
SET SHOWPLAN_XML OFF

statement ok
set transaction isolation level  read uncommitted 
set transaction isolation level  repeatable read 
set transaction isolation level  serializable 
set transaction isolation level  snapshot 
set transaction isolation level  read committed

statement ok
SET STATISTICS IO ON
SET STATISTICS TIME, IO OFF
SET NO_BROWSETABLE ON
SET NO_BROWSETABLE OFF
SET DEADLOCK_PRIORITY -5
SET DEADLOCK_PRIORITY HIGH
SET DEADLOCK_PRIORITY NORMAL
SET ANSI_DEFAULTS OFF
SET ANSI_DEFAULTS ON
SET IMPLICIT_TRANSACTIONS OFF
SET CURSOR_CLOSE_ON_COMMIT OFF

statement error 195
SET NO_SUCH_OPTION ON
----
error 195: 'NO_SUCH_OPTION' is not a recognized SET option.

statement error 2741
SET DATEFORMAT xyz
----
error 2741: SET DATEFORMAT date order 'xyz' is invalid.

statement error 2742
SET DATEFIRST 8
----
error 2742: SET DATEFIRST 8 is out of range.

statement ok
SET LANGUAGE British
----
! Changed language setting to British.

statement ok
SET LANGUAGE N'us_english'
----
! Changed language setting to us_english.

# @@OPTIONS reflects the bits: the login defaults (5432) plus what was set above (ARITHABORT,
# CURSOR_CLOSE_ON_COMMIT via ANSI_DEFAULTS then reset, …).
query I
SET ANSI_DEFAULTS OFF
SET ANSI_WARNINGS ON
SET ANSI_PADDING ON
SET ANSI_NULLS ON
SET QUOTED_IDENTIFIER ON
SET ANSI_NULL_DFLT_ON ON
SET CONCAT_NULL_YIELDS_NULL ON
SET ARITHABORT OFF
SELECT @@OPTIONS
----
5432

query I
SET NOCOUNT ON
SET XACT_ABORT ON
SELECT @@OPTIONS & (512 | 16384)
----
16896

query I
SET NOCOUNT OFF
SET XACT_ABORT OFF
SELECT @@OPTIONS & (512 | 16384)
----
0

query I
SET ROWCOUNT 2
SELECT value FROM GENERATE_SERIES(1, 10)
SET ROWCOUNT 0
----
1
2

query T
SET CONCAT_NULL_YIELDS_NULL OFF
SELECT 'a' + NULL
SET CONCAT_NULL_YIELDS_NULL ON
----
a

query I
SET FMTONLY ON
SELECT value FROM GENERATE_SERIES(1, 10)
SET FMTONLY OFF
----

query I
SET NOEXEC ON
SELECT 1
SET NOEXEC OFF
SELECT 2
----
2

query II
SET DATEFIRST 1
SET LOCK_TIMEOUT 500
SELECT @@DATEFIRST, @@LOCK_TIMEOUT
----
1	500

query I
SET TEXTSIZE 100
SELECT @@TEXTSIZE
----
100

statement ok
SET CONTEXT_INFO 0x0102
DECLARE @ci varbinary(128) = 0xCAFE
SET CONTEXT_INFO @ci

# SET options changed inside dynamic SQL or a procedure revert when it returns (mssql-jdbc's bulk
# copy runs sp_executesql N'SET FMTONLY ON SELECT * FROM t' and expects rows afterwards).
query I
EXEC sp_executesql N'SET FMTONLY ON SELECT 1'
SELECT value FROM GENERATE_SERIES(1, 2)
----
1
2

query I
EXEC ('SET NOCOUNT ON SET XACT_ABORT ON SET ROWCOUNT 1')
SELECT @@OPTIONS & (512 | 16384)
----
0

query I
SET NOCOUNT ON
EXEC sp_executesql N'SET NOCOUNT OFF'
SELECT @@OPTIONS & 512
SET NOCOUNT OFF
----
512

query I
EXEC sp_executesql N'SET NOCOUNT ON SELECT @@OPTIONS & 512'
----
512

# A SET DATEFORMAT, DATEFIRST or LANGUAGE takes effect for the statements after it in the same
# batch, even those whose values could be worked out before the batch runs.
query TIT
SET DATEFORMAT dmy
SET DATEFIRST 1
SELECT CAST('05/03/2024' AS datetime), DATEPART(weekday, '2024-01-01'), DATEADD(day, 1, '05/03/2024')
SET DATEFORMAT mdy
SET DATEFIRST 7
----
Mar  5 2024 12:00AM	1	Mar  6 2024 12:00AM

query TI
DECLARE @d datetime = '05/03/2024'
SELECT @d, DATEPART(weekday, '2024-01-01')
----
May  3 2024 12:00AM	2
