# Table hints that choose an index: INDEX(name|id, …), INDEX(0), INDEX(1), FORCESEEK [(ix (cols))]
# and FORCESCAN are followed by the planner. The results never change, only the plan.

statement ok
CREATE TABLE ih (id int CONSTRAINT pk_ih PRIMARY KEY, a int, b int, c varchar(10))

statement ok
CREATE INDEX ix_ih_a ON ih (a)

statement ok
CREATE INDEX ix_ih_ab ON ih (a, b) INCLUDE (c)

statement ok
CREATE INDEX ix_ih_b ON ih (b) WHERE b > 100

statement ok
CREATE TABLE ih_heap (k int, v int)

statement ok
CREATE INDEX ix_ih_heap_k ON ih_heap (k)

statement ok
INSERT INTO ih VALUES (1, 10, 100, 'x'), (2, 20, 200, 'y'), (3, 30, 300, 'z'), (4, 20, 400, 'w')

statement ok
INSERT INTO ih_heap VALUES (1, 10), (2, 20), (3, 30)

# The same rows whatever the hint.
query I rowsort
SELECT id FROM ih WITH (INDEX(ix_ih_a)) WHERE a = 20
----
2
4

query I rowsort
SELECT id FROM ih WITH (INDEX(0)) WHERE a = 20
----
2
4

query I rowsort
SELECT id FROM ih WITH (FORCESCAN) WHERE a = 20
----
2
4

query I rowsort
SELECT id FROM ih WITH (FORCESEEK) WHERE a = 20
----
2
4

query I rowsort
SELECT id FROM ih WITH (FORCESEEK (ix_ih_ab (a, b))) WHERE a = 20 AND b >= 300
----
4

query I rowsort
SELECT id FROM ih WITH (INDEX(ix_ih_b)) WHERE b > 250
----
3
4

query IT
SELECT id, c FROM ih WITH (INDEX = ix_ih_a) ORDER BY id
----
1	x
2	y
3	z
4	w

query IT
SELECT id, c FROM ih AS t WITH (INDEX = (3), NOLOCK) WHERE t.a > 15 ORDER BY id
----
2	y
3	z
4	w

statement ok
SET SHOWPLAN_TEXT ON

# Without a hint the primary key is sought; INDEX(ix) seeks the hinted index instead.
query T
SELECT id FROM ih WHERE id = 2 AND a = 20
----
SELECT id FROM ih WHERE id = 2 AND a = 20
  |--Filter(WHERE:(id = 2 AND a = 20))
       |--Clustered Index Seek(OBJECT:([master].[dbo].[ih].[pk_ih]), SEEK:([master].[dbo].[ih].[id]=2) ORDERED FORWARD)

query T
SELECT id FROM ih WITH (INDEX(ix_ih_a)) WHERE id = 2 AND a = 20
----
SELECT id FROM ih WITH (INDEX(ix_ih_a)) WHERE id = 2 AND a = 20
  |--Filter(WHERE:(id = 2 AND a = 20))
       |--Index Seek(OBJECT:([master].[dbo].[ih].[ix_ih_a]), SEEK:([master].[dbo].[ih].[a]=20) ORDERED FORWARD)

# No predicate to seek: an ordered scan of the hinted index, a key lookup for the other columns.
query T
SELECT c FROM ih WITH (INDEX(ix_ih_a))
----
SELECT c FROM ih WITH (INDEX(ix_ih_a))
  |--Nested Loops(Inner Join)
       |--Index Scan(OBJECT:([master].[dbo].[ih].[ix_ih_a]) ORDERED FORWARD)
       |--Key Lookup(OBJECT:([master].[dbo].[ih].[pk_ih]), SEEK:([PK1000]) LOOKUP ORDERED FORWARD)

# By id: 2 is ix_ih_a; a covering index needs no lookup.
query T
SELECT a FROM ih WITH (INDEX(2)) WHERE b = 1
----
SELECT a FROM ih WITH (INDEX(2)) WHERE b = 1
  |--Filter(WHERE:(b = 1))
       |--Nested Loops(Inner Join)
            |--Index Scan(OBJECT:([master].[dbo].[ih].[ix_ih_a]) ORDERED FORWARD)
            |--Key Lookup(OBJECT:([master].[dbo].[ih].[pk_ih]), SEEK:([PK1000]) LOOKUP ORDERED FORWARD)

query T
SELECT a, c FROM ih WITH (INDEX(ix_ih_ab))
----
SELECT a, c FROM ih WITH (INDEX(ix_ih_ab))
  |--Index Scan(OBJECT:([master].[dbo].[ih].[ix_ih_ab]) ORDERED FORWARD)

# INDEX(0) and FORCESCAN scan although a seek was possible; INDEX(1) is the clustered index.
query T
SELECT id FROM ih WITH (INDEX(0)) WHERE id = 2
----
SELECT id FROM ih WITH (INDEX(0)) WHERE id = 2
  |--Filter(WHERE:(id = 2))
       |--Clustered Index Scan(OBJECT:([master].[dbo].[ih].[pk_ih]))

