# sys.sql_expression_dependencies: what each module names, resolved now; deferred names have no id.
statement ok
CREATE SCHEMA sales

statement ok
CREATE TABLE dep_t (id int PRIMARY KEY, name nvarchar(20), qty int)

statement ok
CREATE TABLE sales.orders (order_id int PRIMARY KEY, dep_id int, amount int)

statement ok
CREATE VIEW dep_v AS SELECT t.id, t.name, o.amount FROM dbo.dep_t AS t JOIN sales.orders AS o ON o.dep_id = t.id

statement ok
CREATE FUNCTION dbo.dep_f (@x int) RETURNS int AS BEGIN RETURN (SELECT COUNT(*) FROM dep_t WHERE qty > @x) END

statement ok
CREATE PROCEDURE dep_p AS
BEGIN
  SELECT id, dbo.dep_f(1) FROM dep_v;
  UPDATE dep_t SET qty = qty + 1 WHERE id = 1;
  SELECT * FROM dep_missing;
  EXEC dep_other;
END

query TTTTTTT
SELECT OBJECT_NAME(referencing_id), referencing_class_desc, referenced_server_name, referenced_database_name,
  ISNULL(referenced_schema_name, '-'), OBJECT_NAME(referenced_id), referenced_entity_name
FROM sys.sql_expression_dependencies ORDER BY OBJECT_NAME(referencing_id), referenced_entity_name
----
dep_f	OBJECT_OR_COLUMN	NULL	NULL	-	dep_t	dep_t
dep_p	OBJECT_OR_COLUMN	NULL	NULL	dbo	dep_f	dep_f
dep_p	OBJECT_OR_COLUMN	NULL	NULL	-	NULL	dep_missing
dep_p	OBJECT_OR_COLUMN	NULL	NULL	-	NULL	dep_other
dep_p	OBJECT_OR_COLUMN	NULL	NULL	-	dep_t	dep_t
dep_p	OBJECT_OR_COLUMN	NULL	NULL	-	dep_v	dep_v
dep_v	OBJECT_OR_COLUMN	NULL	NULL	dbo	dep_t	dep_t
dep_v	OBJECT_OR_COLUMN	NULL	NULL	sales	orders	orders

query IIIII
SELECT COUNT(*), SUM(CAST(is_schema_bound_reference AS int)), SUM(referenced_minor_id), SUM(CAST(is_ambiguous AS int)),
  SUM(CAST(is_caller_dependent AS int))
FROM sys.sql_expression_dependencies
----
8	0	0	0	0

describe
SELECT * FROM sys.sql_expression_dependencies
----
referencing_id	int	NOT NULL
referencing_minor_id	int	NOT NULL
referencing_class	tinyint	NULL
referencing_class_desc	nvarchar(60)	NULL
is_schema_bound_reference	bit	NOT NULL
referenced_class	tinyint	NULL
referenced_class_desc	nvarchar(60)	NULL
referenced_server_name	nvarchar(128)	NULL
referenced_database_name	nvarchar(128)	NULL
referenced_schema_name	nvarchar(128)	NULL
referenced_entity_name	nvarchar(128)	NULL
referenced_id	int	NULL
referenced_minor_id	int	NOT NULL
is_caller_dependent	bit	NOT NULL
is_ambiguous	bit	NOT NULL

# The deferred reference resolves once the object exists; a dropped one loses its id.
statement ok
CREATE PROCEDURE dep_other AS SELECT 1

statement ok
DROP VIEW dep_v

query TTI
SELECT OBJECT_NAME(referencing_id), referenced_entity_name, CASE WHEN referenced_id IS NULL THEN 0 ELSE 1 END
FROM sys.sql_expression_dependencies WHERE referencing_id = OBJECT_ID('dep_p') ORDER BY referenced_entity_name
----
dep_p	dep_f	1
dep_p	dep_missing	0
dep_p	dep_other	1
dep_p	dep_t	1
dep_p	dep_v	0

query TTIIII rowsort
SELECT OBJECT_NAME(object_id), OBJECT_NAME(referenced_major_id), referenced_minor_id, CAST(is_selected AS int),
  CAST(is_updated AS int), CAST(is_select_all AS int)
FROM sys.sql_dependencies
----
dep_f	dep_t	3	1	0	0
dep_p	dep_f	0	1	0	0
dep_p	dep_other	0	0	0	0
dep_p	dep_t	1	1	0	0
dep_p	dep_t	3	1	1	0
