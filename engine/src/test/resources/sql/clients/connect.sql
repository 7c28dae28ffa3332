# What each client sends after login and in normal use (shared/reference/tds-clients.md §3).
# jTDS, right after login.
query I
SELECT @@MAX_PRECISION
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
SET IMPLICIT_TRANSACTIONS OFF
SET QUOTED_IDENTIFIER ON
SET TEXTSIZE 2147483647
----
38

describe
SELECT @@MAX_PRECISION
----
	tinyint	NULL

# mssql-jdbc.
query I
SELECT 1
----
1

query T
SELECT SCHEMA_NAME()
----
dbo

query I
SELECT CAST(SERVERPROPERTY('EngineEdition') as INT)
----
3

query I
SELECT @@TRANCOUNT
----
0

query T
SELECT SYSTEM_USER
----
sa

statement ok
use [master]
----
! Changed database context to 'master'.

statement ok
set implicit_transactions on

statement ok
set implicit_transactions off IF @@TRANCOUNT > 0 COMMIT TRAN

# getMetaData() before execute: metadata only, no rows (the driver retries with ? replaced by NULL).
query I
set fmtonly on SELECT value FROM GENERATE_SERIES(1, 3) WHERE value = NULL
set fmtonly off

# Handle clean-up batch; these handles were never prepared in this session.
statement error 8179
EXEC sp_unprepare 1;EXEC sp_unprepare 2;
----
error 8179: Could not find prepared statement with handle 1.
error 8179: Could not find prepared statement with handle 2.

# SQLAlchemy.
query T
SELECT CAST(SERVERPROPERTY('ProductVersion') AS VARCHAR)
----
16.0.1000.6

query I
SELECT CASE WHEN @@version LIKE 'Microsoft SQL Server 20__ %- 16.0.%' THEN 1 ELSE 0 END
----
1

query T
SELECT schema_name()
----
dbo

query T
SELECT CAST('test max support' AS NVARCHAR(max))
----
test max support

describe
SELECT CAST('test max support' AS NVARCHAR(max))
----
	nvarchar(max)	NOT NULL

# SMO (SSMS) connect queries.
statement ok
DECLARE @edition sysname;
SET @edition = cast(SERVERPROPERTY(N'EDITION') as sysname);
SELECT case when @edition = N'SQL Azure' then 2 else 1 end as 'DatabaseEngineType',
SERVERPROPERTY('EngineEdition') AS DatabaseEngineEdition,
SERVERPROPERTY('ProductVersion') AS ProductVersion,
@@MICROSOFTVERSION AS MicrosoftVersion,
case when serverproperty('EngineEdition') = 12 then 1 when serverproperty('EngineEdition') = 11 and @@version like 'Microsoft Azure SQL Data Warehouse%' then 1 else 0 end as IsFabricServer,
convert(sysname, SERVERPROPERTY(N'Collation')) AS Collation;
select host_platform from sys.dm_os_host_info
if @edition = N'SQL Azure'
  select 'TCP' as ConnectionProtocol
else
  exec ('select CONVERT(nvarchar(40),CONNECTIONPROPERTY(''net_transport'')) as ConnectionProtocol')
----
1	3	16.0.1000.6	268436456	0	SQL_Latin1_General_CP1_CI_AS
Linux
TCP

describe
select is_srvrolemember('sysadmin') * 1 +is_srvrolemember('serveradmin') * 2 +is_srvrolemember('setupadmin') * 4 +is_srvrolemember('securityadmin') * 8 +is_srvrolemember('processadmin') * 16 +is_srvrolemember('dbcreator') * 32 +is_srvrolemember('diskadmin') * 64+ is_srvrolemember('bulkadmin') * 128
----
	int	NULL

query I
select is_srvrolemember('sysadmin') * 1 +is_srvrolemember('serveradmin') * 2 +is_srvrolemember('setupadmin') * 4 +is_srvrolemember('securityadmin') * 8 +is_srvrolemember('processadmin') * 16 +is_srvrolemember('dbcreator') * 32 +is_srvrolemember('diskadmin') * 64+ is_srvrolemember('bulkadmin') * 128
----
255

query I
select @@SPID
----
51

query T
select suser_sname()
----
sa

query T
select SERVERPROPERTY(N'servername')
----
QUERN

statement ok
if (@@trancount > 0) COMMIT TRANSACTION

statement ok
use [master]; if (db_id() = 1) begin select 0 end else begin exec('select 1') end; use [master]; --resetting the context
----
! Changed database context to 'master'.
0
! Changed database context to 'master'.

query I
DECLARE @db_name sysname = N'msdb'
SELECT CASE WHEN db_id(@db_name) IS NULL THEN 0 ELSE 1 END
----
1

# pymssql, right after connect.
statement ok
SET ARITHABORT ON;SET CONCAT_NULL_YIELDS_NULL ON;SET ANSI_NULLS ON;SET ANSI_NULL_DFLT_ON ON;SET ANSI_PADDING ON;SET ANSI_WARNINGS ON;SET ANSI_NULL_DFLT_ON ON;SET CURSOR_CLOSE_ON_COMMIT ON;SET QUOTED_IDENTIFIER ON;SET TEXTSIZE 2147483647;

statement ok
BEGIN TRAN

statement ok
COMMIT TRAN

# node mssql validation query.
query I
SELECT 1;
----
1

# SQLAlchemy's comment-support probe: it runs, so SQLAlchemy reads table and column comments.
query I
SELECT 1 FROM fn_listextendedproperty(default, default, default, default, default, default, default)
----

# mssql-jdbc RETURN_GENERATED_KEYS suffix, and FreeTDS's SPID query.
query R
select SCOPE_IDENTITY() AS GENERATED_KEYS where SCOPE_IDENTITY() is not null
----

query I
SELECT @@spid spid
----
51
