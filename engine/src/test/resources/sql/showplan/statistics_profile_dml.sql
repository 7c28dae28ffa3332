# SET STATISTICS PROFILE: after an INSERT, UPDATE, DELETE or MERGE, SHOWPLAN_ALL's rows after
# Rows and Executes (what each operator returned, how many times it ran).
statement ok
CREATE TABLE spd (id int PRIMARY KEY, v int)

statement ok
CREATE TABLE spd_heap (k int, v int CHECK (v < 100))

statement ok
INSERT INTO spd VALUES (1, 1), (2, 2), (3, 3)

statement ok
SET STATISTICS PROFILE ON

query IITIIITTTTRRRIRTTTIR
UPDATE spd SET v = 0 WHERE v > 1
----
2	1	UPDATE spd SET v = 0 WHERE v > 1	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00641274	NULL	NULL	UPDATE	0	NULL
2	1	  |--Clustered Index Update(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0))	1	2	1	Clustered Index Update	Update	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0)	NULL	1	0.003125	0.000001	7	0.00641274	NULL	NULL	PLAN_ROW	0	1
2	1	       |--Filter(WHERE:(v > 1))	1	3	2	Filter	Filter	WHERE:(v > 1)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
3	1	            |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	4	3	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1

query IITIIITTTTRRRIRTTTIR
DELETE FROM spd WHERE id = 3
----
1	1	DELETE FROM spd WHERE id = 3	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00640958	NULL	NULL	DELETE	0	NULL
1	1	  |--Clustered Index Delete(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	2	1	Clustered Index Delete	Delete	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	1	0.003125	0.000001	7	0.00640958	NULL	NULL	PLAN_ROW	0	1
1	1	       |--Filter(WHERE:(id = 3))	1	3	2	Filter	Filter	WHERE:(id = 3)	NULL	1	0	0.00000048	15	0.00328358	[id], [v]	NULL	PLAN_ROW	0	1
1	1	            |--Clustered Index Seek(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SEEK:([master].[dbo].[spd].[id]=3) ORDERED FORWARD)	1	4	3	Clustered Index Seek	Clustered Index Seek	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SEEK:([master].[dbo].[spd].[id]=3) ORDERED FORWARD	NULL	1	0.003125	0.0001581	15	0.0032831	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1

# A heap is a Table Insert; its CHECK constraint an Assert above it.
query IITIIITTTTRRRIRTTTIR
INSERT INTO spd_heap VALUES (1, 10), (2, 20)
----
2	1	INSERT INTO spd_heap VALUES (1, 10), (2, 20)	1	1	0	NULL	NULL	NULL	NULL	2	NULL	NULL	NULL	0.00313016	NULL	NULL	INSERT	0	NULL
2	1	  |--Assert(WHERE:(CASE WHEN NOT (v < 100) THEN (0) ELSE NULL END))	1	2	1	Assert	Assert	WHERE:(CASE WHEN NOT (v < 100) THEN (0) ELSE NULL END)	NULL	2	0	0.00000096	7	0.00313016	NULL	NULL	PLAN_ROW	0	1
2	1	       |--Table Insert(OBJECT:([master].[dbo].[spd_heap]), SET:([master].[dbo].[spd_heap].[k] = [k],[master].[dbo].[spd_heap].[v] = [v]))	1	3	2	Table Insert	Insert	OBJECT:([master].[dbo].[spd_heap]), SET:([master].[dbo].[spd_heap].[k] = [k],[master].[dbo].[spd_heap].[v] = [v])	NULL	2	0.003125	0.000002	7	0.0031292	NULL	NULL	PLAN_ROW	0	1
2	1	            |--Constant Scan	1	4	3	Constant Scan	Constant Scan	NULL	NULL	2	0	0.0000022	15	0.0000022	[k], [v]	NULL	PLAN_ROW	0	1

# MERGE with a key seek per source row: the seek ran twice, found one row.
query IITIIITTTTRRRIRTTTIR
MERGE spd AS t USING (VALUES (1, 5), (7, 7)) AS s (id, v) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v);
----
2	1	MERGE spd AS t USING (VALUES (1, 5), (7, 7)) AS s (id, v) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)	1	1	0	NULL	NULL	NULL	NULL	2	NULL	NULL	NULL	0.0241303	NULL	NULL	MERGE	0	NULL
2	1	  |--Clustered Index Merge(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	2	1	Clustered Index Merge	Merge	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	2	0.003125	0.000002	7	0.0241303	NULL	NULL	PLAN_ROW	0	1
2	1	       |--Hash Match(Right Outer Join, HASH:([id])=([id]), RESIDUAL:(id = id))	1	3	2	Hash Match	Right Outer Join	HASH:([id])=([id]), RESIDUAL:(id = id)	NULL	2	0	0.0177174	31	0.0210033	[id], [v], [Expr1001], [id], [v], [Expr1002]	NULL	PLAN_ROW	0	1
1	2	            |--Clustered Index Seek(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SEEK:([master].[dbo].[spd].[id]=id) ORDERED FORWARD)	1	4	3	Clustered Index Seek	Clustered Index Seek	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SEEK:([master].[dbo].[spd].[id]=id) ORDERED FORWARD	NULL	1	0.003125	0.0001581	15	0.0032831	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1
2	1	            |--Compute Scalar(DEFINE:([Expr1001]=1))	1	5	3	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=1)	[Expr1001]=1	2	0	0.0000002	19	0.0000028	[id], [v], [Expr1001]	NULL	PLAN_ROW	0	1
2	1	                 |--Concatenation	1	6	5	Concatenation	Concatenation	NULL	NULL	2	0	0.0000002	15	0.0000026	[Expr1001], [Expr1002]	NULL	PLAN_ROW	0	1
1	1	                      |--Compute Scalar(DEFINE:([Expr1001]=1, [Expr1002]=5))	1	7	6	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=1, [Expr1002]=5)	[Expr1001]=1, [Expr1002]=5	1	0	0.0000001	15	0.0000012	[Expr1001], [Expr1002]	NULL	PLAN_ROW	0	1
1	1	                      |    |--Constant Scan	1	8	7	Constant Scan	Constant Scan	NULL	NULL	1	0	0.0000011	7	0.0000011	NULL	NULL	PLAN_ROW	0	1
1	1	                      |--Compute Scalar(DEFINE:([Expr1001]=7, [Expr1002]=7))	1	9	6	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=7, [Expr1002]=7)	[Expr1001]=7, [Expr1002]=7	1	0	0.0000001	15	0.0000012	[Expr1001], [Expr1002]	NULL	PLAN_ROW	0	1
1	1	                           |--Constant Scan	1	10	9	Constant Scan	Constant Scan	NULL	NULL	1	0	0.0000011	7	0.0000011	NULL	NULL	PLAN_ROW	0	1

