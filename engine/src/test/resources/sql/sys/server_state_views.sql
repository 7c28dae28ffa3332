# sys.login_token, sys.user_token, sys.dm_os_schedulers, sys.dm_os_windows_info, sys.endpoints,
# sys.all_sql_modules and sys.all_parameters.
query ITTT
SELECT principal_id, name, type, usage FROM sys.login_token ORDER BY principal_id
----
1	sa	SQL LOGIN	GRANT OR DENY
2	public	SERVER ROLE	GRANT OR DENY
3	sysadmin	SERVER ROLE	GRANT OR DENY

query ITT
SELECT principal_id, name, type FROM sys.user_token ORDER BY principal_id
----
0	public	ROLE
1	dbo	SQL USER
16384	db_owner	ROLE

statement ok
CREATE DATABASE token_db

statement ok
USE token_db
----
! Changed database context to 'token_db'.

statement ok
CREATE LOGIN token_login WITH PASSWORD = 'Str0ng!Passw0rd'

statement ok
CREATE USER token_user FOR LOGIN token_login

statement ok
CREATE ROLE token_role

statement ok
ALTER ROLE token_role ADD MEMBER token_user

statement ok
ALTER ROLE db_datareader ADD MEMBER token_role

statement ok
EXECUTE AS USER = 'token_user'

query TT
SELECT name, type FROM sys.user_token ORDER BY name
----
db_datareader	ROLE
public	ROLE
token_role	ROLE
token_user	SQL USER

statement ok
REVERT

statement ok
EXECUTE AS LOGIN = 'token_login'

query TT
SELECT name, type FROM sys.login_token ORDER BY name
----
public	SERVER ROLE
token_login	SQL LOGIN

query I
SELECT COUNT(*) FROM sys.login_token l JOIN sys.server_principals p ON p.principal_id = l.principal_id AND p.sid = l.sid
----
2

statement ok
REVERT

# One visible online scheduler per processor, as sys.dm_os_sys_info counts them.
query I
SELECT CASE WHEN COUNT(*) = (SELECT scheduler_count FROM sys.dm_os_sys_info) AND MIN(scheduler_id) = 0 THEN 1 ELSE 0 END FROM sys.dm_os_schedulers WHERE status = 'VISIBLE ONLINE' AND is_online = 1
----
1

query I
SELECT COUNT(*) FROM sys.dm_os_windows_info w JOIN sys.dm_os_host_info h ON h.host_release = w.windows_release
----
1

query TITT
SELECT e.name, e.endpoint_id, e.protocol_desc, e.state_desc FROM sys.endpoints e
----
TSQL Default TCP	4	TCP	STARTED

statement ok
CREATE PROCEDURE dbo.token_proc @a int, @b varchar(10) = 'x' OUTPUT AS SELECT @a

query TI
SELECT OBJECT_NAME(m.object_id), CASE WHEN m.definition LIKE 'CREATE PROCEDURE%' THEN 1 ELSE 0 END FROM sys.all_sql_modules m JOIN sys.objects o ON o.object_id = m.object_id
----
token_proc	1

# The system's modules are there too, with the ids sys.all_objects gives them.
query TTI
SELECT o.name, o.type, CASE WHEN m.definition IS NULL THEN 1 ELSE 0 END FROM sys.all_sql_modules m JOIN sys.all_objects o ON o.object_id = m.object_id WHERE o.name IN ('objects', 'sp_help', 'sysobjects') ORDER BY o.name
----
objects	V 	1
sp_help	P 	1
sysobjects	V 	1

query TII
SELECT p.name, p.parameter_id, p.is_output FROM sys.all_parameters p WHERE p.object_id = OBJECT_ID('dbo.token_proc') ORDER BY p.parameter_id
----
@a	1	0
@b	2	1

# Quern takes no ALTER DATABASE SCOPED CONFIGURATION: every option at its documented default.
query ITTI
SELECT configuration_id, name, CONVERT(nvarchar(10), value), is_value_default FROM sys.database_scoped_configurations WHERE name IN ('MAXDOP', 'PARAMETER_SNIFFING', 'ELEVATE_ONLINE', 'IDENTITY_CACHE') ORDER BY configuration_id
----
1	MAXDOP	0	1
3	PARAMETER_SNIFFING	1	1
6	IDENTITY_CACHE	1	1
11	ELEVATE_ONLINE	OFF	1

statement error 40517
ALTER DATABASE SCOPED CONFIGURATION SET MAXDOP = 1


# sys.dm_exec_query_resource_semaphores: the regular (0) and small-query (1) semaphore of the
# internal (1) and default (2) pools; Quern grants no query memory, so all of it is available.
query IIIIII
SELECT pool_id, resource_semaphore_id, granted_memory_kb, grantee_count, waiter_count,
  CASE WHEN target_memory_kb > 0 AND available_memory_kb = total_memory_kb THEN 1 ELSE 0 END
FROM sys.dm_exec_query_resource_semaphores ORDER BY pool_id, resource_semaphore_id
----
1	0	0	0	0	1
1	1	0	0	0	1
2	0	0	0	0	1
2	1	0	0	0	1

# Joined as monitoring procedures join it, to the (empty) memory grants and the pools.
query I
SELECT COUNT(*) FROM sys.dm_exec_query_memory_grants AS mg
LEFT JOIN sys.dm_exec_query_resource_semaphores AS rs
  ON mg.resource_semaphore_id = rs.resource_semaphore_id AND mg.pool_id = rs.pool_id
----
0
