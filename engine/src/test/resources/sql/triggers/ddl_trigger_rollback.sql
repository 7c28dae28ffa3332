# A DDL trigger runs in the DDL statement's transaction: a ROLLBACK in it undoes the statement and
# ends the batch (3609), and so does an error in it.
statement ok
CREATE TABLE dtr_log (n int IDENTITY PRIMARY KEY, note nvarchar(200))

# SQL Server's own example: no new tables in this database.
statement ok
CREATE TRIGGER dtr_safety ON DATABASE FOR CREATE_TABLE
AS
PRINT 'CREATE TABLE Issued.'
RAISERROR ('New tables cannot be created in this database.', 16, 1)
ROLLBACK

statement error 50000
CREATE TABLE dtr_t (a int)
----
! CREATE TABLE Issued.
error 50000: New tables cannot be created in this database.
error 3609: The transaction ended in the trigger. The batch has been aborted.

query I
SELECT COUNT(*) FROM sys.tables WHERE name = 'dtr_t'
----
0

# The batch ends: the statement after the DDL does not run.
statement error 50000
CREATE TABLE dtr_t (a int); INSERT dtr_log (note) VALUES (N'after')
----
! CREATE TABLE Issued.
error 50000: New tables cannot be created in this database.
error 3609: The transaction ended in the trigger. The batch has been aborted.

query I
SELECT COUNT(*) FROM dtr_log
----
0

# Inside the user's transaction, the ROLLBACK ends it.
statement error 50000
BEGIN TRAN; INSERT dtr_log (note) VALUES (N'in tran'); CREATE TABLE dtr_t (a int)
----
! CREATE TABLE Issued.
error 50000: New tables cannot be created in this database.
error 3609: The transaction ended in the trigger. The batch has been aborted.

query II
SELECT @@TRANCOUNT, (SELECT COUNT(*) FROM dtr_log)
----
0	0

# A TRY around the statement catches 3609.
query IT
BEGIN TRY CREATE TABLE dtr_t (a int) END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_MESSAGE() END CATCH
----
! CREATE TABLE Issued.
50000	New tables cannot be created in this database.

statement ok
DROP TRIGGER dtr_safety ON DATABASE

# An error in the trigger undoes the statement too.
statement ok
CREATE TRIGGER dtr_fail ON DATABASE FOR DDL_VIEW_EVENTS AS SELECT 1 / 0

statement error 8134
CREATE VIEW dtr_v AS SELECT 1 AS one
----
error 8134: Divide by zero error encountered.

query I
SELECT COUNT(*) FROM sys.views WHERE name = 'dtr_v'
----
0

statement ok
DROP TRIGGER dtr_fail ON DATABASE

# A DROP a trigger refuses stays undone: the table is still there, with its rows.
statement ok
CREATE TABLE dtr_keep (a int)

statement ok
INSERT dtr_keep VALUES (1), (2)

statement ok
CREATE TRIGGER dtr_nodrop ON DATABASE FOR DROP_TABLE
AS
IF EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname') = N'dtr_keep'
BEGIN
  RAISERROR ('dtr_keep is kept.', 16, 1);
  ROLLBACK;
END

statement error 50000
DROP TABLE dtr_keep
----
error 50000: dtr_keep is kept.
error 3609: The transaction ended in the trigger. The batch has been aborted.

query I
SELECT COUNT(*) FROM dtr_keep
----
2

# Other tables drop as before.
statement ok
CREATE TABLE dtr_other (a int)

statement ok
DROP TABLE dtr_other

statement ok
DISABLE TRIGGER dtr_nodrop ON DATABASE

statement ok
DROP TABLE dtr_keep

# A rolled-back CREATE TRIGGER … ON DATABASE leaves nothing.
statement ok
BEGIN TRAN; EXEC (N'CREATE TRIGGER dtr_gone ON DATABASE FOR CREATE_TABLE AS SELECT 1'); ROLLBACK

query I
SELECT COUNT(*) FROM sys.triggers WHERE name = 'dtr_gone'
----
0

