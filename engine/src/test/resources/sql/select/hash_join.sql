# Equi-joins run as hash joins (HashJoinPlanTest checks the plans); each query below is followed by
# the same join written so that it cannot hash (the key wrapped in an expression: a nested loop),
# and both must give the same rows: NULL keys never match, strings match case-insensitively and
# without trailing spaces, numbers across types by value, extra ON conditions still apply.
statement ok
CREATE TABLE a (id int PRIMARY KEY, k int, s varchar(10), d decimal(5,2))
CREATE TABLE b (id int PRIMARY KEY, k bigint, s nvarchar(10), d int, flag bit)
INSERT INTO a VALUES (1, 1, 'x', 1.00), (2, 2, 'Y ', 2.50), (3, NULL, NULL, NULL), (4, 2, 'z', 3.00), (5, 9, 'w', 0)
INSERT INTO b VALUES (10, 2, N'y', 3, 1), (11, 1, N'X', 1, 0), (12, NULL, NULL, NULL, 1), (13, 2, N'Z', 0, 0), (14, 7, N'q', 2, 1)

query III
SELECT a.id, b.id, b.k FROM a JOIN b ON a.k = b.k ORDER BY a.id, b.id
----
1	11	1
2	10	2
2	13	2
4	10	2
4	13	2

query III
SELECT a.id, b.id, b.k FROM a JOIN b ON a.k + 0 = b.k ORDER BY a.id, b.id
----
1	11	1
2	10	2
2	13	2
4	10	2
4	13	2

query IIT
SELECT a.id, b.id, b.s FROM a LEFT JOIN b ON a.s = b.s ORDER BY a.id, b.id
----
1	11	X
2	10	y
3	NULL	NULL
4	13	Z
5	NULL	NULL

query IIT
SELECT a.id, b.id, b.s FROM a LEFT JOIN b ON a.s + '' = b.s ORDER BY a.id, b.id
----
1	11	X
2	10	y
3	NULL	NULL
4	13	Z
5	NULL	NULL

query II
SELECT a.id, b.id FROM a RIGHT JOIN b ON a.d = b.d ORDER BY b.id, a.id
----
4	10
1	11
NULL	12
5	13
NULL	14

query II
SELECT a.id, b.id FROM a RIGHT JOIN b ON a.d + 0 = b.d ORDER BY b.id, a.id
----
4	10
1	11
NULL	12
5	13
NULL	14

query II
SELECT a.id, b.id FROM a FULL JOIN b ON b.k = a.k AND a.s = b.s ORDER BY a.id, b.id
----
NULL	12
NULL	14
1	11
2	10
3	NULL
4	13
5	NULL

query II
SELECT a.id, b.id FROM a FULL JOIN b ON b.k = a.k + 0 AND a.s + '' = b.s ORDER BY a.id, b.id
----
NULL	12
NULL	14
1	11
2	10
3	NULL
4	13
5	NULL

query II
SELECT a.id, b.id FROM a JOIN b ON a.k = b.k AND b.flag = 1 WHERE a.id < 5 ORDER BY a.id, b.id
----
2	10
4	10

query II
SELECT a.id, b.id FROM a JOIN b ON a.k + 0 = b.k AND b.flag = 1 WHERE a.id < 5 ORDER BY a.id, b.id
----
2	10
4	10

query II
SELECT x.id, c.id FROM a x JOIN b y ON x.k = y.k JOIN a c ON c.id = y.d ORDER BY x.id, c.id
----
1	1
2	3
4	3

query II
SELECT x.id, c.id FROM a x JOIN b y ON x.k + 0 = y.k JOIN a c ON c.id + 0 = y.d ORDER BY x.id, c.id
----
1	1
2	3
4	3

query II
SELECT COUNT(*), SUM(b.d) FROM a JOIN b ON a.k = b.k
----
5	7
