# Window frames: ROWS and RANGE, BETWEEN bounds or the short form (up to the current row), for the
# aggregates OVER and FIRST_VALUE/LAST_VALUE; the errors SQL Server gives for frames it refuses.

statement ok
CREATE TABLE wfr (id int PRIMARY KEY, grp nvarchar(5), v int)

statement ok
INSERT wfr VALUES (1, N'a', 10), (2, N'a', 20), (3, N'a', 20), (4, N'a', NULL), (5, N'b', 5), (6, N'b', 7), (7, N'b', 9)

# Running totals, and a moving sum over the row and its neighbours.
query III
SELECT id, SUM(v) OVER (PARTITION BY grp ORDER BY id ROWS UNBOUNDED PRECEDING), SUM(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM wfr ORDER BY id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1	10	30
2	30	50
3	50	40
4	50	25
5	5	12
6	12	21
7	21	16

# ROWS counts rows; RANGE takes the current row's peers (equal ORDER BY values) together.
query IIII
SELECT id, SUM(v) OVER (ORDER BY v, id ROWS UNBOUNDED PRECEDING), SUM(v) OVER (ORDER BY v RANGE UNBOUNDED PRECEDING), SUM(v) OVER (ORDER BY v RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM wfr WHERE grp = N'a' ORDER BY id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1	10	10	50
2	30	50	40
3	50	50	40
4	NULL	NULL	50

query III
SELECT id, COUNT(*) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING), COUNT(*) OVER (ORDER BY id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM wfr ORDER BY id
----
1	7	7
2	6	7
3	5	7
4	4	7
5	3	7
6	2	7
7	1	7

# FIRST_VALUE and LAST_VALUE: with the default frame LAST_VALUE is the row's own last peer.
query IIIII
SELECT id, FIRST_VALUE(v) OVER (PARTITION BY grp ORDER BY id), LAST_VALUE(v) OVER (PARTITION BY grp ORDER BY id), LAST_VALUE(v) OVER (PARTITION BY grp ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), FIRST_VALUE(v) OVER (PARTITION BY grp ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM wfr ORDER BY id
----
1	10	10	NULL	20
2	10	20	NULL	20
3	10	20	NULL	NULL
4	10	NULL	NULL	NULL
5	5	5	9	7
6	5	7	9	9
7	5	9	9	NULL

query TI
SELECT FIRST_VALUE(grp) OVER (ORDER BY v DESC, id), LAST_VALUE(id) OVER (ORDER BY grp RANGE BETWEEN CURRENT ROW AND CURRENT ROW) FROM wfr WHERE id IN (1, 6) ORDER BY id
----
a	1
a	6

# Frames that hold no row: COUNT is 0, the other aggregates NULL. AVG over three rows at most.
query IIII
SELECT id, COUNT(*) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), SUM(v) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), AVG(v) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM wfr WHERE grp = N'b' ORDER BY id
----
5	0	NULL	5
6	1	5	6
7	2	12	7

query II
SELECT id, SUM(v) OVER (ORDER BY id ROWS BETWEEN 2 FOLLOWING AND UNBOUNDED FOLLOWING) FROM wfr WHERE grp = N'b' ORDER BY id
----
5	9
6	NULL
7	NULL

# The short form ends at the current row; offsets past the partition clip to it.
query IIII
SELECT id, SUM(v) OVER (PARTITION BY grp ORDER BY id ROWS 1 PRECEDING), COUNT(*) OVER (ORDER BY id ROWS BETWEEN 9223372036854775807 PRECEDING AND 9223372036854775807 FOLLOWING), MAX(v) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 0 FOLLOWING) FROM wfr ORDER BY id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
1	10	7	10
2	30	7	20
3	40	7	20
4	20	7	20
5	5	7	20
6	12	7	7
7	16	7	9

# A frame in a grouped query, over the groups' aggregates.
query TII
SELECT grp, SUM(v), SUM(SUM(v)) OVER (ORDER BY grp ROWS UNBOUNDED PRECEDING) FROM wfr GROUP BY grp ORDER BY grp
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
a	50	50
b	21	71

statement error 10752
SELECT ROW_NUMBER() OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) FROM wfr
----
error 10752: The function 'ROW_NUMBER' may not have a window frame.

statement error 10752
SELECT lag(v) OVER (PARTITION BY grp ROWS UNBOUNDED PRECEDING) FROM wfr
----
error 10752: The function 'lag' may not have a window frame.

statement error 4112
SELECT LAST_VALUE(v) OVER (PARTITION BY grp ROWS UNBOUNDED PRECEDING) FROM wfr
----
error 4112: The function 'LAST_VALUE' must have an OVER clause with ORDER BY.

statement error 10756
SELECT SUM(v) OVER (PARTITION BY grp ROWS UNBOUNDED PRECEDING) FROM wfr
----
error 10756: Window frame with ROWS or RANGE must have an ORDER BY clause.

statement error 102
SELECT SUM(v) OVER (ROWS UNBOUNDED PRECEDING) FROM wfr
----
error 102: Incorrect syntax near 'ROWS'.

statement error 4194
SELECT SUM(v) OVER (ORDER BY id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM wfr
----
error 4194: RANGE is only supported with UNBOUNDED and CURRENT ROW window frame delimiters.

statement error 4193
SELECT SUM(v) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW) FROM wfr
----
error 4193: 'BETWEEN ... FOLLOWING AND ... PRECEDING' is not a valid window frame and cannot be used with the OVER clause.

statement error 102
SELECT SUM(v) OVER (ORDER BY id ROWS 1 FOLLOWING) FROM wfr
----
error 102: Incorrect syntax near 'FOLLOWING'.

statement error 102
SELECT SUM(v) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM wfr
----
error 102: Incorrect syntax near 'FOLLOWING'.
