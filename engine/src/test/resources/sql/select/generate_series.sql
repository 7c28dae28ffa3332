query I
SELECT value FROM GENERATE_SERIES(1, 5)
----
1
2
3
4
5

query I
SELECT value FROM GENERATE_SERIES(10, 1, -3)
----
10
7
4
1

query I
SELECT value FROM GENERATE_SERIES(5, 1)
----
5
4
3
2
1

query I
SELECT value FROM GENERATE_SERIES(1, 5, -1)
----

describe
SELECT * FROM GENERATE_SERIES(1, 3)
----
value	int	NOT NULL

describe
SELECT value FROM GENERATE_SERIES(CAST(1 AS bigint), CAST(3 AS bigint))
----
value	bigint	NOT NULL

query R
DECLARE @start decimal(2, 1) = 0.0, @stop decimal(2, 1) = 1.0, @step decimal(2, 1) = 0.5
SELECT value FROM GENERATE_SERIES(@start, @stop, @step)
----
0.0
0.5
1.0

query I
SELECT s.value * 2 AS doubled FROM GENERATE_SERIES(1, 3) AS s
----
2
4
6

query I
SELECT value FROM GENERATE_SERIES(1, 20) WHERE value % 5 = 0
----
5
10
15
20

query I
SELECT TOP (3) value FROM GENERATE_SERIES(1, 100) ORDER BY value DESC
----
100
99
98

query I
SELECT value FROM GENERATE_SERIES(1, 10) ORDER BY value OFFSET 7 ROWS
----
8
9
10

query I
SELECT value FROM GENERATE_SERIES(1, 10) ORDER BY value OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY
----
3
4
5

query I
SELECT DISTINCT value % 3 FROM GENERATE_SERIES(1, 10) ORDER BY 1
----
0
1
2

query IIIRI
SELECT COUNT(*), SUM(value), MIN(value), AVG(CAST(value AS float)), MAX(value) FROM GENERATE_SERIES(1, 100)
----
100	5050	1	50.5	100

query II rowsort
SELECT value % 2 AS parity, COUNT(*) FROM GENERATE_SERIES(1, 9) GROUP BY value % 2
----
0	4
1	5

query II
SELECT value % 3 AS m, SUM(value) AS total FROM GENERATE_SERIES(1, 10) GROUP BY value % 3 HAVING SUM(value) > 15 ORDER BY total DESC
----
1	22
0	18

query I
SELECT COUNT(*) FROM GENERATE_SERIES(1, 0)
----
2

query I
SELECT COUNT(*) FROM GENERATE_SERIES(1, 5, -1)
----
0

query I
SELECT COUNT(DISTINCT value % 4) FROM GENERATE_SERIES(1, 100)
----
4

query I
SELECT value FROM GENERATE_SERIES(1, 3) WHERE value IN (1, 3)
----
1
3

query I
SELECT value FROM GENERATE_SERIES(1, 10) WHERE value BETWEEN 4 AND 6
----
4
5
6

query I
SELECT value FROM GENERATE_SERIES(1, 10) WHERE value NOT BETWEEN 2 AND 9
----
1
10

query I
SELECT value FROM GENERATE_SERIES(1, 3) ORDER BY -value
----
3
2
1

statement error 207
SELECT nothing FROM GENERATE_SERIES(1, 3)
----
error 207: Invalid column name 'nothing'.

statement error 8120
SELECT value, COUNT(*) FROM GENERATE_SERIES(1, 3)
----
error 8120: Column 'GENERATE_SERIES.value' is invalid in the select list because it is not contained in either an aggregate function or the GROUP BY clause.

statement error 208
SELECT * FROM no_such_table
----
error 208: Invalid object name 'no_such_table'.

statement error 207
SELECT value
----
error 207: Invalid column name 'value'.

statement error 145
SELECT DISTINCT value % 2 FROM GENERATE_SERIES(1, 4) ORDER BY value
----
error 145: ORDER BY items must appear in the select list if SELECT DISTINCT is specified.

query I
SELECT TOP 50 PERCENT value FROM GENERATE_SERIES(1, 4)
----
1
2

# Arguments must share one type (SQL Server raises 5373 for mixed numeric and int).
query R
SELECT value FROM GENERATE_SERIES(1.5, 7.5, 1.5)
----
1.5
3.0
4.5
6.0
7.5

statement error 5373
SELECT value FROM GENERATE_SERIES(1.5, 3.5, 1)

statement error 5373
SELECT value FROM GENERATE_SERIES(1, 3000000000)

statement error 5373
SELECT value FROM GENERATE_SERIES('1', '3')

statement error 108
SELECT value FROM GENERATE_SERIES(1, 3) ORDER BY 2147483648
----
error 108: The ORDER BY position number 2147483648 is out of range of the number of items in the select list.

statement error 408
SELECT value FROM GENERATE_SERIES(1, 3) ORDER BY 'x'
----
error 408: A constant expression was encountered in the ORDER BY list, position 1.

# CROSS APPLY: the function runs once per left row and reads its columns.
query II
SELECT s.value, g.value FROM GENERATE_SERIES(1, 3) AS s CROSS APPLY GENERATE_SERIES(1, s.value) AS g
----
1	1
2	1
2	2
3	1
3	2
3	3

# OUTER APPLY keeps the left row the function returns nothing for, with NULL on the right.
query II
SELECT s.value, g.value FROM GENERATE_SERIES(1, 3) AS s OUTER APPLY GENERATE_SERIES(2, s.value, 1) AS g
----
1	NULL
2	2
3	2
3	3

describe
SELECT * FROM GENERATE_SERIES(1, 2) AS s OUTER APPLY GENERATE_SERIES(1, s.value) AS g
----
value	int	NOT NULL
value	int	NULL

# APPLY of a source that cannot read the left row is a join.
query I
SELECT COUNT(*) FROM GENERATE_SERIES(1, 3) AS s CROSS APPLY sys.databases
----
12

statement error 4104
SELECT g.value FROM GENERATE_SERIES(1, 3) AS s CROSS APPLY GENERATE_SERIES(1, t.value) AS g
----
error 4104: The multi-part identifier "t.value" could not be bound.

# A table-valued function's alias may rename its columns.
query I
SELECT x FROM GENERATE_SERIES(1, 10, 3) AS g(x)
----
1
4
7
10

query TI
SELECT s.piece, s.n FROM (VALUES (1)) v(k) CROSS APPLY STRING_SPLIT('a,b', ',', 1) s(piece, n) ORDER BY s.n
----
a	1
b	2

statement error 8159
SELECT * FROM GENERATE_SERIES(1, 2) g(x, y)

statement error 8158
SELECT * FROM STRING_SPLIT('a', ',', 1) s(only_one)
