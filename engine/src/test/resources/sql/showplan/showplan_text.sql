# SET SHOWPLAN_TEXT and SHOWPLAN_ALL: statements are compiled, not run; each shows its text, then
# its operators in SQL Server's names.
statement ok
CREATE TABLE sp_t (id int PRIMARY KEY, name varchar(20), qty int)

statement ok
CREATE INDEX ix_sp_t_name ON sp_t (name)

statement ok
INSERT INTO sp_t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40)

statement ok
CREATE TABLE sp_heap (k int, v int)

# The SET SHOWPLAN statement must be alone in its batch.
statement error 1067
SET SHOWPLAN_TEXT ON
SELECT 1
----
error 1067: The SET SHOWPLAN statements must be the only statements in the batch.

statement error 1067
SELECT 1
SET SHOWPLAN_ALL ON
----
error 1067: The SET SHOWPLAN statements must be the only statements in the batch.

statement ok
SET SHOWPLAN_TEXT ON

query T
SELECT id, name FROM sp_t WHERE id = 2
----
SELECT id, name FROM sp_t WHERE id = 2
  |--Filter(WHERE:(id = 2))
       |--Clustered Index Seek(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([master].[dbo].[sp_t].[id]=2) ORDERED FORWARD)

query T
SELECT * FROM sp_t
----
SELECT * FROM sp_t
  |--Clustered Index Scan(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]))

query T
SELECT * FROM sp_heap WHERE v > 3
----
SELECT * FROM sp_heap WHERE v > 3
  |--Filter(WHERE:(v > 3))
       |--Table Scan(OBJECT:([master].[dbo].[sp_heap]))

query T
SELECT qty FROM sp_t WHERE name = 'b'
----
SELECT qty FROM sp_t WHERE name = 'b'
  |--Filter(WHERE:(name = 'b'))
       |--Nested Loops(Inner Join)
            |--Index Seek(OBJECT:([master].[dbo].[sp_t].[ix_sp_t_name]), SEEK:([master].[dbo].[sp_t].[name]='b') ORDERED FORWARD)
            |--Key Lookup(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([PK1000]) LOOKUP ORDERED FORWARD)

query T
SELECT name, COUNT(*) FROM sp_t GROUP BY name ORDER BY name
----
SELECT name, COUNT(*) FROM sp_t GROUP BY name ORDER BY name
  |--Sort(ORDER BY:([name] ASC))
       |--Hash Match(Aggregate, HASH:(name), DEFINE:([Expr1002]=COUNT(*)))
            |--Clustered Index Scan(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]))

query T
SELECT TOP 2 a.id, b.k FROM sp_t a JOIN sp_heap b ON a.qty = b.v
----
SELECT TOP 2 a.id, b.k FROM sp_t a JOIN sp_heap b ON a.qty = b.v
  |--Top(TOP EXPRESSION:(2))
       |--Hash Match(Inner Join, HASH:([qty])=([v]), RESIDUAL:(qty = v))
            |--Clustered Index Scan(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]))
            |--Table Scan(OBJECT:([master].[dbo].[sp_heap]))

# Not run: the rows stay.
query T
DELETE FROM sp_t WHERE id = 1
----
DELETE FROM sp_t WHERE id = 1
  |--Clustered Index Delete(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), OBJECT:([master].[dbo].[sp_t].[ix_sp_t_name]))
       |--Filter(WHERE:(id = 1))
            |--Clustered Index Seek(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([master].[dbo].[sp_t].[id]=1) ORDERED FORWARD)

query T
UPDATE sp_t SET qty = qty + 1 WHERE id > 2
----
UPDATE sp_t SET qty = qty + 1 WHERE id > 2
  |--Clustered Index Update(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SET:([master].[dbo].[sp_t].[qty] = qty + 1))
       |--Filter(WHERE:(id > 2))
            |--Clustered Index Seek(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([master].[dbo].[sp_t].[id] > 2) ORDERED FORWARD)

