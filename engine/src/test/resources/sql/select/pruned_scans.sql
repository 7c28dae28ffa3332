# Scans under a projection or aggregate decode only the columns read above them; the answers must
# be those of whole rows: NULLs, strings, LOBs, columns dropped and added after rows were written.

statement ok
CREATE TABLE ps (id int PRIMARY KEY, k int, b bigint, s nvarchar(20), big nvarchar(max), v float)

statement ok
INSERT ps VALUES (1, 10, 100, N'one', REPLICATE(CAST(N'x' AS nvarchar(max)), 9000), 0.5), (2, NULL, -5, NULL, NULL, 1.5), (3, 30, NULL, N'three', N'small', NULL)

query IIII
SELECT COUNT(*), MIN(k), MAX(b), MIN(b) FROM ps
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
3	10	100	-5

query T
SELECT s FROM ps WHERE k >= 10 ORDER BY s
----
one
three

query II
SELECT id, LEN(big) FROM ps WHERE v IS NULL OR v < 1 ORDER BY id
----
1	9000
3	5

query IR
SELECT k, SUM(v) FROM ps GROUP BY k ORDER BY k
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
NULL	1.5
10	0.5
30	NULL

statement ok
ALTER TABLE ps DROP COLUMN big

statement ok
ALTER TABLE ps ADD d int NOT NULL DEFAULT 7

query III
SELECT id, d, k FROM ps WHERE b < 200 ORDER BY id
----
1	7	10
2	7	NULL

query I
SELECT SUM(d) FROM ps
----
21

statement ok
CREATE TABLE ps_empty (id int PRIMARY KEY, v float)

query IR
SELECT COUNT(*), SUM(v) FROM ps_empty
----
0	NULL

query I
SELECT COUNT(*) FROM ps_empty GROUP BY v
----
