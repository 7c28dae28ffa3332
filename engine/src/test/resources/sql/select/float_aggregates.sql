# SUM and AVG over a float column: exact double sums, NULLs skipped, and an infinite sum is
# SQL Server's arithmetic overflow (8115), not Infinity.

statement ok
CREATE TABLE fsum (id int PRIMARY KEY, v float)

statement ok
INSERT fsum VALUES (1, 0.5), (2, 1.25), (3, NULL), (4, -0.25)

query RRII
SELECT SUM(v), AVG(v), COUNT(v), COUNT(*) FROM fsum
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1.5	0.5	3	4

statement ok
INSERT fsum VALUES (5, 1.5E308), (6, 1.5E308)

statement error 8115
SELECT SUM(v) FROM fsum

query R
SELECT SUM(v) / 1E300 FROM fsum WHERE id IN (1, 2, 4, 5)
----
150000000
