# sp_helpdb: every database, or one and its files (sizes as sys.master_files has them).
statement ok
CREATE DATABASE helpdb_one

query TTITTTI
DECLARE @t TABLE (name sysname, db_size nvarchar(13), owner sysname, dbid smallint, created nvarchar(11),
  status nvarchar(600), compatibility_level tinyint)
INSERT INTO @t EXEC sp_helpdb
SELECT name, owner, CASE WHEN dbid = DB_ID(name) THEN 1 END, CASE WHEN db_size LIKE '% MB' AND LEN(db_size) = 13 THEN 'ok' END,
  ISNULL(created, '-'), status, compatibility_level
FROM @t WHERE name IN (N'master', N'helpdb_one', N'tempdb') ORDER BY name
----
helpdb_one	sa	1	ok	-	Status=ONLINE, Updateability=READ_WRITE, UserAccess=MULTI_USER, Recovery=FULL, Version=957, Collation=SQL_Latin1_General_CP1_CI_AS, SQLSortOrder=52, IsAutoCreateStatistics, IsAutoUpdateStatistics	160
master	sa	1	ok	-	Status=ONLINE, Updateability=READ_WRITE, UserAccess=MULTI_USER, Recovery=SIMPLE, Version=957, Collation=SQL_Latin1_General_CP1_CI_AS, SQLSortOrder=52, IsAutoCreateStatistics, IsAutoUpdateStatistics	160
tempdb	sa	1	ok	-	Status=ONLINE, Updateability=READ_WRITE, UserAccess=MULTI_USER, Recovery=SIMPLE, Version=957, Collation=SQL_Latin1_General_CP1_CI_AS, SQLSortOrder=52, IsAutoCreateStatistics, IsAutoUpdateStatistics	160

statement ok
ALTER DATABASE helpdb_one SET AUTO_SHRINK ON

query T
DECLARE @t TABLE (name sysname, db_size nvarchar(13), owner sysname, dbid smallint, created nvarchar(11),
  status nvarchar(600), compatibility_level tinyint)
INSERT INTO @t EXEC sp_helpdb
SELECT status FROM @t WHERE name = N'helpdb_one'
----
Status=ONLINE, Updateability=READ_WRITE, UserAccess=MULTI_USER, Recovery=FULL, Version=957, Collation=SQL_Latin1_General_CP1_CI_AS, SQLSortOrder=52, IsAutoShrink, IsAutoCreateStatistics, IsAutoUpdateStatistics

# One database: its row, then its files.
describe
EXEC sp_helpdb N'helpdb_one'
----
name	nchar(128)	NULL
fileid	smallint	NULL
filename	nchar(260)	NULL
filegroup	nvarchar(128)	NULL
size	nvarchar(18)	NULL
maxsize	nvarchar(18)	NULL
growth	nvarchar(18)	NULL
usage	varchar(9)	NULL

statement ok
EXEC sp_helpdb @dbname = 'helpdb_one'

statement error 15010
EXEC sp_helpdb 'helpdb_none'
----
error 15010: The database 'helpdb_none' does not exist. Supply a valid database name. To see available databases, use sys.databases.
