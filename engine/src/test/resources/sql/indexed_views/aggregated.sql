# no-restart: a transaction spans blocks
# The classic aggregated indexed view: SUM and COUNT_BIG(*) per group, stored and kept current by
# every INSERT, UPDATE, DELETE and MERGE of its table, in the changing statement.
statement ok
CREATE TABLE dbo.iv_sales (id int PRIMARY KEY, region varchar(10) NOT NULL, amount decimal(9,2) NOT NULL, qty int NOT NULL)

statement ok
INSERT dbo.iv_sales VALUES (1, 'north', 10.00, 1), (2, 'south', 5.50, 2), (3, 'north', 2.25, 3)

statement ok
CREATE VIEW dbo.iv_totals WITH SCHEMABINDING AS
SELECT region, SUM(amount) AS total, SUM(qty) AS units, COUNT_BIG(*) AS n FROM dbo.iv_sales GROUP BY region

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_totals ON dbo.iv_totals (region)

query TRII rowsort
SELECT region, total, units, n FROM dbo.iv_totals WITH (NOEXPAND)
----
north	12.25	4	2
south	5.50	2	1

statement ok
INSERT dbo.iv_sales VALUES (4, 'east', 1.00, 1), (5, 'north', 0.75, 1)

statement ok
UPDATE dbo.iv_sales SET amount = amount + 1, region = 'south' WHERE id = 1

statement ok
DELETE dbo.iv_sales WHERE id = 4

query TRII rowsort
SELECT region, total, units, n FROM dbo.iv_totals WITH (NOEXPAND)
----
north	3.00	4	2
south	16.50	3	2

statement ok
MERGE dbo.iv_sales AS t USING (VALUES (2, 'west', 7.00, 7), (6, 'west', 1.00, 1)) AS s (id, region, amount, qty) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET region = s.region, amount = s.amount, qty = s.qty
WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.region, s.amount, s.qty);

query TRII rowsort
SELECT region, total, units, n FROM dbo.iv_totals WITH (NOEXPAND)
----
north	3.00	4	2
south	11.00	1	1
west	8.00	8	2

# The stored rows are what the view's query computes from the table now.
query TRII rowsort
SELECT region, SUM(amount), SUM(qty), COUNT_BIG(*) FROM dbo.iv_sales GROUP BY region
----
north	3.00	4	2
south	11.00	1	1
west	8.00	8	2

# A rolled-back transaction leaves the stored rows as they were.
statement ok
BEGIN TRANSACTION

statement ok
INSERT dbo.iv_sales VALUES (7, 'north', 100.00, 100)

statement ok
DELETE dbo.iv_sales WHERE region = 'west'

query TRII rowsort
SELECT region, total, units, n FROM dbo.iv_totals WITH (NOEXPAND)
----
north	103.00	104	3
south	11.00	1	1

statement ok
ROLLBACK

query TRII rowsort
SELECT region, total, units, n FROM dbo.iv_totals WITH (NOEXPAND)
----
north	3.00	4	2
south	11.00	1	1
west	8.00	8	2

# A seek on the index key.
query TRI
SELECT region, total, n FROM dbo.iv_totals WITH (NOEXPAND) WHERE region = 'west'
----
west	8.00	2

# A nonclustered index on the view, once it has its clustered one.
statement ok
CREATE NONCLUSTERED INDEX ix_totals_n ON dbo.iv_totals (n)

query TI
SELECT region, n FROM dbo.iv_totals WITH (NOEXPAND, INDEX(ix_totals_n)) WHERE n = 1
----
south	1

# Named without NOEXPAND, an indexed view is read from its stored rows too (as Developer and
# Enterprise editions match it), seeking on its clustered index.
statement ok
SET SHOWPLAN_TEXT ON

query T
SELECT region, total FROM dbo.iv_totals WHERE region = 'west'
----
SELECT region, total FROM dbo.iv_totals WHERE region = 'west'
  |--Filter(WHERE:(region = 'west'))
       |--Clustered Index Seek(OBJECT:([master].[dbo].[iv_totals].[ix_totals]), SEEK:([master].[dbo].[iv_totals].[region]='west') ORDERED FORWARD)

statement ok
SET SHOWPLAN_TEXT OFF

statement error 3729
TRUNCATE TABLE dbo.iv_sales
----
error 3729: Cannot TRUNCATE TABLE 'dbo.iv_sales' because it is being referenced by object 'iv_totals'.

# The hidden table is no table of the database's.
query I
SELECT COUNT(*) FROM sys.tables WHERE name LIKE '%iv_totals%'
----
0

# DROP INDEX of the clustered index drops the stored rows and the other indexes.
statement ok
DROP INDEX ix_totals ON dbo.iv_totals

statement error 8171
SELECT * FROM dbo.iv_totals WITH (NOEXPAND)

statement ok
TRUNCATE TABLE dbo.iv_sales

statement ok
DROP VIEW dbo.iv_totals

statement ok
DROP TABLE dbo.iv_sales
