# CROSS and OUTER APPLY: a WHERE condition on the left columns alone filters the left rows before
# the right side runs for each (PredicatePushdownRule); the rows are the same.
statement ok
CREATE TABLE dbo.ap_o (id int PRIMARY KEY, cid int NULL, amount int)

statement ok
CREATE TABLE dbo.ap_l (oid int, qty int)

statement ok
INSERT dbo.ap_o VALUES (1, 10, 5), (2, 20, 7), (3, NULL, 9), (4, 10, 11)

statement ok
INSERT dbo.ap_l VALUES (1, 2), (1, 3), (2, 4), (4, 1)

query II rowsort
SELECT o.id, x.n FROM dbo.ap_o AS o
CROSS APPLY (SELECT COUNT(*) AS n FROM dbo.ap_l AS l WHERE l.oid = o.id) AS x
WHERE o.id < 4 AND x.n > 0
----
1	2
2	1

query II rowsort
SELECT o.id, x.qty FROM dbo.ap_o AS o
OUTER APPLY (SELECT TOP (1) qty FROM dbo.ap_l AS l WHERE l.oid = o.id ORDER BY qty DESC) AS x
WHERE o.amount > 6
----
2	4
3	NULL
4	1

# A condition on both sides, or on the right alone, stays above.
query II rowsort
SELECT o.id, x.s FROM dbo.ap_o AS o
CROSS APPLY (SELECT SUM(qty) AS s FROM dbo.ap_l AS l WHERE l.oid = o.id) AS x
WHERE x.s IS NULL OR o.cid = 20
----
2	4
3	NULL
