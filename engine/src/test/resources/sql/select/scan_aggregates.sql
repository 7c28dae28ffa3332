# COUNT/SUM/AVG/MIN/MAX over a whole table's int, bigint and float columns are computed straight
# from the stored rows: NULLs (warning 8153), extremes, -0.0, overflow, columns added after rows
# were written (their default), dropped columns, heaps and empty tables answer as row by row.

statement ok
CREATE TABLE sa (id int PRIMARY KEY, i int, b bigint, f float, s nvarchar(20))

query IIRII
SELECT COUNT(*), SUM(i), SUM(f), MIN(b), MAX(b) FROM sa
----
0	NULL	NULL	NULL	NULL

statement ok
INSERT sa VALUES (1, 10, 100, 1.5, N'one'), (2, NULL, NULL, NULL, NULL), (3, -2147483648, -9223372036854775807, -0.5, N''), (4, 2147483647, 9223372036854775807, 2.5, N'four')

query IIIIII
SELECT COUNT(*), COUNT(i), COUNT_BIG(b), SUM(i), MIN(i), MAX(i) FROM sa
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
4	3	3	9	-2147483648	2147483647

query RRRR
SELECT SUM(f), MIN(f), MAX(f), AVG(f) FROM sa
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
3.5	-0.5	2.5	1.1666666666666667

query III
SELECT MIN(b), MAX(b), SUM(b) FROM sa
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
-9223372036854775807	9223372036854775807	100

statement ok
INSERT sa VALUES (5, 2147483647, 1, 0, N'five')

statement error 8115
SELECT SUM(i) FROM sa

statement ok
ALTER TABLE sa ADD n int NOT NULL DEFAULT 42

statement ok
ALTER TABLE sa ADD m bigint NULL

statement ok
ALTER TABLE sa DROP COLUMN i

statement ok
INSERT sa (id, b, f, n, m) VALUES (6, 6, 6.0, 1, 60)

query IIIII
SELECT COUNT(*), SUM(n), MIN(n), COUNT(m), MAX(m) FROM sa
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
6	211	1	1	60

statement ok
CREATE TABLE sa_heap (x nvarchar(5), y int, z float)

statement ok
INSERT sa_heap VALUES (N'b', 2, NULL), (NULL, 1, 2.5), (N'a', NULL, -1)

query IIRR
SELECT COUNT(*), SUM(y), MIN(z), AVG(z) FROM sa_heap
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
3	3	-1	0.75
