# DDL triggers ON DATABASE: CREATE/ALTER/DROP TRIGGER … ON DATABASE FOR event types and groups,
# fired after the DDL statement in its transaction, EVENTDATA() describing the event. They belong
# to their database: DDL elsewhere does not fire them.
statement ok
CREATE DATABASE ddt_db

statement ok
USE ddt_db
----
! Changed database context to 'ddt_db'.

statement ok
CREATE TABLE ddt_log (n int IDENTITY PRIMARY KEY, trig sysname, event sysname, db sysname NULL, sch sysname NULL, obj sysname NULL, otype sysname NULL, tgt sysname NULL, ttype sysname NULL)

# One trigger on every database-level event, logging what EVENTDATA() says (not its own creation).
statement ok
CREATE TRIGGER ddt_all ON DATABASE FOR DDL_DATABASE_LEVEL_EVENTS
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @e xml = EVENTDATA();
  INSERT ddt_log (trig, event, db, sch, obj, otype, tgt, ttype)
  VALUES (N'all', @e.value('(/EVENT_INSTANCE/EventType)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/DatabaseName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/SchemaName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/ObjectName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/ObjectType)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/TargetObjectName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/TargetObjectType)[1]', 'nvarchar(128)'));
END

statement ok
CREATE TABLE ddt_t (id int PRIMARY KEY, v int)

statement ok
ALTER TABLE ddt_t ADD w int NULL

statement ok
CREATE INDEX ddt_ix ON ddt_t (v)

statement ok
DROP INDEX ddt_ix ON ddt_t

statement ok
CREATE VIEW ddt_v AS SELECT id FROM ddt_t

statement ok
ALTER VIEW ddt_v AS SELECT id, v FROM ddt_t

statement ok
CREATE PROCEDURE ddt_p AS SELECT 1

statement ok
CREATE OR ALTER PROCEDURE ddt_p AS SELECT 2

statement ok
CREATE FUNCTION ddt_f () RETURNS int AS BEGIN RETURN 1 END

statement ok
CREATE TRIGGER ddt_tr ON ddt_t AFTER INSERT AS SET NOCOUNT ON

statement ok
DROP TRIGGER ddt_tr

statement ok
CREATE SCHEMA ddt_s

statement ok
CREATE SEQUENCE ddt_s.ddt_seq AS int START WITH 1

statement ok
ALTER SEQUENCE ddt_s.ddt_seq RESTART WITH 5

statement ok
DROP SEQUENCE ddt_s.ddt_seq

statement ok
CREATE TYPE ddt_type FROM nvarchar(10)

statement ok
DROP TYPE ddt_type

statement ok
CREATE SYNONYM ddt_syn FOR ddt_t

statement ok
DROP SYNONYM ddt_syn

statement ok
CREATE USER ddt_user WITHOUT LOGIN

statement ok
CREATE ROLE ddt_role

statement ok
DROP ROLE ddt_role

statement ok
DROP USER ddt_user

statement ok
DROP SCHEMA ddt_s

statement ok
DROP FUNCTION ddt_f

statement ok
DROP PROCEDURE ddt_p

statement ok
DROP VIEW ddt_v

# DROP … IF EXISTS of nothing raises no event; temporary tables raise none.
statement ok
DROP TABLE IF EXISTS ddt_missing

statement ok
CREATE TABLE #ddt_temp (a int)

statement ok
DROP TABLE #ddt_temp

query TTTTTTTT
SELECT trig, event, db, ISNULL(sch, N'-'), ISNULL(obj, N'-'), ISNULL(otype, N'-'), ISNULL(tgt, N'-'), ISNULL(ttype, N'-') FROM ddt_log ORDER BY n
----
all	CREATE_TABLE	ddt_db	dbo	ddt_t	TABLE	-	-
all	ALTER_TABLE	ddt_db	dbo	ddt_t	TABLE	-	-
all	CREATE_INDEX	ddt_db	dbo	ddt_ix	INDEX	ddt_t	TABLE
all	DROP_INDEX	ddt_db	dbo	ddt_ix	INDEX	ddt_t	TABLE
all	CREATE_VIEW	ddt_db	dbo	ddt_v	VIEW	-	-
all	ALTER_VIEW	ddt_db	dbo	ddt_v	VIEW	-	-
all	CREATE_PROCEDURE	ddt_db	dbo	ddt_p	PROCEDURE	-	-
all	ALTER_PROCEDURE	ddt_db	dbo	ddt_p	PROCEDURE	-	-
all	CREATE_FUNCTION	ddt_db	dbo	ddt_f	FUNCTION	-	-
all	CREATE_TRIGGER	ddt_db	dbo	ddt_tr	TRIGGER	ddt_t	TABLE
all	DROP_TRIGGER	ddt_db	dbo	ddt_tr	TRIGGER	-	-
all	CREATE_SCHEMA	ddt_db	-	ddt_s	SCHEMA	-	-
all	CREATE_SEQUENCE	ddt_db	ddt_s	ddt_seq	SEQUENCE	-	-
all	ALTER_SEQUENCE	ddt_db	ddt_s	ddt_seq	SEQUENCE	-	-
all	DROP_SEQUENCE	ddt_db	ddt_s	ddt_seq	SEQUENCE	-	-
all	CREATE_TYPE	ddt_db	dbo	ddt_type	TYPE	-	-
all	DROP_TYPE	ddt_db	dbo	ddt_type	TYPE	-	-
all	CREATE_SYNONYM	ddt_db	dbo	ddt_syn	SYNONYM	-	-
all	DROP_SYNONYM	ddt_db	dbo	ddt_syn	SYNONYM	-	-
all	CREATE_USER	ddt_db	-	ddt_user	SQL USER	-	-
all	CREATE_ROLE	ddt_db	-	ddt_role	ROLE	-	-
all	DROP_ROLE	ddt_db	-	ddt_role	ROLE	-	-
all	DROP_USER	ddt_db	-	ddt_user	SQL USER	-	-
all	DROP_SCHEMA	ddt_db	-	ddt_s	SCHEMA	-	-
all	DROP_FUNCTION	ddt_db	dbo	ddt_f	FUNCTION	-	-
all	DROP_PROCEDURE	ddt_db	dbo	ddt_p	PROCEDURE	-	-
all	DROP_VIEW	ddt_db	dbo	ddt_v	VIEW	-	-

