# The WINDOW clause (SQL Server 2022): named windows for OVER, refined by OVER (w …) or by other
# definitions, in either order.
statement ok
CREATE TABLE nw (id int PRIMARY KEY, g int, v int)

statement ok
INSERT nw VALUES (1, 1, 10), (2, 1, 20), (3, 2, 30), (4, 2, 40)

query IIIII
SELECT id, ROW_NUMBER() OVER w, SUM(v) OVER w, RANK() OVER W, SUM(v) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
FROM nw
WINDOW w AS (PARTITION BY g ORDER BY id)
ORDER BY id
----
1	1	10	1	30
2	2	30	2	30
3	1	30	1	70
4	2	70	2	70

# Refinements add what the named window lacks.
query II
SELECT id, ROW_NUMBER() OVER (w ORDER BY id DESC) FROM nw WINDOW w AS (PARTITION BY g) ORDER BY id
----
1	2
2	1
3	2
4	1

query II
SELECT id, ROW_NUMBER() OVER (w PARTITION BY g) FROM nw WINDOW w AS (ORDER BY id) ORDER BY id
----
1	1
2	2
3	1
4	2

query I
SELECT SUM(v) OVER w2 FROM nw WINDOW w2 AS (w ORDER BY id), w AS (PARTITION BY g) ORDER BY id
----
10
30
30
70

# A window may share its name with a column; names are case-insensitive.
query I
SELECT ROW_NUMBER() OVER id FROM nw WINDOW ID AS (ORDER BY id DESC) ORDER BY id
----
4
3
2
1

# The query's ORDER BY may call the block's windows, and a FROM clause's table stays unaliased.
query I
SELECT id FROM nw WINDOW w AS (PARTITION BY g ORDER BY id DESC) ORDER BY ROW_NUMBER() OVER w, id
----
2
4
1
3

# A subquery has its own WINDOW clause.
query II
SELECT id, (SELECT MAX(r) FROM (SELECT ROW_NUMBER() OVER w AS r FROM nw WINDOW w AS (ORDER BY v)) x) FROM nw WHERE id = 1
----
1	4

statement error 102
SELECT ROW_NUMBER() OVER (w) FROM nw WINDOW w AS (ORDER BY id)
----
error 102: Incorrect syntax near ')'.

statement error 4123
SELECT ROW_NUMBER() OVER (w ORDER BY id DESC) FROM nw WINDOW w AS (PARTITION BY g ORDER BY id)
----
error 4123: Window element in OVER clause can not also be specified in WINDOW clause.

statement error 5362
SELECT ROW_NUMBER() OVER nope FROM nw WINDOW w AS (ORDER BY id)
----
error 5362: Window 'nope' is undefined.

statement error 5362
SELECT ROW_NUMBER() OVER (nope ORDER BY id) FROM nw
----
error 5362: Window 'nope' is undefined.

statement error 5362
SELECT ROW_NUMBER() OVER w FROM nw WINDOW w AS (w ORDER BY id)
----
error 5362: Window 'w' is undefined.

statement error 5365
SELECT ROW_NUMBER() OVER w FROM nw WINDOW w AS (w2 ORDER BY id), w2 AS (w PARTITION BY g)
----
error 5365: Cyclic window references are not permitted.

statement error 16211
SELECT ROW_NUMBER() OVER w FROM nw WINDOW w AS (ORDER BY id), w AS (ORDER BY g)
----
error 16211: Cannot repeat window name in the WINDOW clause.

# Errors that a window taken from the WINDOW clause words differently.
statement error 4106
SELECT ROW_NUMBER() OVER w FROM nw WINDOW w AS (PARTITION BY g ORDER BY id ROWS UNBOUNDED PRECEDING)
----
error 4106: The function 'ROW_NUMBER' may not have a window frame.

statement error 10752
SELECT ROW_NUMBER() OVER (w ROWS UNBOUNDED PRECEDING) FROM nw WINDOW w AS (PARTITION BY g ORDER BY id)
----
error 10752: The function 'ROW_NUMBER' may not have a window frame.

statement error 5366
SELECT RANK() OVER w FROM nw WINDOW w AS (PARTITION BY g)
----
error 5366: The function 'RANK' must have an OVER clause or a WINDOW with ORDER BY.

statement error 5364
SELECT SUM(v) OVER w FROM nw WINDOW w AS (PARTITION BY g ROWS UNBOUNDED PRECEDING)
----
error 5364: Window frame with ROWS or RANGE must have an ORDER BY clause.

statement error 5363
SELECT PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY v) OVER w FROM nw WINDOW w AS (PARTITION BY g ORDER BY id)
----
error 5363: The function 'percentile_disc' may not have ORDER BY in OVER or WINDOW clause.

query R
SELECT DISTINCT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY v) OVER w FROM nw WINDOW w AS (PARTITION BY g) ORDER BY 1
----
15
35

statement ok
DROP TABLE nw
