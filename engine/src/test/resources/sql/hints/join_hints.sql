statement ok
CREATE TABLE jh_a (id int PRIMARY KEY, v int)

statement ok
CREATE TABLE jh_b (id int PRIMARY KEY, w int)

statement ok
INSERT jh_a VALUES (1, 10), (2, 20), (3, 30)

statement ok
INSERT jh_b VALUES (1, 100), (3, 300)

query II rowsort
SELECT a.id, b.w FROM jh_a a INNER HASH JOIN jh_b b ON b.id = a.id
----
1	100
3	300

query II rowsort
SELECT a.id, b.w FROM jh_a a INNER LOOP JOIN jh_b b ON b.id = a.id
----
1	100
3	300

query II rowsort
SELECT a.id, b.w FROM jh_a a INNER MERGE JOIN jh_b b ON b.id = a.id
----
1	100
3	300

query II rowsort
SELECT a.id, b.w FROM jh_a a LEFT OUTER LOOP JOIN jh_b b ON b.id = a.id
----
1	100
2	NULL
3	300

query II rowsort
SELECT a.id, b.w FROM jh_a a LEFT HASH JOIN jh_b b ON b.id = a.id
----
1	100
2	NULL
3	300

query II rowsort
SELECT a.id, b.w FROM jh_b b RIGHT OUTER MERGE JOIN jh_a a ON b.id = a.id
----
1	100
2	NULL
3	300

query II rowsort
SELECT a.id, b.w FROM jh_a a FULL OUTER HASH JOIN jh_b b ON b.id = a.id
----
1	100
2	NULL
3	300

query II rowsort
SELECT a.id, c.n FROM jh_a a INNER HASH JOIN (SELECT 2 AS n) c ON c.n = a.id LEFT OUTER LOOP JOIN jh_b b ON b.id = a.id
----
2	2

statement ok
DROP TABLE jh_a

statement ok
DROP TABLE jh_b
