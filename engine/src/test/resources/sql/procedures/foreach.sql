# sp_MSforeachtable and sp_MSforeachdb: commands run per user table / database, ? replaced.
statement ok
CREATE DATABASE fe_db;
USE fe_db;
CREATE SCHEMA sales;
CREATE TABLE dbo.a (id int);
CREATE TABLE sales.[b]]x] (id int);
CREATE VIEW dbo.v AS SELECT id FROM dbo.a;
INSERT dbo.a VALUES (1), (2);
INSERT sales.[b]]x] VALUES (3)

query T rowsort
CREATE TABLE #seen (name nvarchar(300), n int);
EXEC sp_MSforeachtable 'INSERT #seen SELECT ''?'', COUNT(*) FROM ?';
SELECT name + ' ' + CAST(n AS varchar(5)) FROM #seen
----
[dbo].[a] 2
[sales].[b]]x] 1

# @whereand filters with the alias o of sysobjects; @replacechar, @command2, pre- and postcommands.
statement ok
EXEC sp_MSforeachtable @command1 = 'PRINT ''one %''', @replacechar = '%', @command2 = 'PRINT ''two %''',
  @whereand = 'AND o.name = ''a''', @precommand = 'PRINT ''before''', @postcommand = 'PRINT ''after'''
----
! before
! one [dbo].[a]
! two [dbo].[a]
! after

# An error in one command is reported and the loop goes on.
statement error 8134
EXEC sp_MSforeachtable 'IF ''?'' = ''[dbo].[a]'' SELECT 1 / 0 ELSE PRINT ''?'''
----
error 8134: Divide by zero error encountered.
! [sales].[b]]x]

statement error 201
EXEC sp_MSforeachtable
----
error 201: Procedure or function 'sp_MSforeachtable' expects parameter '@command1', which was not supplied.

# sp_MSforeachdb: the bare database name; a USE inside a command ends with it.
statement ok
USE model
----
! Changed database context to 'model'.

query T rowsort
CREATE TABLE #dbs (name sysname);
EXEC sp_MSforeachdb 'USE [?]; INSERT #dbs SELECT DB_NAME()';
SELECT name FROM #dbs WHERE name IN ('master', 'fe_db', 'tempdb', 'msdb', 'model')
----
fe_db
master
model
msdb
tempdb
! Changed database context to 'master'.
! Changed database context to 'tempdb'.
! Changed database context to 'model'.
! Changed database context to 'msdb'.
! Changed database context to 'fe_db'.

query T
SELECT DB_NAME()
----
model

statement ok
USE fe_db
----
! Changed database context to 'fe_db'.

# The same after EXEC and sp_executesql: a USE in dynamic SQL ends with it.
query TT
EXEC ('USE master');
EXEC sp_executesql N'USE tempdb';
SELECT DB_NAME(), (SELECT COUNT(*) FROM sys.tables WHERE name = 'a')
----
! Changed database context to 'master'.
! Changed database context to 'tempdb'.
fe_db	1

statement ok
USE master;
DROP DATABASE fe_db
