# Every kind of module and reference: triggers, inline and multi-statement functions, sequences,
# common table expressions, temporary tables and table variables (never dependencies), other databases.
statement ok
CREATE TABLE mk_t (id int PRIMARY KEY, v int)

statement ok
CREATE TABLE mk_log (id int, at_v int)

statement ok
CREATE SEQUENCE mk_seq START WITH 1

statement ok
CREATE TRIGGER mk_trg ON mk_t AFTER INSERT AS INSERT INTO mk_log (id, at_v) SELECT i.id, i.v FROM inserted AS i

statement ok
CREATE FUNCTION mk_inline (@v int) RETURNS TABLE AS RETURN (SELECT t.id FROM dbo.mk_t AS t WHERE t.v > @v)

statement ok
CREATE FUNCTION mk_multi () RETURNS @r TABLE (id int) AS
BEGIN
  INSERT INTO @r SELECT id FROM mk_inline(0) UNION ALL SELECT value FROM GENERATE_SERIES(1, 2);
  RETURN;
END

statement ok
CREATE PROCEDURE mk_proc AS
BEGIN
  CREATE TABLE #work (n int);
  DECLARE @tv TABLE (n int);
  WITH c AS (SELECT id FROM mk_t) SELECT c.id FROM c;
  SELECT NEXT VALUE FOR dbo.mk_seq;
  SELECT * FROM otherdb.dbo.far_away;
  SELECT * FROM #work;
  INSERT INTO @tv SELECT n FROM #work;
  EXEC sp_executesql N'SELECT 1';
END

query TTTTT rowsort
SELECT OBJECT_NAME(referencing_id), ISNULL(referenced_database_name, '-'), ISNULL(referenced_schema_name, '-'),
  referenced_entity_name, ISNULL(OBJECT_NAME(referenced_id), 'null')
FROM sys.sql_expression_dependencies
----
mk_inline	-	dbo	mk_t	mk_t
mk_multi	-	-	mk_inline	mk_inline
mk_proc	-	-	mk_t	mk_t
mk_proc	-	dbo	mk_seq	mk_seq
mk_proc	otherdb	dbo	far_away	null
mk_trg	-	-	mk_log	mk_log

# A trigger's inserted and deleted are no objects; its INSERT column list is what it updates.
query TTIII rowsort
SELECT referenced_entity_name, ISNULL(referenced_minor_name, '-'), CAST(is_selected AS int), CAST(is_updated AS int),
  CAST(is_select_all AS int)
FROM sys.dm_sql_referenced_entities('dbo.mk_trg', 'OBJECT')
----
mk_log	-	0	1	0
mk_log	at_v	0	1	0
mk_log	id	0	1	0

query TT rowsort
EXEC sp_depends 'mk_t'
----
dbo.mk_inline	inline function
dbo.mk_proc	stored procedure

# ALTER changes what a module references.
statement ok
ALTER PROCEDURE mk_proc AS SELECT v FROM mk_t

query TT
SELECT referenced_entity_name, ISNULL(referenced_minor_name, '-') FROM sys.dm_sql_referenced_entities('mk_proc', 'OBJECT')
----
mk_t	-
mk_t	v
