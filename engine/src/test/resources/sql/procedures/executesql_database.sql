# A system procedure called with a database in its name runs in that database:
# otherdb.sys.sp_executesql runs its statement there (its sys views, its tables), also when the
# name is held in a variable (EXECUTE @proc …), and the caller's database comes back after.
# no-restart: USE is session state
statement ok
CREATE DATABASE esd_other;
USE esd_other;
CREATE TABLE dbo.only_here (id int);
INSERT INTO dbo.only_here VALUES (1), (2);
USE master
----
! Changed database context to 'esd_other'.
! Changed database context to 'master'.

query TI
EXEC esd_other.sys.sp_executesql N'SELECT DB_NAME(), COUNT(*) FROM dbo.only_here'
----
esd_other	2

query TI
DECLARE @proc nvarchar(200) = QUOTENAME(N'esd_other') + N'.sys.sp_executesql', @n int;
EXECUTE @proc @stmt = N'SELECT @c = COUNT(*) FROM sys.tables WHERE name = N''only_here''', @params = N'@c int OUTPUT', @c = @n OUTPUT;
SELECT DB_NAME(), @n
----
master	1

statement error 911
EXEC no_such_db_esd.sys.sp_executesql N'SELECT 1'
----
error 911: Database 'no_such_db_esd' does not exist. Make sure that the name is entered correctly.
