# DDL triggers ON ALL SERVER: kept in master (sys.server_triggers, sys.server_trigger_events,
# sys.server_sql_modules), fired by server-level events (databases, logins) and by database-level
# ones in every database.
statement ok
CREATE TABLE master.dbo.sdt_log (n int IDENTITY PRIMARY KEY, event sysname, db sysname NULL, obj sysname NULL, otype sysname NULL, cmd nvarchar(400) NULL)

statement ok
CREATE TRIGGER sdt_server ON ALL SERVER FOR DDL_SERVER_LEVEL_EVENTS
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @e xml = EVENTDATA();
  INSERT master.dbo.sdt_log (event, db, obj, otype, cmd)
  VALUES (@e.value('(/EVENT_INSTANCE/EventType)[1]', 'sysname'), @e.value('(/EVENT_INSTANCE/DatabaseName)[1]', 'sysname'),
    @e.value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname'), @e.value('(/EVENT_INSTANCE/ObjectType)[1]', 'sysname'),
    @e.value('(/EVENT_INSTANCE/TSQLCommand/CommandText)[1]', 'nvarchar(400)'));
END

statement ok
CREATE DATABASE sdt_db

statement ok
CREATE LOGIN sdt_login WITH PASSWORD = 'Secret-123'

statement ok
ALTER LOGIN sdt_login WITH PASSWORD = 'Secret-456'

statement ok
DROP LOGIN sdt_login

statement ok
DROP DATABASE sdt_db

# Database-level events are not server-level ones: a CREATE TABLE logs nothing here.
statement ok
CREATE TABLE sdt_t (a int)

query TTTTT
SELECT event, ISNULL(db, N'-'), ISNULL(obj, N'-'), ISNULL(otype, N'-'), cmd FROM master.dbo.sdt_log ORDER BY n
----
CREATE_DATABASE	sdt_db	-	-	CREATE DATABASE sdt_db
CREATE_LOGIN	-	sdt_login	LOGIN	CREATE LOGIN sdt_login WITH PASSWORD = '******'
ALTER_LOGIN	-	sdt_login	LOGIN	ALTER LOGIN sdt_login WITH PASSWORD = '******'
DROP_LOGIN	-	sdt_login	LOGIN	DROP LOGIN sdt_login
DROP_DATABASE	sdt_db	-	-	DROP DATABASE sdt_db