query T
SELECT id FROM ih WITH (FORCESCAN) WHERE a = 20
----
SELECT id FROM ih WITH (FORCESCAN) WHERE a = 20
  |--Filter(WHERE:(a = 20))
       |--Clustered Index Scan(OBJECT:([master].[dbo].[ih].[pk_ih]))

query T
SELECT id FROM ih WITH (INDEX(1)) WHERE id = 2 AND a = 20
----
SELECT id FROM ih WITH (INDEX(1)) WHERE id = 2 AND a = 20
  |--Filter(WHERE:(id = 2 AND a = 20))
       |--Clustered Index Seek(OBJECT:([master].[dbo].[ih].[pk_ih]), SEEK:([master].[dbo].[ih].[id]=2) ORDERED FORWARD)

query T
SELECT k FROM ih_heap WITH (INDEX(0)) WHERE k = 2
----
SELECT k FROM ih_heap WITH (INDEX(0)) WHERE k = 2
  |--Filter(WHERE:(k = 2))
       |--Table Scan(OBJECT:([master].[dbo].[ih_heap]))

# FORCESEEK takes a seek of any index; with an index and columns, of that one on those columns.
query T
SELECT id FROM ih WITH (FORCESEEK) WHERE a = 20
----
SELECT id FROM ih WITH (FORCESEEK) WHERE a = 20
  |--Filter(WHERE:(a = 20))
       |--Index Seek(OBJECT:([master].[dbo].[ih].[ix_ih_a]), SEEK:([master].[dbo].[ih].[a]=20) ORDERED FORWARD)

query T
SELECT id FROM ih WITH (FORCESEEK (ix_ih_ab (a, b))) WHERE a = 20 AND b >= 300
----
SELECT id FROM ih WITH (FORCESEEK (ix_ih_ab (a, b))) WHERE a = 20 AND b >= 300
  |--Filter(WHERE:(a = 20 AND b >= 300))
       |--Index Seek(OBJECT:([master].[dbo].[ih].[ix_ih_ab]), SEEK:([master].[dbo].[ih].[a]=20 AND [master].[dbo].[ih].[b] >= 300) ORDERED FORWARD)

# An IN list, IS NULL, LIKE 'prefix%' or an OR of equalities on a leading key column: SQL Server seeks
# them, Quern's seeks do not; it reads the index whole rather than fail (a leading wildcard is 8622).
statement ok
SET SHOWPLAN_TEXT OFF

query I rowsort
SELECT id FROM ih WITH (FORCESEEK) WHERE a IN (10, 30)
----
1
3

query I rowsort
SELECT id FROM ih WITH (FORCESEEK (ix_ih_a (a))) WHERE a = 10 OR a = 20 OR a IS NULL
----
1
2
4

statement ok
CREATE INDEX ix_ih_c ON ih (c)

query I
SELECT id FROM ih WITH (FORCESEEK) WHERE c LIKE 'y%'
----
2

statement error 8622
SELECT id FROM ih WITH (FORCESEEK) WHERE c LIKE '%y'
----
error 8622: Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query without specifying any hints and without using SET FORCEPLAN.

statement ok
DROP INDEX ix_ih_c ON ih

statement ok
SET SHOWPLAN_TEXT ON

# The hinted index gives an ORDER BY its order.
query T
SELECT TOP 2 id, a FROM ih WITH (INDEX(ix_ih_a)) ORDER BY a DESC
----
SELECT TOP 2 id, a FROM ih WITH (INDEX(ix_ih_a)) ORDER BY a DESC
  |--Top(TOP EXPRESSION:(2))
       |--Index Scan(OBJECT:([master].[dbo].[ih].[ix_ih_a]) ORDERED BACKWARD)

statement ok
SET SHOWPLAN_TEXT OFF

# The showplan marks the hints it followed.
statement ok
SELECT id FROM ih WITH (FORCESEEK) WHERE a = 30

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans cp CROSS APPLY sys.dm_exec_sql_text(cp.plan_handle) t CROSS APPLY sys.dm_exec_query_plan(cp.plan_handle) p WHERE t.text = 'SELECT id FROM ih WITH (FORCESEEK) WHERE a = 30' AND CAST(p.query_plan AS nvarchar(max)) LIKE '%ForcedIndex="0" ForceSeek="1" ForceScan="0"%'
----
1

statement ok
SELECT id FROM ih WITH (INDEX(ix_ih_a), FORCESCAN)

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans cp CROSS APPLY sys.dm_exec_sql_text(cp.plan_handle) t CROSS APPLY sys.dm_exec_query_plan(cp.plan_handle) p WHERE t.text = 'SELECT id FROM ih WITH (INDEX(ix_ih_a), FORCESCAN)' AND CAST(p.query_plan AS nvarchar(max)) LIKE '%ForcedIndex="1" ForceSeek="0" ForceScan="1"%ix_ih_a%'
----
1

