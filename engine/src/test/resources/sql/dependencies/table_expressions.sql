# Computed columns, CHECK and DEFAULT constraints: schema-bound references to their table's columns and functions.
statement ok
CREATE FUNCTION dbo.te_double (@x int) RETURNS int AS BEGIN RETURN @x * 2 END

statement ok
CREATE TABLE te (id int PRIMARY KEY, a int, b int CONSTRAINT te_b_pos CHECK (b > 0),
  c AS dbo.te_double(a) + b, d int CONSTRAINT te_d_def DEFAULT (dbo.te_double(3)))

query TITIITI rowsort
SELECT CASE WHEN referencing_id = OBJECT_ID('te') THEN 'te' ELSE OBJECT_NAME(referencing_id) END,
  referencing_minor_id, referenced_entity_name, CAST(is_schema_bound_reference AS int), referenced_minor_id,
  OBJECT_NAME(referenced_id), CAST(is_caller_dependent AS int)
FROM sys.sql_expression_dependencies
WHERE referenced_id IN (OBJECT_ID('te'), OBJECT_ID('te_double'))
----
te	4	te	1	2	te	0
te	4	te	1	3	te	0
te	4	te_double	1	0	te_double	0
te_b_pos	0	te	1	3	te	0
te_d_def	0	te_double	1	0	te_double	0

query TTIII rowsort
SELECT class_desc, OBJECT_NAME(referenced_major_id), referenced_minor_id, column_id, CAST(is_selected AS int)
FROM sys.sql_dependencies WHERE object_id = OBJECT_ID('te')
----
OBJECT_OR_COLUMN_REFERENCE_SCHEMA_BOUND	te	2	4	1
OBJECT_OR_COLUMN_REFERENCE_SCHEMA_BOUND	te	3	4	1
OBJECT_OR_COLUMN_REFERENCE_SCHEMA_BOUND	te_double	0	4	1

query TT
SELECT referencing_schema_name, referencing_entity_name FROM sys.dm_sql_referencing_entities('dbo.te_double', 'OBJECT')
----
dbo	te

# A table's own expressions do not make it reference itself.
query I
SELECT COUNT(*) FROM sys.dm_sql_referencing_entities('dbo.te', 'OBJECT')
----
0

# For a table, dm_sql_referenced_entities lists what its computed columns use.
query ITTII rowsort
SELECT referencing_minor_id, referenced_entity_name, ISNULL(referenced_minor_name, '-'), referenced_minor_id,
  CAST(is_selected AS int)
FROM sys.dm_sql_referenced_entities('dbo.te', 'OBJECT')
----
4	te	-	0	1
4	te	a	2	1
4	te	b	3	1
4	te_double	-	0	1