# A server trigger on database-level events fires in every database.
statement ok
CREATE TRIGGER sdt_tables ON ALL SERVER FOR CREATE_TABLE, DROP_TABLE
AS
SET NOCOUNT ON;
INSERT master.dbo.sdt_log (event, db, obj) VALUES (EVENTDATA().value('(/EVENT_INSTANCE/EventType)[1]', 'sysname'), EVENTDATA().value('(/EVENT_INSTANCE/DatabaseName)[1]', 'sysname'), EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname'))

statement ok
CREATE DATABASE sdt_other

statement ok
DELETE master.dbo.sdt_log

statement ok
CREATE TABLE sdt_other.dbo.t1 (a int)

statement ok
USE sdt_other
----
! Changed database context to 'sdt_other'.

statement ok
DROP TABLE t1

query TTT
SELECT event, db, obj FROM master.dbo.sdt_log ORDER BY n
----
CREATE_TABLE	sdt_other	t1
DROP_TABLE	sdt_other	t1

# A database's triggers fire before the server's.
statement ok
CREATE TRIGGER sdt_db_first ON DATABASE FOR CREATE_TABLE AS SET NOCOUNT ON; INSERT master.dbo.sdt_log (event, db, obj) VALUES (N'database trigger', DB_NAME(), NULL)

statement ok
DELETE master.dbo.sdt_log

statement ok
CREATE TABLE t2 (a int)

query TT
SELECT event, db FROM master.dbo.sdt_log ORDER BY n
----
database trigger	sdt_other
CREATE_TABLE	sdt_other

statement ok
USE master
----
! Changed database context to 'master'.

# The catalog: in sys.server_triggers and its kin from any database, not in sys.triggers.
query TITIITI rowsort
SELECT name, parent_class, parent_class_desc, parent_id, is_disabled, type, is_ms_shipped FROM sys.server_triggers
----
sdt_server	100	SERVER	0	0	TR	0
sdt_tables	100	SERVER	0	0	TR	0

query TTIT rowsort
SELECT t.name, e.type_desc, e.type, ISNULL(e.event_group_type_desc, N'-') FROM sys.server_trigger_events e JOIN sys.server_triggers t ON t.object_id = e.object_id
----
sdt_server	ALTER_DATABASE	2	DDL_SERVER_LEVEL_EVENTS
sdt_server	ALTER_LOGIN	145	DDL_SERVER_LEVEL_EVENTS
sdt_server	CREATE_DATABASE	1	DDL_SERVER_LEVEL_EVENTS
sdt_server	CREATE_LOGIN	144	DDL_SERVER_LEVEL_EVENTS
sdt_server	DROP_DATABASE	3	DDL_SERVER_LEVEL_EVENTS
sdt_server	DROP_LOGIN	146	DDL_SERVER_LEVEL_EVENTS
sdt_tables	CREATE_TABLE	21	-
sdt_tables	DROP_TABLE	23	-

query T
SELECT LEFT(m.definition, 45) FROM sys.server_sql_modules m JOIN sys.server_triggers t ON t.object_id = m.object_id WHERE t.name = 'sdt_tables'
----
CREATE TRIGGER sdt_tables ON ALL SERVER FOR C

query I
SELECT COUNT(*) FROM sys.triggers WHERE name LIKE 'sdt[_]%'
----
0

# A ROLLBACK in a server trigger undoes a CREATE LOGIN.
statement ok
CREATE TRIGGER sdt_no_logins ON ALL SERVER FOR CREATE_LOGIN AS ROLLBACK

statement error 3609
CREATE LOGIN sdt_refused WITH PASSWORD = 'Secret-789'
----
error 3609: The transaction ended in the trigger. The batch has been aborted.

query I
SELECT COUNT(*) FROM sys.server_principals WHERE name = 'sdt_refused'
----
0

statement ok
DISABLE TRIGGER ALL ON ALL SERVER

statement ok
CREATE LOGIN sdt_refused WITH PASSWORD = 'Secret-789'

statement ok
ENABLE TRIGGER sdt_server ON ALL SERVER

query TI rowsort
SELECT name, is_disabled FROM sys.server_triggers
----
sdt_no_logins	1
sdt_server	0
sdt_tables	1

# Only sysadmin (CONTROL SERVER) creates, drops and switches server triggers: 15247.
statement ok
CREATE USER sdt_refused FOR LOGIN sdt_refused

statement ok
EXECUTE AS LOGIN = 'sdt_refused'

statement error 15247
CREATE TRIGGER sdt_mine ON ALL SERVER FOR CREATE_LOGIN AS SELECT 1
----
error 15247: User does not have permission to perform this action.

statement error 15247
DROP TRIGGER sdt_server ON ALL SERVER
----
error 15247: User does not have permission to perform this action.

statement error 15247
DISABLE TRIGGER sdt_server ON ALL SERVER
----
error 15247: User does not have permission to perform this action.

statement ok
REVERT

# Errors: a missing one (3701, 1088), a name taken (2714).
statement error 3701
DROP TRIGGER sdt_missing ON ALL SERVER
----
error 3701: Cannot drop the trigger 'sdt_missing', because it does not exist or you do not have permission.

statement error 1088
DISABLE TRIGGER sdt_missing ON ALL SERVER
----
error 1088: Cannot find the object "sdt_missing" because it does not exist or you do not have permissions.

statement error 2714
CREATE TRIGGER sdt_server ON ALL SERVER FOR CREATE_LOGIN AS SELECT 1
----
error 2714: There is already an object named 'sdt_server' in the database.

# A server trigger is not dropped ON DATABASE, nor a database one ON ALL SERVER.
statement error 3701
DROP TRIGGER sdt_server ON DATABASE
----
error 3701: Cannot drop the trigger 'sdt_server', because it does not exist or you do not have permission.

statement ok
DROP TRIGGER sdt_server, sdt_tables, sdt_no_logins ON ALL SERVER

query I
SELECT COUNT(*) FROM sys.server_triggers
----
0
