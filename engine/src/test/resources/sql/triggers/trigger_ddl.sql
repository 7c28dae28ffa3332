# CREATE [OR ALTER] / ALTER / DROP TRIGGER: stored in the catalog in its table's schema (sys.objects
# TR with the table as parent, sys.triggers, sys.sql_modules), dropped with its table.

statement ok
CREATE TABLE trd_t (id int PRIMARY KEY, v int)

statement ok
CREATE TRIGGER trd_ins ON trd_t AFTER INSERT
AS
SELECT 1 AS x

statement ok
CREATE TRIGGER dbo.trd_all ON dbo.trd_t FOR INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; END

query TTTI
SELECT o.name, o.type, o.type_desc, CASE WHEN o.parent_object_id = OBJECT_ID('trd_t') THEN 1 ELSE 0 END FROM sys.objects o WHERE o.name LIKE 'trd[_]%' ORDER BY o.name
----
trd_all	TR	SQL_TRIGGER	1
trd_ins	TR	SQL_TRIGGER	1
trd_t	U 	USER_TABLE	0

query TITIITTIIII
SELECT name, parent_class, parent_class_desc, CASE WHEN parent_id = OBJECT_ID('trd_t') THEN 1 ELSE 0 END, CASE WHEN object_id = OBJECT_ID('trd_ins') THEN 1 ELSE 0 END, type, type_desc, is_ms_shipped, is_disabled, is_not_for_replication, is_instead_of_trigger FROM sys.triggers ORDER BY name
----
trd_all	1	OBJECT_OR_COLUMN	1	0	TR	SQL_TRIGGER	0	0	0	0
trd_ins	1	OBJECT_OR_COLUMN	1	1	TR	SQL_TRIGGER	0	0	0	0

query T
SELECT REPLACE(OBJECT_DEFINITION(OBJECT_ID('trd_ins')), NCHAR(10), N'|')
----
CREATE TRIGGER trd_ins ON trd_t AFTER INSERT|AS|SELECT 1 AS x

query T
SELECT REPLACE(m.definition, NCHAR(10), N'|') FROM sys.sql_modules m JOIN sys.triggers t ON t.object_id = m.object_id WHERE t.name = 'trd_ins'
----
CREATE TRIGGER trd_ins ON trd_t AFTER INSERT|AS|SELECT 1 AS x

query T
DECLARE @t TABLE (n int IDENTITY, line nvarchar(255)); INSERT @t (line) EXEC sp_helptext 'trd_ins'; SELECT REPLACE(line, NCHAR(10), N'|') FROM @t ORDER BY n
----
CREATE TRIGGER trd_ins ON trd_t AFTER INSERT|
AS|
SELECT 1 AS x

statement error 2714
CREATE TRIGGER trd_ins ON trd_t AFTER DELETE AS SELECT 2

# ALTER and CREATE OR ALTER store the CREATE the trigger now is.
statement ok
ALTER TRIGGER trd_ins ON trd_t AFTER INSERT, DELETE AS SELECT 2 AS y

query T
SELECT OBJECT_DEFINITION(OBJECT_ID('trd_ins'))
----
CREATE TRIGGER trd_ins ON trd_t AFTER INSERT, DELETE AS SELECT 2 AS y

statement ok
CREATE OR ALTER TRIGGER trd_ins ON trd_t AFTER UPDATE AS SELECT 3 AS z

query T
SELECT OBJECT_DEFINITION(OBJECT_ID('trd_ins'))
----
CREATE TRIGGER trd_ins ON trd_t AFTER UPDATE AS SELECT 3 AS z

statement ok
CREATE OR ALTER TRIGGER trd_new ON trd_t AFTER DELETE AS SELECT 4

query I
SELECT COUNT(*) FROM sys.triggers
----
3

statement error 8197
CREATE TRIGGER trd_bad ON trd_missing AFTER INSERT AS SELECT 1
----
error 8197: The object 'trd_missing' does not exist or is invalid for this operation.

statement ok
CREATE SCHEMA trd_s

statement error 2103
CREATE TRIGGER trd_s.trd_other ON dbo.trd_t AFTER INSERT AS SELECT 1
----
error 2103: Cannot create trigger 'trd_other' because its schema is different from the schema of the table or view on which the trigger is defined.

statement error 111
SELECT 1; CREATE TRIGGER trd_late ON trd_t AFTER INSERT AS SELECT 1
----
error 111: 'CREATE TRIGGER' must be the first statement in a query batch.

statement error 156
CREATE TRIGGER trd_syntax ON trd_t AFTER SELECT AS SELECT 1
----
error 156: Incorrect syntax near the keyword 'SELECT'.

# A trigger's name is an object name of its schema.
statement error 2714
CREATE TABLE trd_new (a int)

statement ok
DROP TRIGGER trd_new

statement error 3701
DROP TRIGGER trd_new
----
error 3701: Cannot drop the trigger 'trd_new', because it does not exist or you do not have permission.

statement ok
DROP TRIGGER IF EXISTS trd_new

statement error 3701
DROP TRIGGER trd_t
----
error 3701: Cannot drop the trigger 'trd_t', because it does not exist or you do not have permission.

# Dropping the table drops its triggers.
statement ok
DROP TABLE trd_t

query I
SELECT COUNT(*) FROM sys.objects WHERE type = 'TR'
----
0
