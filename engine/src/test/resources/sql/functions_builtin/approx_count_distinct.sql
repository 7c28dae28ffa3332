# APPROX_COUNT_DISTINCT: bigint, NULLs ignored; Quern counts exactly, inside SQL Server's 2% bound.
statement ok
CREATE TABLE #acd (g int, v nvarchar(10))

statement ok
INSERT #acd VALUES (1, N'a'), (1, N'A'), (1, N'b'), (1, NULL), (2, N'x'), (2, N'x')

query II
SELECT APPROX_COUNT_DISTINCT(v), COUNT(DISTINCT v) FROM #acd
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
3	3

query II rowsort
SELECT g, APPROX_COUNT_DISTINCT(v) FROM #acd GROUP BY g
----
1	2
2	1
! Warning: Null value is eliminated by an aggregate or other SET operation.

query T
SELECT SQL_VARIANT_PROPERTY(APPROX_COUNT_DISTINCT(g), 'BaseType') FROM #acd
----
bigint

query I
SELECT APPROX_COUNT_DISTINCT(v) FROM #acd WHERE 1 = 0
----
0

statement error 102
SELECT APPROX_COUNT_DISTINCT(*) FROM #acd