# A WHILE condition that reads a table: its plan after each evaluation, the body's in between.
query IITIIITTTTRRRIRTTTIR
WHILE EXISTS (SELECT 1 FROM spd WHERE v > 0) UPDATE TOP (1) spd SET v = 0 WHERE v > 0
----
1	1	WHILE EXISTS (SELECT 1 FROM spd WHERE v > 0)	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.003292277	NULL	NULL	COND WITH QUERY	0	NULL
1	1	  |--Compute Scalar(DEFINE:([Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END))	1	2	1	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END)	[Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END	1	0	0.0000001	15	0.003292277	[Expr1001]	NULL	PLAN_ROW	0	1
1	1	       |--Nested Loops(Left Semi Join, PROBE:([Expr1002]))	1	3	2	Nested Loops	Left Semi Join	PROBE:([Expr1002])	NULL	1	0	0.00000418	15	0.003292177	[Expr1002]	NULL	PLAN_ROW	0	1
1	1	            |--Constant Scan	1	4	3	Constant Scan	Constant Scan	NULL	NULL	1	0	0.000001157	7	0.000001157	NULL	NULL	PLAN_ROW	0	1
1	1	            |--Compute Scalar(DEFINE:([Expr1001]=1))	1	5	3	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=1)	[Expr1001]=1	1	0	0.0000001	11	0.00328684	[Expr1001]	NULL	PLAN_ROW	0	1
1	1	                 |--Filter(WHERE:(v > 0))	1	6	5	Filter	Filter	WHERE:(v > 0)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
1	1	                      |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	7	6	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1
1	1	UPDATE TOP (1) spd SET v = 0 WHERE v > 0	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00641274	NULL	NULL	UPDATE	0	NULL
1	1	  |--Clustered Index Update(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0))	1	2	1	Clustered Index Update	Update	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0)	NULL	1	0.003125	0.000001	7	0.00641274	NULL	NULL	PLAN_ROW	0	1
1	1	       |--Filter(WHERE:(v > 0))	1	3	2	Filter	Filter	WHERE:(v > 0)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
1	1	            |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	4	3	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1
1	1	WHILE EXISTS (SELECT 1 FROM spd WHERE v > 0)	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.003292277	NULL	NULL	COND WITH QUERY	0	NULL
1	1	  |--Compute Scalar(DEFINE:([Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END))	1	2	1	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END)	[Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END	1	0	0.0000001	15	0.003292277	[Expr1001]	NULL	PLAN_ROW	0	1
1	1	       |--Nested Loops(Left Semi Join, PROBE:([Expr1002]))	1	3	2	Nested Loops	Left Semi Join	PROBE:([Expr1002])	NULL	1	0	0.00000418	15	0.003292177	[Expr1002]	NULL	PLAN_ROW	0	1
1	1	            |--Constant Scan	1	4	3	Constant Scan	Constant Scan	NULL	NULL	1	0	0.000001157	7	0.000001157	NULL	NULL	PLAN_ROW	0	1
1	1	            |--Compute Scalar(DEFINE:([Expr1001]=1))	1	5	3	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=1)	[Expr1001]=1	1	0	0.0000001	11	0.00328684	[Expr1001]	NULL	PLAN_ROW	0	1
1	1	                 |--Filter(WHERE:(v > 0))	1	6	5	Filter	Filter	WHERE:(v > 0)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
3	1	                      |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	7	6	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1
1	1	UPDATE TOP (1) spd SET v = 0 WHERE v > 0	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00641274	NULL	NULL	UPDATE	0	NULL
1	1	  |--Clustered Index Update(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0))	1	2	1	Clustered Index Update	Update	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0)	NULL	1	0.003125	0.000001	7	0.00641274	NULL	NULL	PLAN_ROW	0	1
1	1	       |--Filter(WHERE:(v > 0))	1	3	2	Filter	Filter	WHERE:(v > 0)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
3	1	            |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	4	3	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1
1	1	WHILE EXISTS (SELECT 1 FROM spd WHERE v > 0)	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.003292277	NULL	NULL	COND WITH QUERY	0	NULL
1	1	  |--Compute Scalar(DEFINE:([Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END))	1	2	1	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END)	[Expr1001]=CASE WHEN EXISTS (SELECT 1 FROM spd WHERE v > 0) THEN (1) ELSE (0) END	1	0	0.0000001	15	0.003292277	[Expr1001]	NULL	PLAN_ROW	0	1
1	1	       |--Nested Loops(Left Semi Join, PROBE:([Expr1002]))	1	3	2	Nested Loops	Left Semi Join	PROBE:([Expr1002])	NULL	1	0	0.00000418	15	0.003292177	[Expr1002]	NULL	PLAN_ROW	0	1
1	1	            |--Constant Scan	1	4	3	Constant Scan	Constant Scan	NULL	NULL	1	0	0.000001157	7	0.000001157	NULL	NULL	PLAN_ROW	0	1
0	1	            |--Compute Scalar(DEFINE:([Expr1001]=1))	1	5	3	Compute Scalar	Compute Scalar	DEFINE:([Expr1001]=1)	[Expr1001]=1	1	0	0.0000001	11	0.00328684	[Expr1001]	NULL	PLAN_ROW	0	1
0	1	                 |--Filter(WHERE:(v > 0))	1	6	5	Filter	Filter	WHERE:(v > 0)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
3	1	                      |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	7	6	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1

statement ok
SET STATISTICS PROFILE OFF

query II rowsort
SELECT id, v FROM spd
----
1	0
2	0
7	0