query T
INSERT INTO sp_heap VALUES (1, 2)
----
INSERT INTO sp_heap VALUES (1, 2)
  |--Table Insert(OBJECT:([master].[dbo].[sp_heap]), SET:([master].[dbo].[sp_heap].[k] = [k],[master].[dbo].[sp_heap].[v] = [v]))
       |--Constant Scan

# MERGE: a Clustered Index Merge over the join of the target's read and the source.
query T
MERGE sp_t AS t USING sp_heap AS s ON t.id = s.k WHEN MATCHED THEN DELETE;
----
MERGE sp_t AS t USING sp_heap AS s ON t.id = s.k WHEN MATCHED THEN DELETE
  |--Clustered Index Merge(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), OBJECT:([master].[dbo].[sp_t].[ix_sp_t_name]))
       |--Hash Match(Inner Join, HASH:([id])=([k]), RESIDUAL:(id = k))
            |--Clustered Index Seek(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([master].[dbo].[sp_t].[id]=k) ORDERED FORWARD)
            |--Compute Scalar(DEFINE:([Expr1001]=1))
                 |--Table Scan(OBJECT:([master].[dbo].[sp_heap]))

# SET statements run (and show nothing); the others only show.
query T
DECLARE @x int = 5
SET NOCOUNT ON
IF @x > 1 SELECT @x + 1
----
DECLARE @x int = 5
IF @x > 1
SELECT @x + 1
  |--Compute Scalar(DEFINE:([Expr1001]=@x + 1))
       |--Constant Scan

statement ok
SET NOCOUNT OFF

# A missing table: the statement's error, as when it runs.
statement error 208
SELECT * FROM sp_missing
----
error 208: Invalid object name 'sp_missing'.

statement ok
SET SHOWPLAN_TEXT OFF

query IT rowsort
SELECT id, name FROM sp_t
----
1	a
2	b
3	c
4	d

query I
SELECT COUNT(*) FROM sp_heap
----
0

statement ok
SET SHOWPLAN_ALL ON

query TIIITTTTRRRIRTTTIR
SELECT id, name FROM sp_t WHERE id = 2
----
SELECT id, name FROM sp_t WHERE id = 2	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00328358	NULL	NULL	SELECT	0	NULL
  |--Filter(WHERE:(id = 2))	1	2	1	Filter	Filter	WHERE:(id = 2)	NULL	1	0	0.00000048	25	0.00328358	[id], [name], [qty]	NULL	PLAN_ROW	0	1
       |--Clustered Index Seek(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([master].[dbo].[sp_t].[id]=2) ORDERED FORWARD)	1	3	2	Clustered Index Seek	Clustered Index Seek	OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]), SEEK:([master].[dbo].[sp_t].[id]=2) ORDERED FORWARD	NULL	1	0.003125	0.0001581	25	0.0032831	[master].[dbo].[sp_t].[id], [master].[dbo].[sp_t].[name], [master].[dbo].[sp_t].[qty]	NULL	PLAN_ROW	0	1

statement ok
SET SHOWPLAN_ALL OFF

statement ok
SET SHOWPLAN_TEXT ON

query T
SELECT id FROM sp_t UNION ALL SELECT k FROM sp_heap ORDER BY 1 OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY
----
SELECT id FROM sp_t UNION ALL SELECT k FROM sp_heap ORDER BY 1 OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY
  |--Top(OFFSET EXPRESSION:(1), TOP EXPRESSION:(2))
       |--Sort(ORDER BY:([id] ASC))
            |--Concatenation
                 |--Clustered Index Scan(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]))
                 |--Table Scan(OBJECT:([master].[dbo].[sp_heap]))

query T
SELECT DISTINCT name FROM sp_t
----
SELECT DISTINCT name FROM sp_t
  |--Hash Match(Flow Distinct)
       |--Clustered Index Scan(OBJECT:([master].[dbo].[sp_t].[PK__sp_t__000002748A627029]))

query T
SELECT COUNT(*) FROM sp_heap
----
SELECT COUNT(*) FROM sp_heap
  |--Stream Aggregate(DEFINE:([Expr1001]=COUNT(*)))
       |--Table Scan(OBJECT:([master].[dbo].[sp_heap]))

statement ok
SET SHOWPLAN_TEXT OFF