# Errors: an index the table lacks, by name (308) or id (307); index 1 of a heap is none.
statement error 308
SELECT id FROM ih WITH (INDEX(ix_nope))
----
error 308: Index 'ix_nope' on table 'dbo.ih' (specified in the FROM clause) does not exist.

statement error 307
SELECT id FROM ih WITH (INDEX(9))
----
error 307: Index ID 9 on table 'dbo.ih' (specified in the FROM clause) does not exist.

statement error 307
SELECT k FROM ih_heap WITH (INDEX(1))
----
error 307: Index ID 1 on table 'dbo.ih_heap' (specified in the FROM clause) does not exist.

statement error 308
SELECT id FROM ih WITH (FORCESEEK (ix_nope (a)))
----
error 308: Index 'ix_nope' on table 'dbo.ih' (specified in the FROM clause) does not exist.

# Nothing to seek on under FORCESEEK: no plan (8622); INDEX(0) beside another index neither.
statement error 8622
SELECT id FROM ih WITH (FORCESEEK) WHERE c = 'x'
----
error 8622: Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query without specifying any hints and without using SET FORCEPLAN.

statement error 8622
SELECT id FROM ih WITH (FORCESEEK)
----
error 8622: Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query without specifying any hints and without using SET FORCEPLAN.

statement error 8622
SELECT id FROM ih WITH (FORCESEEK (ix_ih_ab (a, b))) WHERE a = 20
----
error 8622: Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query without specifying any hints and without using SET FORCEPLAN.

statement error 8622
SELECT id FROM ih WITH (INDEX(0, ix_ih_a))
----
error 8622: Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query without specifying any hints and without using SET FORCEPLAN.

# A filtered index lacks rows the query may ask for.
statement error 8622
SELECT id FROM ih WITH (INDEX(ix_ih_b)) WHERE b > 50
----
error 8622: Query processor could not produce a query plan because of the hints defined in this query. Resubmit the query without specifying any hints and without using SET FORCEPLAN.

# FORCESEEK's columns must be the index's leading key columns (365 too many, 362 another name).
statement error 365
SELECT id FROM ih WITH (FORCESEEK (ix_ih_a (a, b))) WHERE a = 1
----
error 365: The query processor could not produce a query plan because the FORCESEEK hint on table or view 'ih' specified more seek columns than the number of key columns in index 'ix_ih_a'.

statement error 362
SELECT id FROM ih AS x WITH (FORCESEEK (ix_ih_ab (b))) WHERE b = 1
----
error 362: The query processor could not produce a query plan because the name 'b' in the FORCESEEK hint on table or view 'ih' did not match the key column names of the index 'ix_ih_ab'.

statement error 10749
SELECT id FROM ih WITH (FORCESEEK (0 (id))) WHERE id = 1
----
error 10749: The FORCESEEK hint cannot be used with index 0. Correct the index provided to the FORCESEEK hint and resubmit the query.

# Hints that cannot stand together.
statement error 10746
SELECT id FROM ih WITH (FORCESEEK, FORCESCAN) WHERE id = 1
----
error 10746: The FORCESCAN hint is specified simultaneously with the FORCESEEK hint. Remove one of the hints and resubmit the query.

statement error 10747
SELECT id FROM ih WITH (INDEX(ix_ih_a), FORCESEEK (ix_ih_a (a))) WHERE a = 1
----
error 10747: The parameterized FORCESEEK hint cannot be simultaneously used with INDEX hints or a non-parameterized FORCESEEK hint on the same object. Use either INDEX hints and a non-parameterized FORCESEEK hint or use a parameterized FORCESEEK hint without INDEX hints for each table or view.

statement error 10750
SELECT id FROM ih WITH (INDEX(ix_ih_a, ix_ih_ab), FORCESCAN)
----
error 10750: The FORCESCAN hint cannot be used with more than one INDEX hint. Remove the extra INDEX hints and resubmit the query.

# The target of INSERT, UPDATE, DELETE or MERGE takes no index hint; its FROM occurrence does.
statement error 1069
UPDATE ih WITH (INDEX(ix_ih_a)) SET b = b WHERE a = 20
----
error 1069: Index hints are only allowed in a FROM or OPTION clause.

statement error 10724
DELETE FROM ih WITH (FORCESEEK) WHERE a = 20
----
error 10724: The FORCESEEK hint is not allowed for target tables of INSERT, UPDATE, or DELETE statements.

statement error 10745
INSERT INTO ih WITH (FORCESCAN) (id) VALUES (9)
----
error 10745: The FORCESCAN hint is not allowed for target tables of INSERT, UPDATE, or DELETE statements.

statement error 1069
MERGE ih WITH (INDEX(0)) AS t USING (SELECT 1 AS id) AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET b = t.b;
----
error 1069: Index hints are only allowed in a FROM or OPTION clause.

statement ok
UPDATE t SET b = t.b + 1 FROM ih AS t WITH (INDEX(ix_ih_a)) WHERE t.a = 20

query II rowsort
SELECT id, b FROM ih WITH (INDEX(ix_ih_a)) WHERE a = 20
----
2	201
4	401
