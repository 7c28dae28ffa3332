# Window functions: ROW_NUMBER, RANK, DENSE_RANK, NTILE, LAG, LEAD and the aggregates OVER
# ([PARTITION BY …] [ORDER BY …]), with the default frame (the whole partition, or up to the row's
# last peer when ordered). Explicit ROWS/RANGE frames: window_frames.sql.

statement ok
CREATE TABLE wf (id int PRIMARY KEY, grp nvarchar(5), v int)

statement ok
INSERT wf VALUES (1, N'a', 10), (2, N'a', 20), (3, N'a', 20), (4, N'b', 5), (5, N'b', NULL), (6, N'c', 7)

query IIIII
SELECT id, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY v DESC, id), RANK() OVER (PARTITION BY grp ORDER BY v DESC), DENSE_RANK() OVER (ORDER BY v DESC), NTILE(2) OVER (ORDER BY id) FROM wf ORDER BY id
----
1	3	3	2	1
2	1	1	1	1
3	2	1	1	1
4	1	1	4	2
5	2	2	5	2
6	1	1	3	2

query IIII
SELECT id, LAG(v) OVER (ORDER BY id), LEAD(v, 2) OVER (ORDER BY id), LAG(v, 1, -1) OVER (PARTITION BY grp ORDER BY id) FROM wf ORDER BY id
----
1	NULL	20	-1
2	10	5	10
3	20	NULL	20
4	20	7	-1
5	5	NULL	5
6	NULL	NULL	-1

query IIIII
SELECT id, SUM(v) OVER (PARTITION BY grp), COUNT(*) OVER (), SUM(v) OVER (ORDER BY id), MAX(v) OVER (PARTITION BY grp ORDER BY id) FROM wf ORDER BY id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1	50	6	10	10
2	50	6	30	20
3	50	6	50	20
4	5	6	55	5
5	5	6	55	5
6	7	6	62	7

# Running totals count peers together (RANGE): rows 2 and 3 tie on v.
query II
SELECT id, SUM(v) OVER (ORDER BY v) FROM wf WHERE grp = N'a' ORDER BY id
----
1	10
2	50
3	50

# Top row per group, through a derived table; and in ORDER BY.
query IT
SELECT id, grp FROM (SELECT id, grp, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY v DESC) AS rn FROM wf) AS r WHERE rn = 1 ORDER BY grp
----
2	a
4	b
6	c

query I
SELECT TOP (2) id FROM wf ORDER BY ROW_NUMBER() OVER (ORDER BY v DESC, id)
----
2
3

statement error 4108
SELECT id FROM wf WHERE ROW_NUMBER() OVER (ORDER BY id) = 1
----
error 4108: Windowed functions can only appear in the SELECT or ORDER BY clauses.

statement error 4112
SELECT ROW_NUMBER() OVER (PARTITION BY grp) FROM wf
----
error 4112: The function 'ROW_NUMBER' must have an OVER clause with ORDER BY.

statement error 10759
SELECT COUNT(DISTINCT v) OVER (PARTITION BY grp) FROM wf
----
error 10759: Use of DISTINCT is not allowed with the OVER clause.

statement error 4116
SELECT NTILE(0) OVER (ORDER BY id) FROM wf
----
error 4116: The function 'ntile' takes only a positive int or bigint expression as its input.

statement error 8730
SELECT LAG(v, -1) OVER (ORDER BY id) FROM wf
----
error 8730: Offset parameter for Lag and Lead functions cannot be a negative value.

# Over a grouped query's rows: the arguments may be keys or aggregates.
query TII
SELECT grp, SUM(v), RANK() OVER (ORDER BY SUM(v) DESC) FROM wf GROUP BY grp ORDER BY grp
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
a	50	1
b	5	3
c	7	2

query TIR
SELECT grp, COUNT(*) AS n, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () AS pct FROM wf GROUP BY grp HAVING COUNT(*) > 1 ORDER BY ROW_NUMBER() OVER (ORDER BY grp DESC)
----
b	2	40.000000000000
a	3	60.000000000000

statement error 4108
SELECT grp FROM wf GROUP BY grp HAVING ROW_NUMBER() OVER (ORDER BY grp) > 1
----
error 4108: Windowed functions can only appear in the SELECT or ORDER BY clauses.
