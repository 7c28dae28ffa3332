# MERGE: the upsert pattern, the sync pattern (delete by source), clause conditions, sources of every kind.
statement ok
CREATE TABLE stock (sku int PRIMARY KEY, qty int NOT NULL, note varchar(20) NULL)
CREATE TABLE incoming (sku int, qty int)
INSERT INTO stock VALUES (1, 10, NULL), (2, 20, NULL), (3, 30, NULL)
INSERT INTO incoming VALUES (2, 5), (4, 7)

# Upsert: matched rows are updated, the others inserted; the count is every row changed.
query I
MERGE INTO stock AS t
USING incoming AS s ON t.sku = s.sku
WHEN MATCHED THEN UPDATE SET qty = t.qty + s.qty, note = 'topped up'
WHEN NOT MATCHED THEN INSERT (sku, qty, note) VALUES (s.sku, s.qty, 'new');
SELECT @@ROWCOUNT
----
2

query IIT
SELECT sku, qty, note FROM stock ORDER BY sku
----
1	10	NULL
2	25	topped up
3	30	NULL
4	7	new

# Sync: NOT MATCHED BY SOURCE deletes the target rows the source lacks.
query IIT
MERGE stock t
USING (VALUES (1, 11), (2, 25), (5, 50)) AS s (sku, qty) ON t.sku = s.sku
WHEN MATCHED AND t.qty <> s.qty THEN UPDATE SET t.qty = s.qty, t.note = 'synced'
WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (s.sku, s.qty, 'added')
WHEN NOT MATCHED BY SOURCE THEN DELETE;
SELECT sku, qty, note FROM stock ORDER BY sku
----
1	11	synced
2	25	topped up
5	50	added

# Two WHEN MATCHED clauses (the first with AND) and two WHEN NOT MATCHED BY SOURCE clauses.
query IIT
INSERT INTO stock VALUES (6, 0, NULL), (7, 70, NULL)
MERGE stock AS t
USING (SELECT sku, qty FROM (VALUES (1, 0), (2, 3)) v (sku, qty)) AS s ON s.sku = t.sku
WHEN MATCHED AND s.qty = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET qty = s.qty
WHEN NOT MATCHED BY SOURCE AND t.qty = 0 THEN DELETE
WHEN NOT MATCHED BY SOURCE AND t.qty > 60 THEN UPDATE SET note = 'not in source';
SELECT sku, qty, note FROM stock ORDER BY sku
----
2	3	topped up
5	50	added
7	70	not in source

# A source row that meets no clause's condition does nothing.
query I
MERGE stock t USING (VALUES (2, 3)) s (sku, qty) ON t.sku = s.sku
WHEN MATCHED AND t.qty <> s.qty THEN UPDATE SET qty = s.qty;
SELECT @@ROWCOUNT
----
0

# The source a common table expression, a table variable, a temp table, a view.
query II
WITH s AS (SELECT 2 AS sku, 4 AS qty UNION ALL SELECT 8, 80)
MERGE stock t USING s ON t.sku = s.sku
WHEN MATCHED THEN UPDATE SET qty = s.qty
WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (s.sku, s.qty);
SELECT sku, qty FROM stock WHERE sku IN (2, 8) ORDER BY sku
----
2	4
8	80

query II
DECLARE @s TABLE (sku int, qty int)
INSERT INTO @s VALUES (8, 81)
MERGE stock USING @s AS s ON stock.sku = s.sku WHEN MATCHED THEN UPDATE SET qty = s.qty;
SELECT sku, qty FROM stock WHERE sku = 8
----
8	81

query II
CREATE TABLE #s (sku int, qty int)
INSERT INTO #s VALUES (8, 82)
MERGE stock USING #s s ON stock.sku = s.sku WHEN MATCHED THEN UPDATE SET qty = s.qty;
SELECT sku, qty FROM stock WHERE sku = 8
----
8	82

statement ok
CREATE VIEW big_incoming AS SELECT sku, qty * 100 AS qty FROM incoming

query II
MERGE stock USING big_incoming AS s ON stock.sku = s.sku WHEN MATCHED THEN UPDATE SET qty = s.qty;
SELECT sku, qty FROM stock WHERE sku = 2
----
2	500

# The target a temp table and a table variable; INSERT DEFAULT VALUES and DEFAULT in VALUES.
query II
CREATE TABLE #t (id int NULL, v int DEFAULT 42)
MERGE #t USING (VALUES (1)) s (x) ON 1 = 0 WHEN NOT MATCHED THEN INSERT DEFAULT VALUES;
MERGE #t USING (VALUES (7)) s (x) ON #t.id = s.x WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.x, DEFAULT);
SELECT id, v FROM #t ORDER BY id
----
NULL	42
7	42

query IT
DECLARE @t TABLE (id int PRIMARY KEY, name varchar(10))
INSERT INTO @t VALUES (1, 'one')
MERGE @t AS t USING (VALUES (1, 'uno'), (2, 'dos')) s (id, name) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET name = s.name
WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.name);
SELECT id, name FROM @t ORDER BY id
----
1	uno
2	dos

# TOP limits the rows acted on.
query I
CREATE TABLE nums (id int)
MERGE TOP (2) nums USING (VALUES (1), (2), (3)) s (id) ON nums.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id);
SELECT COUNT(*) FROM nums
----
2

query I
MERGE TOP (50) PERCENT nums USING (VALUES (4), (5), (6)) s (id) ON nums.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id);
SELECT COUNT(*) FROM nums
----
4

# OPTION (…) comes before the semicolon; with a recursive common table expression as the source.
query I
WITH r (id) AS (SELECT 10 UNION ALL SELECT id + 1 FROM r WHERE id < 12)
MERGE nums USING r ON nums.id = r.id WHEN NOT MATCHED THEN INSERT VALUES (r.id) OPTION (MAXRECURSION 5);
MERGE nums USING (VALUES (1)) s (id) ON nums.id = s.id WHEN MATCHED THEN DELETE OPTION (RECOMPILE);
SELECT COUNT(*) FROM nums
----
6
