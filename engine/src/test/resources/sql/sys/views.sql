# System views clients read in their connect and metadata sequences.
# SQLAlchemy's isolation-level probe.
query T
SELECT name FROM sys.system_views WHERE name IN ('dm_exec_sessions', 'dm_pdw_nodes_exec_sessions')
----
dm_exec_sessions

query T
SELECT CASE transaction_isolation_level WHEN 0 THEN NULL WHEN 1 THEN 'READ UNCOMMITTED' WHEN 2 THEN 'READ COMMITTED'
WHEN 3 THEN 'REPEATABLE READ' WHEN 4 THEN 'SERIALIZABLE' WHEN 5 THEN 'SNAPSHOT' END AS TRANSACTION_ISOLATION_LEVEL
FROM sys.dm_exec_sessions where session_id = @@SPID
----
READ COMMITTED

query T
SET TRANSACTION ISOLATION LEVEL SNAPSHOT
SELECT CASE transaction_isolation_level WHEN 5 THEN 'SNAPSHOT' END FROM sys.dm_exec_sessions where session_id = @@SPID
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
----
SNAPSHOT

# mssql-jdbc getMaxConnections() and getCatalogs().
query I
select maximum from sys.configurations where name = 'user connections'
----
32767

query T
SELECT name AS TABLE_CAT FROM sys.databases order by name
----
master
model
msdb
tempdb

# SMO's contained-authentication probe.
query I
select case when authenticating_database_id = 1 then 0 else 1 end from sys.dm_exec_sessions where session_id = @@SPID
----
0

query T
select host_platform from sys.dm_os_host_info
----
Linux

query IT
SELECT d.database_id, d.name FROM master.sys.databases AS d WHERE d.database_id > 2 ORDER BY d.database_id DESC
----
4	msdb
3	model

# Every database has the fixed database roles' schemas too, with the roles' ids.
query T
SELECT name FROM sys.schemas ORDER BY schema_id
----
dbo
guest
INFORMATION_SCHEMA
sys
db_owner
db_accessadmin
db_securityadmin
db_ddladmin
db_backupoperator
db_datareader
db_datawriter
db_denydatareader
db_denydatawriter

describe
SELECT * FROM sys.schemas
----
name	nvarchar(128)	NOT NULL
schema_id	int	NOT NULL
principal_id	int	NULL

query I
SELECT COUNT(*) FROM sys.databases
----
4

statement error 208
SELECT * FROM sys.no_such_view
----
error 208: Invalid object name 'sys.no_such_view'.

# sys.dm_exec_requests shows the asking request itself, running a SELECT.
query TT
SELECT status, command FROM sys.dm_exec_requests WHERE session_id = @@SPID
----
running	SELECT

# Its sql_handle leads to the batch text; inside sp_executesql, to the parameterized statement.
query T
SELECT t.text FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID
----
SELECT t.text FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID

query T
EXEC sp_executesql N'SELECT text FROM sys.dm_exec_requests CROSS APPLY sys.dm_exec_sql_text(sql_handle) WHERE session_id = @s', N'@s int', @@SPID
----
(@s int)SELECT text FROM sys.dm_exec_requests CROSS APPLY sys.dm_exec_sql_text(sql_handle) WHERE session_id = @s

query I
SELECT COUNT(*) FROM sys.dm_exec_sql_text(0x0200000000)
----
0

query I
SELECT COUNT(*) FROM sys.dm_exec_sql_text(NULL)
----
0

describe
SELECT * FROM sys.dm_exec_sql_text(NULL)
----
dbid	smallint	NULL
objectid	int	NULL
number	smallint	NULL
encrypted	bit	NOT NULL
text	nvarchar(max)	NULL

statement error 174
SELECT * FROM sys.dm_exec_sql_text(0x01, 0x02)
----
error 174: The dm_exec_sql_text function requires 1 argument(s).

query TT
SELECT status, CASE WHEN last_request_start_time <= GETDATE() AND login_time <= last_request_start_time THEN 'ok' END FROM sys.dm_exec_sessions WHERE session_id = @@SPID
----
running	ok

query I
SELECT COUNT(*) FROM sys.dm_os_wait_stats WHERE wait_type IN ('WAITFOR', 'ASYNC_NETWORK_IO', 'EXTERNAL_SCRIPT_NETWORK_IO', 'WRITELOG')
----
4

# A commit that wrote waits for its log flush (WRITELOG); one that only read, or wrote tempdb
# (no synced log), does not.
statement ok
CREATE TABLE wait_writelog (id int PRIMARY KEY)

statement ok
DECLARE @before bigint = (SELECT waiting_tasks_count FROM sys.dm_os_wait_stats WHERE wait_type = 'WRITELOG')
INSERT INTO wait_writelog VALUES (1)
INSERT INTO wait_writelog VALUES (2)
CREATE TABLE #tmp_writelog (id int)
INSERT INTO #tmp_writelog VALUES (1)
SELECT COUNT(*) FROM wait_writelog
IF (SELECT waiting_tasks_count FROM sys.dm_os_wait_stats WHERE wait_type = 'WRITELOG') - @before <> 2
  RAISERROR('expected exactly two WRITELOG waits', 16, 1)

statement ok
DROP TABLE wait_writelog

