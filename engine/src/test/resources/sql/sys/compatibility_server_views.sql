# The server-wide compatibility views: master..sysdatabases, sysprocesses, syslogins.
statement ok
CREATE DATABASE compat_server_db

statement ok
ALTER DATABASE compat_server_db SET RECOVERY SIMPLE

query TIIII rowsort
SELECT name, dbid, status & 8, status & 65536, cmptlevel FROM master..sysdatabases
----
compat_server_db	5	8	65536	160
master	1	8	65536	160
model	3	0	65536	160
msdb	4	8	65536	160
tempdb	2	8	65536	160

query I
SELECT COUNT(*) FROM master.dbo.sysdatabases d JOIN sys.databases n ON n.database_id = d.dbid AND n.name = d.name
----
5

query I
SELECT COUNT(*) FROM sysdatabases WHERE filename IS NULL
----
0

# The session's own row: its spid, login, program and host, running this query.
query ITTTTT
SELECT spid, RTRIM(loginame), RTRIM(program_name), RTRIM(hostname), RTRIM(status), RTRIM(cmd) FROM sys.sysprocesses WHERE spid = @@SPID
----
51	sa	GoldenSqlTest	golden	runnable	SELECT

query III
SELECT COUNT(*), MIN(dbid), MIN(open_tran) FROM master..sysprocesses p JOIN sys.dm_exec_sessions s ON s.session_id = p.spid AND s.login_time = p.login_time
----
1	1	0

statement ok
BEGIN TRANSACTION

query I
SELECT open_tran FROM sysprocesses WHERE spid = @@SPID
----
1

statement ok
COMMIT

describe
SELECT TOP 0 * FROM sysprocesses
----
spid	smallint	NOT NULL
kpid	smallint	NOT NULL
blocked	smallint	NULL
waittype	binary(2)	NOT NULL
waittime	bigint	NOT NULL
lastwaittype	nchar(32)	NOT NULL
waitresource	nchar(256)	NOT NULL
dbid	smallint	NOT NULL
uid	smallint	NULL
cpu	int	NOT NULL
physical_io	bigint	NULL
memusage	int	NULL
login_time	datetime	NOT NULL
last_batch	datetime	NOT NULL
ecid	smallint	NOT NULL
open_tran	smallint	NOT NULL
status	nchar(30)	NOT NULL
sid	binary(86)	NOT NULL
hostname	nchar(128)	NOT NULL
program_name	nchar(128)	NOT NULL
hostprocess	nchar(10)	NOT NULL
cmd	nchar(16)	NOT NULL
nt_domain	nchar(128)	NOT NULL
nt_username	nchar(128)	NOT NULL
net_address	nchar(12)	NOT NULL
net_library	nchar(12)	NOT NULL
loginame	nchar(128)	NOT NULL
context_info	binary(128)	NOT NULL
sql_handle	binary(20)	NULL
stmt_start	int	NOT NULL
stmt_end	int	NOT NULL
request_id	int	NOT NULL

query TTIIII
SELECT name, dbname, sysadmin, dbcreator, isntname, hasaccess FROM master..syslogins WHERE name = 'sa'
----
sa	master	1	0	0	1

statement ok
CREATE LOGIN compat_login WITH PASSWORD = 'Str0ng!Passw0rd', DEFAULT_DATABASE = compat_server_db

statement ok
ALTER SERVER ROLE dbcreator ADD MEMBER compat_login

query TTIII
SELECT l.name, l.dbname, l.sysadmin, l.dbcreator, CASE WHEN l.sid = p.sid THEN 1 ELSE 0 END FROM syslogins l JOIN sys.server_principals p ON p.name = l.name WHERE l.name = 'compat_login'
----
compat_login	compat_server_db	0	1	1

query TII
SELECT d.name, COUNT(m.database_id), COUNT(m.mirroring_guid) FROM sys.databases d LEFT JOIN sys.database_mirroring m ON m.database_id = d.database_id WHERE d.name = 'compat_server_db' GROUP BY d.name
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
compat_server_db	1	0

statement ok
SET CONTEXT_INFO 0x0102

query TI
SELECT CONVERT(varchar(10), SUBSTRING(context_info, 1, 3), 1), DATALENGTH(context_info) FROM sysprocesses WHERE spid = @@SPID
----
0x010200	128