# EVENTDATA() outside a DDL trigger is NULL.
query I
SELECT CASE WHEN EVENTDATA() IS NULL THEN 1 ELSE 0 END
----
1

# A group covers what is under it; a trigger may name several types and groups.
statement ok
CREATE TRIGGER ddt_tables ON DATABASE FOR DDL_TABLE_EVENTS, CREATE_PROCEDURE
AS
BEGIN
  SET NOCOUNT ON;
  INSERT ddt_log (trig, event, obj) VALUES (N'tables', EVENTDATA().value('(/EVENT_INSTANCE/EventType)[1]', 'nvarchar(128)'), EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'nvarchar(128)'));
END

# Creating a DDL trigger fires the others.
query TTTTTTT
SELECT trig, event, db, obj, otype, tgt, ttype FROM ddt_log WHERE obj = N'ddt_tables'
----
all	CREATE_TRIGGER	ddt_db	ddt_tables	TRIGGER	ddt_db	DATABASE

statement ok
DELETE ddt_log

statement ok
CREATE TABLE ddt_u (a int)

statement ok
CREATE VIEW ddt_w AS SELECT a FROM ddt_u

statement ok
CREATE PROCEDURE ddt_q AS SELECT 1

query TTT rowsort
SELECT trig, event, obj FROM ddt_log
----
all	CREATE_PROCEDURE	ddt_q
all	CREATE_TABLE	ddt_u
all	CREATE_VIEW	ddt_w
tables	CREATE_PROCEDURE	ddt_q
tables	CREATE_TABLE	ddt_u

# The command's text.
statement ok
CREATE TRIGGER ddt_text ON DATABASE FOR DROP_TABLE AS SELECT EVENTDATA().value('(/EVENT_INSTANCE/TSQLCommand/CommandText)[1]', 'nvarchar(max)') AS cmd, EVENTDATA().value('(/EVENT_INSTANCE/TSQLCommand/SetOptions/@QUOTED_IDENTIFIER)[1]', 'varchar(3)') AS qi, EVENTDATA().exist('/EVENT_INSTANCE/PostTime') AS has_time, EVENTDATA().value('(/EVENT_INSTANCE/LoginName)[1]', 'sysname') AS login, EVENTDATA().value('(/EVENT_INSTANCE/UserName)[1]', 'sysname') AS usr

query TTITT
DROP TABLE ddt_u
----
DROP TABLE ddt_u	ON	1	sa	dbo

# The catalog: sys.triggers (parent class 0, DATABASE), sys.trigger_events, sys.sql_modules; not sys.objects.
query TITIII rowsort
SELECT name, parent_class, parent_class_desc, parent_id, is_disabled, is_instead_of_trigger FROM sys.triggers WHERE name LIKE 'ddt[_]%'
----
ddt_all	0	DATABASE	0	0	0
ddt_tables	0	DATABASE	0	0	0
ddt_text	0	DATABASE	0	0	0

query TTIT rowsort
SELECT t.name, e.type_desc, e.type, ISNULL(e.event_group_type_desc, N'-') FROM sys.trigger_events e JOIN sys.triggers t ON t.object_id = e.object_id WHERE t.name = 'ddt_tables'
----
ddt_tables	ALTER_TABLE	22	DDL_TABLE_EVENTS
ddt_tables	CREATE_PROCEDURE	51	-
ddt_tables	CREATE_TABLE	21	DDL_TABLE_EVENTS
ddt_tables	DROP_TABLE	23	DDL_TABLE_EVENTS

query I
SELECT COUNT(*) FROM sys.objects WHERE name LIKE 'ddt[_]tables'
----
0

