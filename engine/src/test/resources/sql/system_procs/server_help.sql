# no-restart: EXECUTE AS is session state
# sp_helpsort, sp_helpfile, sp_helpfilegroup, sp_readerrorlog, sp_cycle_errorlog, xp_logininfo,
# xp_instance_regread, and who may run them.
query T
EXEC sp_helpsort
----
Latin1-General, case-insensitive, accent-sensitive, kanatype-insensitive, width-insensitive for Unicode Data, SQL Server Sort Order 52 on Code Page 1252 for non-Unicode Data

describe
EXEC sp_helpsort
----
Server default collation	nvarchar(1000)	NULL

statement error 8144
EXEC sp_helpsort 1
----
error 8144: Procedure or function sp_helpsort has too many arguments specified.

query TITTTTT
DECLARE @f TABLE (name sysname, fileid smallint, filename nchar(260), filegroup sysname NULL, size nvarchar(18),
  maxsize nvarchar(18), growth nvarchar(18), usage varchar(9))
INSERT INTO @f EXEC sp_helpfile
SELECT name, fileid, filegroup, RIGHT(size, 3), maxsize, growth, usage FROM @f
----
master	1	PRIMARY	 KB	Unlimited	10%	data only
master_log	2	NULL	 KB	Unlimited	10%	log only

query TI
DECLARE @f TABLE (name sysname, fileid smallint, filename nchar(260), filegroup sysname NULL, size nvarchar(18),
  maxsize nvarchar(18), growth nvarchar(18), usage varchar(9))
INSERT INTO @f EXEC sp_helpfile @filename = 'master_log'
SELECT name, fileid FROM @f
----
master_log	2

describe
EXEC sp_helpfile
----
name	nvarchar(128)	NULL
fileid	smallint	NULL
filename	nchar(260)	NULL
filegroup	nvarchar(128)	NULL
size	nvarchar(18)	NULL
maxsize	nvarchar(18)	NULL
growth	nvarchar(18)	NULL
usage	varchar(9)	NULL

query TII
EXEC sp_helpfilegroup
----
PRIMARY	1	1

query TII
EXEC sp_helpfilegroup 'nothing'
----

describe
EXEC sp_helpfilegroup
----
groupname	nvarchar(128)	NULL
groupid	smallint	NULL
filecount	int	NULL

query TTT
EXEC sp_readerrorlog
----

query TTT
EXEC sp_readerrorlog 0, 1, N'error'
----

statement error 8145
EXEC sp_readerrorlog @log = 0
----
error 8145: @log is not a parameter for procedure sp_readerrorlog.

statement ok
EXEC sp_cycle_errorlog
----
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

statement error 8144
EXEC sp_cycle_errorlog 1
----
error 8144: Procedure or function sp_cycle_errorlog has too many arguments specified.

query TTTTT
EXEC xp_logininfo
----

statement error 15404
EXEC xp_logininfo 'CONTOSO\alice'
----
error 15404: Could not obtain information about Windows NT group/user 'CONTOSO\alice', error code 0x534.

statement error 15404
EXEC xp_logininfo @acctname = 'CONTOSO\dbas', @option = 'members'
----
error 15404: Could not obtain information about Windows NT group/user 'CONTOSO\dbas', error code 0x534.

query T
DECLARE @v nvarchar(100) = N'before'
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'Software\Microsoft\MSSQLServer\MSSQLServer',
  N'BackupDirectory', @v OUTPUT
SELECT ISNULL(@v, N'null')
----
null

statement ok
CREATE LOGIN sh_clerk WITH PASSWORD = 'P@ssw0rd-1'

statement ok
EXECUTE AS LOGIN = 'sh_clerk'

statement error 15003
EXEC sp_readerrorlog
----
error 15003: Only members of the securityadmin role can execute this stored procedure.

statement error 229
EXEC sp_cycle_errorlog
----
error 229: The EXECUTE permission was denied on the object 'sp_cycle_errorlog', database 'mssqlsystemresource', schema 'sys'.

statement error 229
EXEC xp_logininfo
----
error 229: The EXECUTE permission was denied on the object 'xp_logininfo', database 'mssqlsystemresource', schema 'sys'.

statement error 229
EXEC xp_dirtree N'/'
----
error 229: The EXECUTE permission was denied on the object 'xp_dirtree', database 'mssqlsystemresource', schema 'sys'.

statement ok
REVERT

statement ok
ALTER SERVER ROLE securityadmin ADD MEMBER sh_clerk

statement ok
EXECUTE AS LOGIN = 'sh_clerk'

query TTT
EXEC sp_readerrorlog 1
----

statement ok
REVERT

statement ok
DROP LOGIN sh_clerk