query I
WAITFOR DELAY '00:00:00.010'
SELECT COUNT(*) FROM sys.dm_os_wait_stats WHERE wait_type = 'WAITFOR' AND waiting_tasks_count >= 1 AND max_wait_time_ms >= 10
----
1

# KILL takes a literal session id; the golden session is 51.
statement error 102
KILL @@SPID
----
error 102: Incorrect syntax near '@@SPID'.

statement error 6104
KILL 51
----
error 6104: Cannot use KILL to kill your own process.

statement error 6106
KILL 999
----
error 6106: Process ID 999 is not an active process ID.

statement error 6107
KILL 5
----
error 6107: Only user processes can be killed.

# sp_who: the golden session (51) runs the INSERT … EXEC that reads it.
query ITTTTT
CREATE TABLE #who (spid smallint, ecid smallint, status nchar(30), loginame nchar(128), hostname nchar(128),
  blk char(5), dbname nchar(128), cmd nchar(16), request_id int)
INSERT #who EXEC sp_who 51
INSERT #who EXEC sp_who 'ACTIVE'
INSERT #who EXEC sp_who 'nobody'
SELECT spid, RTRIM(status), RTRIM(loginame), RTRIM(blk), RTRIM(dbname), RTRIM(cmd) FROM #who
DROP TABLE #who
----
51	runnable	sa	0	master	INSERT
51	runnable	sa	0	master	INSERT

statement error 8144
EXEC sp_who 51, 52
----
error 8144: Procedure or function sp_who has too many arguments specified.

# The statement offsets pick the running statement out of its batch (the usual DBA query).
query T
PRINT 'first statement'
SELECT SUBSTRING(t.text, r.statement_start_offset / 2 + 1, (CASE r.statement_end_offset WHEN -1 THEN DATALENGTH(t.text) ELSE r.statement_end_offset END - r.statement_start_offset) / 2 + 1) FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID
PRINT 'last statement'
----
! first statement
SELECT SUBSTRING(t.text, r.statement_start_offset / 2 + 1, (CASE r.statement_end_offset WHEN -1 THEN DATALENGTH(t.text) ELSE r.statement_end_offset END - r.statement_start_offset) / 2 + 1) FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID
! last statement

# Inside sp_executesql, relative to the text with its parameter list, and inside IF.
query T
EXEC sp_executesql N'IF @s > 0 SELECT SUBSTRING(text, statement_start_offset / 2 + 1, (statement_end_offset - statement_start_offset) / 2 + 1) FROM sys.dm_exec_requests CROSS APPLY sys.dm_exec_sql_text(sql_handle) WHERE session_id = @s', N'@s int', @@SPID
----
SELECT SUBSTRING(text, statement_start_offset / 2 + 1, (statement_end_offset - statement_start_offset) / 2 + 1) FROM sys.dm_exec_requests CROSS APPLY sys.dm_exec_sql_text(sql_handle) WHERE session_id = @s

query TIIIIIT
SELECT name, system_type_id, user_type_id, max_length, [precision], scale, collation_name FROM sys.types WHERE name IN ('int', 'nvarchar', 'decimal', 'sysname', 'datetime2') ORDER BY user_type_id
----
datetime2	42	42	8	27	7	NULL
int	56	56	4	10	0	NULL
decimal	106	106	17	38	38	NULL
nvarchar	231	231	8000	0	0	SQL_Latin1_General_CP1_CI_AS
sysname	231	256	256	0	0	SQL_Latin1_General_CP1_CI_AS

statement ok
CREATE TABLE isc_parent (a int, b int, CONSTRAINT pk_isc PRIMARY KEY (b, a))

statement ok
CREATE TABLE isc_child (id int CONSTRAINT uq_isc UNIQUE, pa int, pb int, CONSTRAINT fk_isc FOREIGN KEY (pb, pa) REFERENCES isc_parent (b, a), CONSTRAINT ck_isc CHECK (id > 0))

query TTT
SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME LIKE 'isc[_]%' ORDER BY TABLE_NAME, CONSTRAINT_NAME
----
isc_child	ck_isc	CHECK
isc_child	fk_isc	FOREIGN KEY
isc_child	uq_isc	UNIQUE
isc_parent	pk_isc	PRIMARY KEY

query TTI
SELECT CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_NAME LIKE 'isc[_]%' ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION
----
fk_isc	pb	1
fk_isc	pa	2
pk_isc	b	1
pk_isc	a	2
uq_isc	id	1

query TIT
SELECT f.name, CASE WHEN f.referenced_object_id = OBJECT_ID('isc_parent') THEN 1 ELSE 0 END, f.delete_referential_action_desc FROM sys.foreign_keys AS f WHERE f.parent_object_id = OBJECT_ID('isc_child')
----
fk_isc	1	NO_ACTION

query TT
SELECT name, type_desc FROM sys.key_constraints WHERE parent_object_id IN (OBJECT_ID('isc_child'), OBJECT_ID('isc_parent')) ORDER BY name
----
pk_isc	PRIMARY_KEY_CONSTRAINT
uq_isc	UNIQUE_CONSTRAINT

query TT
SELECT name, definition FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('isc_child')
----
ck_isc	([id]>(0))
