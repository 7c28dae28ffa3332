# no-restart: DBCC FREEPROCCACHE and trace flags act on in-memory state.
# DBCC commands: their result sets, their messages, and the closing 2528 message.
statement ok
CREATE TABLE dc (id int PRIMARY KEY, v int, s varchar(10))

statement ok
CREATE INDEX dc_v ON dc (v)

statement ok
CREATE UNIQUE INDEX dc_s ON dc (s) WHERE s IS NOT NULL

statement ok
INSERT INTO dc VALUES (1, 10, 'a'), (2, 20, NULL), (3, 20, 'c')

# A consistent table: its rows counted, no errors.
query T
DBCC CHECKTABLE ('dc')
----
! DBCC results for 'dbo.dc'.
! There are 3 rows in 1 pages for object "dbo.dc".
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DBCC CHECKTABLE ('dbo.dc') WITH NO_INFOMSGS
----

query T
DBCC CHECKDB WITH NO_INFOMSGS
----

query T
DBCC CHECKDB
----
! DBCC results for 'master'.
! DBCC results for 'dbo.dc'.
! There are 3 rows in 1 pages for object "dbo.dc".
! CHECKDB found 0 allocation errors and 0 consistency errors in database 'master'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DBCC CHECKDB (0, NOINDEX) WITH NO_INFOMSGS
----

# Another database by name, and by id.
statement ok
CREATE DATABASE dbcc_other

statement ok
CREATE TABLE dbcc_other.dbo.t1 (a int PRIMARY KEY, b int)

statement ok
INSERT INTO dbcc_other.dbo.t1 VALUES (1, 2)

query T
DBCC CHECKDB (N'dbcc_other')
----
! DBCC results for 'dbcc_other'.
! DBCC results for 'dbo.t1'.
! There are 1 rows in 1 pages for object "dbo.t1".
! CHECKDB found 0 allocation errors and 0 consistency errors in database 'dbcc_other'.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query T
DECLARE @id int = DB_ID('dbcc_other')
DBCC CHECKDB (@id) WITH NO_INFOMSGS
----

statement ok
DROP DATABASE dbcc_other

statement error 2501
DBCC CHECKTABLE ('no_such_table')
----
error 2501: Cannot find a table or object with the name 'no_such_table'. Check the system catalog.

statement error 2520
DBCC CHECKDB ('no_such_db')
----
error 2520: Could not find database 'no_such_db'. The database either does not exist, or was dropped before a statement tried to use it. Verify if the database exists by querying the sys.databases catalog view.

statement error 2526
DBCC NO_SUCH_COMMAND
----
error 2526: Incorrect DBCC statement. Check the documentation for the correct DBCC syntax and options.

statement error 2526
DBCC CHECKTABLE ('dc', FOO)
----
error 2526: Incorrect DBCC statement. Check the documentation for the correct DBCC syntax and options.

# USEROPTIONS: the session's options, ON options as SET.
query TT
DBCC USEROPTIONS WITH NO_INFOMSGS
----
textsize	2147483647
language	us_english
dateformat	mdy
datefirst	7
lock_timeout	-1
quoted_identifier	SET
ansi_null_dflt_on	SET
ansi_warnings	SET
ansi_padding	SET
ansi_nulls	SET
concat_null_yields_null	SET
isolation level	read committed

query TT
SET NOCOUNT ON
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
DBCC USEROPTIONS WITH NO_INFOMSGS
SET NOCOUNT OFF
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
----
textsize	2147483647
language	us_english
dateformat	mdy
datefirst	7
lock_timeout	-1
nocount	SET
quoted_identifier	SET
ansi_null_dflt_on	SET
ansi_warnings	SET
ansi_padding	SET
ansi_nulls	SET
concat_null_yields_null	SET
isolation level	serializable

# OPENTRAN: none open, then this session's.
query T
DBCC OPENTRAN
----
! No active open transactions.
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