# A ROLLBACK alone: 3609, caught by a TRY around the statement.
statement ok
CREATE TRIGGER dtr_quiet ON DATABASE FOR CREATE_SYNONYM AS ROLLBACK

statement error 3609
CREATE SYNONYM dtr_syn FOR dtr_log
----
error 3609: The transaction ended in the trigger. The batch has been aborted.

query IT
BEGIN TRY CREATE SYNONYM dtr_syn FOR dtr_log END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_MESSAGE() END CATCH
----
3609	The transaction ended in the trigger. The batch has been aborted.

query I
SELECT COUNT(*) FROM sys.synonyms WHERE name = 'dtr_syn'
----
0

statement ok
DROP TRIGGER dtr_quiet ON DATABASE

# A DDL trigger's own DDL fires DDL triggers in turn, nested (a trigger does not fire itself again).
statement ok
CREATE TRIGGER dtr_shadow ON DATABASE FOR CREATE_TABLE
AS
SET NOCOUNT ON;
DECLARE @name sysname = EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname');
INSERT dtr_log (note) VALUES (N'shadow: ' + @name + N' at level ' + CAST(TRIGGER_NESTLEVEL() AS nvarchar(5)));
IF @name NOT LIKE N'%[_]shadow'
  EXEC (N'CREATE TABLE ' + @name + N'_shadow (a int)');

statement ok
CREATE TRIGGER dtr_echo ON DATABASE FOR CREATE_TABLE
AS
SET NOCOUNT ON;
INSERT dtr_log (note) VALUES (N'echo: ' + EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname') + N' at level ' + CAST(TRIGGER_NESTLEVEL() AS nvarchar(5)));

statement ok
CREATE TABLE dtr_main (a int)

query T
SELECT note FROM dtr_log ORDER BY n
----
shadow: dtr_main at level 1
echo: dtr_main_shadow at level 2
echo: dtr_main at level 1

query T rowsort
SELECT name FROM sys.tables WHERE name LIKE 'dtr[_]main%'
----
dtr_main
dtr_main_shadow

statement ok
DROP TRIGGER dtr_shadow, dtr_echo ON DATABASE

# EVENTDATA() is NULL in a procedure the trigger calls.
statement ok
CREATE PROCEDURE dtr_ask AS SELECT CASE WHEN EVENTDATA() IS NULL THEN N'null in proc' ELSE N'seen in proc' END

statement ok
CREATE TRIGGER dtr_calls ON DATABASE FOR CREATE_SEQUENCE AS EXEC dtr_ask; SELECT CASE WHEN EVENTDATA() IS NULL THEN N'null in trigger' ELSE N'seen in trigger' END

query T
CREATE SEQUENCE dtr_seq
----
null in proc
seen in trigger

# Permissions: ALTER ANY DATABASE DDL TRIGGER (db_owner, db_ddladmin), else 262.
statement ok
CREATE LOGIN dtr_clerk WITH PASSWORD = 'P@ssw0rd-1'; CREATE USER dtr_clerk FOR LOGIN dtr_clerk

statement ok
EXECUTE AS USER = 'dtr_clerk'

statement error 262
CREATE TRIGGER dtr_denied ON DATABASE FOR CREATE_TABLE AS SELECT 1
----
error 262: ALTER ANY DATABASE DDL TRIGGER permission denied in database 'master'.

statement error 262
DISABLE TRIGGER ALL ON DATABASE
----
error 262: ALTER ANY DATABASE DDL TRIGGER permission denied in database 'master'.

statement ok
REVERT

statement ok
ALTER ROLE db_ddladmin ADD MEMBER dtr_clerk

statement ok
EXECUTE AS USER = 'dtr_clerk'

statement ok
CREATE TRIGGER dtr_allowed ON DATABASE FOR CREATE_TABLE AS SELECT 1

statement ok
REVERT

query T
SELECT name FROM sys.triggers WHERE name = 'dtr_allowed'
----
dtr_allowed
