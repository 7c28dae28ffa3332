# An indexed view's stored rows and indexes are durable: each block of this file also runs after a
# restart of the store (GoldenSqlRestartTest), and the view stays current and unique across it.
statement ok
CREATE TABLE dbo.ivd_stock (sku int PRIMARY KEY, shelf varchar(5) NOT NULL, qty int NOT NULL)

statement ok
CREATE VIEW dbo.ivd_shelves WITH SCHEMABINDING AS
SELECT shelf, SUM(qty) AS qty, COUNT_BIG(*) AS skus FROM dbo.ivd_stock GROUP BY shelf

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_shelves ON dbo.ivd_shelves (shelf)

statement ok
CREATE NONCLUSTERED INDEX ix_shelves_qty ON dbo.ivd_shelves (qty)

statement ok
INSERT dbo.ivd_stock VALUES (1, 'A', 5), (2, 'A', 7), (3, 'B', 1)

query TII rowsort
SELECT shelf, qty, skus FROM dbo.ivd_shelves WITH (NOEXPAND)
----
A	12	2
B	1	1

statement ok
UPDATE dbo.ivd_stock SET qty = qty * 10 WHERE shelf = 'A'

statement ok
DELETE dbo.ivd_stock WHERE sku = 3

query TII rowsort
SELECT shelf, qty, skus FROM dbo.ivd_shelves WITH (NOEXPAND, INDEX(ix_shelves_qty))
----
A	120	2

query TI rowsort
SELECT name, index_id FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.ivd_shelves')
----
ix_shelves	1
ix_shelves_qty	2

statement ok
CREATE VIEW dbo.ivd_skus WITH SCHEMABINDING AS SELECT sku, qty FROM dbo.ivd_stock

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_skus ON dbo.ivd_skus (qty)

statement error 2601
INSERT dbo.ivd_stock VALUES (4, 'C', 50)

query II rowsort
SELECT sku, qty FROM dbo.ivd_skus WITH (NOEXPAND)
----
1	50
2	70

statement ok
DROP VIEW dbo.ivd_skus

statement ok
DROP VIEW dbo.ivd_shelves

statement ok
DROP TABLE dbo.ivd_stock