query I
SELECT CASE WHEN OBJECT_ID('ddt_tables') IS NULL THEN 1 ELSE 0 END
----
1

query T
SELECT LEFT(m.definition, 45) FROM sys.sql_modules m JOIN sys.triggers t ON t.object_id = m.object_id WHERE t.name = 'ddt_tables'
----
CREATE TRIGGER ddt_tables ON DATABASE FOR DDL

# DISABLE / ENABLE TRIGGER … ON DATABASE.
statement ok
DISABLE TRIGGER ddt_all ON DATABASE

statement ok
DELETE ddt_log

statement ok
CREATE TABLE ddt_x (a int)

query TT rowsort
SELECT trig, event FROM ddt_log
----
tables	CREATE_TABLE

query TI rowsort
SELECT name, is_disabled FROM sys.triggers WHERE parent_class = 0
----
ddt_all	1
ddt_tables	0
ddt_text	0

statement ok
DISABLE TRIGGER ALL ON DATABASE

statement ok
DROP TABLE ddt_x

statement ok
ENABLE TRIGGER ddt_all, ddt_tables ON DATABASE

query TI rowsort
SELECT name, is_disabled FROM sys.triggers WHERE parent_class = 0
----
ddt_all	0
ddt_tables	0
ddt_text	1

# A DML trigger's DROP TRIGGER does not see a DDL trigger (3701), nor ENABLE … ON a table.
statement error 3701
DROP TRIGGER ddt_text
----
error 3701: Cannot drop the trigger 'ddt_text', because it does not exist or you do not have permission.

statement ok
DROP TRIGGER ddt_text ON DATABASE

statement error 3701
DROP TRIGGER ddt_text ON DATABASE
----
error 3701: Cannot drop the trigger 'ddt_text', because it does not exist or you do not have permission.

statement ok
DROP TRIGGER IF EXISTS ddt_text ON DATABASE

statement error 1088
ENABLE TRIGGER ddt_nothing ON DATABASE
----
error 1088: Cannot find the object "ddt_nothing" because it does not exist or you do not have permissions.

# Errors: an unknown event type (1084), a server-level one ON DATABASE (1098), a name taken (2714).
statement error 1084
CREATE TRIGGER ddt_bad ON DATABASE FOR CREATE_TABEL AS SELECT 1
----
error 1084: 'CREATE_TABEL' is an invalid event type.

statement error 1098
CREATE TRIGGER ddt_bad ON DATABASE FOR CREATE_DATABASE AS SELECT 1
----
error 1098: The specified event type(s) is/are not valid on the specified target object.

statement error 1098
CREATE TRIGGER ddt_bad ON DATABASE FOR DDL_SERVER_LEVEL_EVENTS AS SELECT 1
----
error 1098: The specified event type(s) is/are not valid on the specified target object.

statement error 2714
CREATE TRIGGER ddt_all ON DATABASE FOR CREATE_TABLE AS SELECT 1
----
error 2714: There is already an object named 'ddt_all' in the database.

statement error 2714
CREATE TRIGGER ddt_log ON DATABASE FOR CREATE_TABLE AS SELECT 1
----
error 2714: There is already an object named 'ddt_log' in the database.

# inserted and deleted do not exist in a DDL trigger.
statement ok
CREATE TRIGGER ddt_ins ON DATABASE FOR CREATE_VIEW AS SELECT * FROM inserted

statement error 208
CREATE VIEW ddt_v2 AS SELECT 1 AS one
----
error 208: Invalid object name 'inserted'.

statement ok
DROP TRIGGER ddt_ins ON DATABASE

# ALTER TRIGGER … ON DATABASE changes what fires it.
statement ok
ALTER TRIGGER ddt_tables ON DATABASE FOR DROP_VIEW AS SET NOCOUNT ON; INSERT ddt_log (trig, event) VALUES (N'altered', EVENTDATA().value('(/EVENT_INSTANCE/EventType)[1]', 'nvarchar(128)'))

statement ok
DELETE ddt_log

statement ok
DROP VIEW ddt_w

query TT rowsort
SELECT trig, event FROM ddt_log WHERE trig <> N'all'
----
altered	DROP_VIEW

statement ok
DROP TRIGGER ddt_all, ddt_tables ON DATABASE

query I
SELECT COUNT(*) FROM sys.triggers WHERE parent_class = 0
----
0

# A trigger of one database does not fire for DDL in another.
statement ok
CREATE TRIGGER ddt_here ON DATABASE FOR CREATE_TABLE AS SET NOCOUNT ON; INSERT ddt_db.dbo.ddt_log (trig, event) VALUES (N'here', DB_NAME())

statement ok
DELETE ddt_log

statement ok
CREATE TABLE master.dbo.ddt_elsewhere (a int)

statement ok
CREATE TABLE ddt_here_t (a int)

query TT
SELECT trig, event FROM ddt_log
----
here	ddt_db

statement ok
DROP TABLE master.dbo.ddt_elsewhere

statement ok
USE master
----
! Changed database context to 'master'.

statement ok
DROP DATABASE ddt_db
