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

query T
SELECT name FROM sys.schemas ORDER BY schema_id
----
dbo
guest
INFORMATION_SCHEMA
sys

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