# (The report of an open transaction carries its start time: DbccTest checks it.)
query I
BEGIN TRANSACTION
DBCC OPENTRAN WITH NO_INFOMSGS
SELECT @@TRANCOUNT
ROLLBACK
----
1

# INPUTBUFFER: the text the session sent.
query TIT
DBCC INPUTBUFFER (@@SPID) WITH NO_INFOMSGS
----
Language Event	0	DBCC INPUTBUFFER (@@SPID) WITH NO_INFOMSGS

query TIT
SELECT b.event_type, b.parameters, b.event_info FROM sys.dm_exec_input_buffer(@@SPID, NULL) AS b
----
Language Event	0	SELECT b.event_type, b.parameters, b.event_info FROM sys.dm_exec_input_buffer(@@SPID, NULL) AS b

# Inside a procedure or dynamic SQL it is still the client's batch, not the nested text.
statement ok
CREATE PROCEDURE dbo.ib_inner AS
SELECT b.event_info FROM sys.dm_exec_input_buffer(@@SPID, NULL) AS b

query T
EXEC dbo.ib_inner
----
EXEC dbo.ib_inner

query TIT
EXEC sp_executesql N'EXEC (''DBCC INPUTBUFFER (@@SPID) WITH NO_INFOMSGS'')' -- nested twice
----
Language Event	0	EXEC sp_executesql N'EXEC (''DBCC INPUTBUFFER (@@SPID) WITH NO_INFOMSGS'')' -- nested twice

statement ok
DROP PROCEDURE dbo.ib_inner

query I
SELECT COUNT(*) FROM sys.dm_exec_input_buffer(9999, 0)
----
0

statement error 7940
DBCC INPUTBUFFER (9999)
----
error 7940: Invalid SPID 9999 specified.

# SQLPERF(LOGSPACE): a row per database, its log's size and use.
query TII
CREATE TABLE #logspace (db sysname, size_mb real, used real, status int)
INSERT INTO #logspace EXEC ('DBCC SQLPERF(LOGSPACE) WITH NO_INFOMSGS')
SELECT db, CASE WHEN size_mb >= 0 THEN 1 END, status FROM #logspace WHERE db IN ('master', 'tempdb') ORDER BY db
DROP TABLE #logspace
----
master	1	0
tempdb	1	0

statement error 2526
DBCC SQLPERF(WAITSTATS)
----
error 2526: Incorrect DBCC statement. Check the documentation for the correct DBCC syntax and options.

# SQLPERF('sys.dm_os_wait_stats', CLEAR) starts the wait statistics again.
statement ok
WAITFOR DELAY '00:00:00.020'

query I
DBCC SQLPERF('sys.dm_os_wait_stats', CLEAR) WITH NO_INFOMSGS
SELECT SUM(waiting_tasks_count) FROM sys.dm_os_wait_stats WHERE wait_type = 'WAITFOR'
----
0

# Trace flags are kept per session or globally (-1).
query IIII
DBCC TRACEON (3604) WITH NO_INFOMSGS
DBCC TRACEON (1222, -1) WITH NO_INFOMSGS
DBCC TRACESTATUS WITH NO_INFOMSGS
----
1222	1	1	0
3604	1	0	1

query IIII
DBCC TRACEOFF (3604, 1222, -1) WITH NO_INFOMSGS
DBCC TRACESTATUS (3604) WITH NO_INFOMSGS
----
3604	0	0	0

statement error 2579
DBCC TRACEON (40000)
----
error 2579: Trace flag 40000 is either an invalid trace flag or not supported on this platform.

# FREEPROCCACHE empties the plan statistics; the next run starts them again.
query I
SELECT COUNT(*) FROM dc /* probe-f */
----
3

query T
DBCC FREEPROCCACHE
----
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

query I
SELECT COUNT(*) FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-f%' AND t.text NOT LIKE '%dm_exec%'
----
0

query I
SELECT COUNT(*) FROM dc /* probe-f */
----
3

query I
SELECT qs.execution_count FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-f%' AND t.text NOT LIKE '%dm_exec%'
----
1
