# MIN and MAX without GROUP BY read the end of an index on their column (IndexEndAggregateRule):
# the values are those of a whole-table aggregate, NULLs ignored, empty input NULL.
statement ok
CREATE TABLE dbo.ie_t (id int PRIMARY KEY, k int NULL, s nvarchar(10) NULL, d date NULL, v int)

statement ok
CREATE INDEX ix_ie_k ON dbo.ie_t (k)

statement ok
CREATE INDEX ix_ie_s_desc ON dbo.ie_t (s DESC)

statement ok
CREATE INDEX ix_ie_d ON dbo.ie_t (d) WHERE d IS NOT NULL

# Empty: one row of NULLs.
query IIT
SELECT MIN(k), MAX(id), MAX(s) FROM dbo.ie_t
----
NULL	NULL	NULL

statement ok
INSERT dbo.ie_t VALUES (1, NULL, NULL, NULL, 5), (2, NULL, N'b', '2024-01-02', 6), (3, 7, N'A', NULL, 7),
  (4, -3, N'c', '2023-05-06', 8), (5, 12, N'a', NULL, 9), (6, NULL, NULL, '2025-09-10', 10)

# MIN skips the NULLs that sort first in the index; MAX reads the other end. As in SQL Server, no
# NULL reaches the aggregate, so there is no "Null value is eliminated" warning (there is below, where
# the whole rows are aggregated).
query IIII
SELECT MIN(k), MAX(k), MIN(id), MAX(id) FROM dbo.ie_t
----
-3	12	1	6

# A descending index gives both ends too; the collation is case-insensitive ('A' and 'a' tie).
query TT
SELECT UPPER(MIN(s)), MAX(s) FROM dbo.ie_t
----
A	c

# Expressions over the aggregates, and an alias.
query II
SELECT MAX(k) - MIN(k) AS spread, ISNULL(MAX(id), 0) + 1 AS next_id FROM dbo.ie_t
----
15	7

# A filtered index orders only its rows: MIN over the whole table is still right.
query TT
SELECT MIN(d), MAX(d) FROM dbo.ie_t
----
2023-05-06	2025-09-10

# Over a seek: the range bounds the read.
query II
SELECT MIN(k), MAX(k) FROM dbo.ie_t WHERE id BETWEEN 2 AND 4
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
-3	7

query I
SELECT MAX(id) FROM dbo.ie_t WHERE id < 0
----
NULL

# Mixed with other aggregates, and over filters no index bounds: the whole rows are aggregated.
query III
SELECT COUNT(*), MIN(k), MAX(k) FROM dbo.ie_t
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
6	-3	12

query II
SELECT MIN(k), MAX(k) FROM dbo.ie_t WHERE v > 7
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
-3	12

# In a subquery, the common next-key pattern, and after changes.
statement ok
INSERT dbo.ie_t (id, k, v) SELECT MAX(id) + 1, MIN(k) - 1, 0 FROM dbo.ie_t

statement ok
DELETE dbo.ie_t WHERE k = 12

query III
SELECT id, k, v FROM dbo.ie_t WHERE id = (SELECT MAX(id) FROM dbo.ie_t) OR k = (SELECT MAX(k) FROM dbo.ie_t)
ORDER BY id
----
3	7	7
7	-4	0

# A NULL-only column, and a DISTINCT aggregate (the same value).
statement ok
UPDATE dbo.ie_t SET k = NULL

query II
SELECT MIN(k), MAX(DISTINCT k) FROM dbo.ie_t
----
NULL	NULL

# Inside a transaction, the aggregate sees its own uncommitted rows.
statement ok
BEGIN TRAN;
INSERT dbo.ie_t (id, k, v) VALUES (100, 1000, 1);

query II
SELECT MAX(id), MAX(k) FROM dbo.ie_t
----
100	1000

statement ok
ROLLBACK

query I
SELECT MAX(id) FROM dbo.ie_t
----
7

# A non-unique nonclustered index's entries end with the clustered key, so within one key value
# they are in clustered-key order (ascending or descending, unique or not).
statement ok
CREATE TABLE dbo.ie_o (cid int NULL, id int NOT NULL, amount int, CONSTRAINT pk_ie_o PRIMARY KEY (id DESC))

statement ok
CREATE INDEX ix_ie_o_cid ON dbo.ie_o (cid)

statement ok
INSERT dbo.ie_o VALUES (1, 5, 50), (2, 6, 60), (1, 9, 90), (1, 2, 20), (NULL, 7, 70), (2, 1, 10), (1, 11, 110)

query I
SELECT TOP (3) id FROM dbo.ie_o WHERE cid = 1 ORDER BY id
----
2
5
9

query I
SELECT TOP (2) id FROM dbo.ie_o WHERE cid = 1 ORDER BY id DESC
----
11
9

query III
SELECT MIN(id), MAX(id), COUNT(*) FROM dbo.ie_o WHERE cid = 2
----
1	6	2

statement ok
CREATE TABLE dbo.ie_g (g int NOT NULL, k int, v int)

statement ok
CREATE CLUSTERED INDEX cx_ie_g ON dbo.ie_g (g)

statement ok
CREATE INDEX ix_ie_g_k ON dbo.ie_g (k)

statement ok
INSERT dbo.ie_g VALUES (3, 1, 1), (1, 1, 2), (3, 1, 3), (2, 2, 4), (2, 1, 5), (1, 1, 6)

query II
SELECT g, v FROM dbo.ie_g WHERE k = 1 ORDER BY g DESC, v
----
3	1
3	3
2	5
1	2
1	6

query I
SELECT MAX(g) FROM dbo.ie_g WHERE k = 2
----
2
