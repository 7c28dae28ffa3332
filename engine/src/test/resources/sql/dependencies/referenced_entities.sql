# sys.dm_sql_referenced_entities / dm_sql_referencing_entities, sp_depends.
statement ok
CREATE SCHEMA hr

statement ok
CREATE TABLE hr.emp (emp_id int PRIMARY KEY, name nvarchar(30), salary int, dept int)

statement ok
CREATE VIEW hr.emp_names AS SELECT e.emp_id, e.name FROM hr.emp AS e

statement ok
CREATE FUNCTION hr.total (@d int) RETURNS int AS BEGIN RETURN (SELECT SUM(salary) FROM hr.emp WHERE dept = @d) END

statement ok
CREATE PROCEDURE hr.raise_all @pct int AS
BEGIN
  UPDATE hr.emp SET salary = salary * (100 + @pct) / 100;
  SELECT emp_id, hr.total(1) FROM hr.emp_names;
  EXEC hr.audit;
END

statement ok
CREATE PROCEDURE hr.audit AS INSERT INTO hr.emp VALUES (99, N'x', 0, 0)

query TTTTIIIIIII
SELECT ISNULL(referenced_schema_name, '-'), referenced_entity_name, ISNULL(referenced_minor_name, '-'),
  CASE WHEN referenced_id IS NULL THEN 'null' ELSE OBJECT_NAME(referenced_id) END, referenced_minor_id,
  CAST(is_selected AS int), CAST(is_updated AS int), CAST(is_select_all AS int), CAST(is_all_columns_found AS int),
  CAST(is_insert_all AS int), referenced_class
FROM sys.dm_sql_referenced_entities('hr.raise_all', 'OBJECT')
----
hr	total	-	total	0	1	0	0	1	0	1
hr	emp_names	-	emp_names	0	1	0	0	1	0	1
hr	audit	-	audit	0	0	0	0	1	0	1
hr	emp	-	emp	0	0	1	0	1	0	1
hr	emp	emp_id	emp	1	1	0	0	1	0	1
hr	emp	salary	emp	3	1	1	0	1	0	1

query TTII
SELECT referenced_entity_name, ISNULL(referenced_minor_name, '-'), CAST(is_selected AS int), CAST(is_insert_all AS int)
FROM sys.dm_sql_referenced_entities(N'hr.audit', N'OBJECT')
----
emp	-	0	1

query TTT rowsort
SELECT referencing_schema_name, referencing_entity_name, referencing_class_desc
FROM sys.dm_sql_referencing_entities('hr.emp', 'OBJECT')
----
hr	audit	OBJECT_OR_COLUMN
hr	emp_names	OBJECT_OR_COLUMN
hr	raise_all	OBJECT_OR_COLUMN
hr	total	OBJECT_OR_COLUMN

query TI
SELECT referencing_entity_name, CAST(is_caller_dependent AS int) FROM sys.dm_sql_referencing_entities('hr.audit', 'OBJECT')
----
raise_all	0

# Another class, or a name that is no object: no rows.
query I
SELECT COUNT(*) FROM sys.dm_sql_referenced_entities('hr.raise_all', 'TYPE')
----
0

query I
SELECT COUNT(*) FROM sys.dm_sql_referencing_entities('hr.nothing', 'OBJECT')
----
0

describe
SELECT * FROM sys.dm_sql_referenced_entities('hr.emp_names', 'OBJECT')
----
referencing_minor_id	int	NULL
referenced_server_name	nvarchar(128)	NULL
referenced_database_name	nvarchar(128)	NULL
referenced_schema_name	nvarchar(128)	NULL
referenced_entity_name	nvarchar(128)	NULL
referenced_minor_name	nvarchar(128)	NULL
referenced_id	int	NULL
referenced_minor_id	int	NULL
referenced_class	tinyint	NULL
referenced_class_desc	nvarchar(60)	NULL
is_caller_dependent	bit	NULL
is_ambiguous	bit	NULL
is_selected	bit	NULL
is_updated	bit	NULL
is_select_all	bit	NULL
is_all_columns_found	bit	NULL
is_insert_all	bit	NULL
is_incomplete	bit	NULL

describe
SELECT * FROM sys.dm_sql_referencing_entities('hr.emp', 'OBJECT')
----
referencing_schema_name	nvarchar(128)	NULL
referencing_entity_name	nvarchar(128)	NULL
referencing_id	int	NULL
referencing_class	tinyint	NULL
referencing_class_desc	nvarchar(60)	NULL
is_caller_dependent	bit	NULL

statement error 174
SELECT * FROM sys.dm_sql_referenced_entities('hr.emp_names')
----
error 174: The dm_sql_referenced_entities function requires 2 argument(s).

# A module naming an object that does not exist: its rows, then 2020.
statement ok
CREATE PROCEDURE hr.later AS SELECT emp_id FROM hr.emp; SELECT x FROM hr.not_yet

statement error 2020
SELECT referenced_entity_name, ISNULL(referenced_minor_name, '-') FROM sys.dm_sql_referenced_entities('hr.later', 'OBJECT')
----
emp	-
emp	emp_id
not_yet	-
error 2020: The dependencies reported for entity "hr.later" might not include references to all columns. This is either because the entity references an object that does not exist or because of an error in one or more statements in the entity.  Before rerunning the query, ensure that there are no errors in the entity and that all objects referenced by the entity exist.

# A column renamed away under a view: 2020 too.
statement ok
EXEC sp_rename 'hr.emp.name', 'full_name', 'COLUMN'
----
! Caution: Changing any part of an object name could break scripts and stored procedures.

statement error 2020
SELECT referenced_entity_name FROM sys.dm_sql_referenced_entities('hr.emp_names', 'OBJECT')
----
emp
emp
error 2020: The dependencies reported for entity "hr.emp_names" might not include references to all columns. This is either because the entity references an object that does not exist or because of an error in one or more statements in the entity.  Before rerunning the query, ensure that there are no errors in the entity and that all objects referenced by the entity exist.

# sp_depends: what the object references (a row per column), then what references it.
query TTTTT
EXEC sp_depends 'hr.raise_all'
----
hr.total	scalar function	no	yes	NULL
hr.emp_names	view	no	yes	NULL
hr.audit	stored procedure	no	no	NULL
hr.emp	user table	no	yes	emp_id
hr.emp	user table	yes	yes	salary

query TT rowsort
EXEC sp_depends @objname = N'hr.emp'
----
hr.audit	stored procedure
hr.emp_names	view
hr.later	stored procedure
hr.raise_all	stored procedure
hr.total	scalar function

statement ok
CREATE TABLE lonely (a int)

statement ok
EXEC sp_depends 'lonely'
----
! Object does not reference any object, and no objects reference it.

statement error 15009
EXEC sp_depends 'no_such_object'
----
error 15009: The object 'no_such_object' does not exist in database 'master' or is invalid for this operation.
