query I
SELECT (SELECT 42)
----
42

query I
SELECT (SELECT MAX(value) FROM GENERATE_SERIES(1, 10)) + 1
----
11

query I
SELECT value FROM GENERATE_SERIES(1, 10) WHERE value > (SELECT AVG(value) FROM GENERATE_SERIES(1, 10))
----
6
7
8
9
10

query I
SELECT (SELECT value FROM GENERATE_SERIES(1, 3) WHERE value = 7)
----
NULL

statement ok
IF EXISTS (SELECT 1 FROM sys.databases WHERE name = 'master') PRINT 'exists'
IF NOT EXISTS (SELECT * FROM sys.databases WHERE name = 'nope') PRINT 'missing'
----
! exists
! missing

query I
DECLARE @n int = (SELECT COUNT(*) FROM GENERATE_SERIES(1, 5))
SELECT @n
----
5

statement error 512
SELECT (SELECT value FROM GENERATE_SERIES(1, 2))
----
error 512: Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, <= , >, >= or when the subquery is used as an expression.

statement error 116
SELECT (SELECT 1, 2)
----
error 116: Only one expression can be specified in the select list when the subquery is not introduced with EXISTS.

query I
SELECT value FROM GENERATE_SERIES(1, 6) WHERE value IN (SELECT value * 2 FROM GENERATE_SERIES(1, 3))
----
2
4
6

query I
SELECT value FROM GENERATE_SERIES(1, 4) WHERE value NOT IN (SELECT value FROM GENERATE_SERIES(2, 3))
----
1
4

query III
SELECT IIF(5 > ALL (SELECT value FROM GENERATE_SERIES(1, 4)), 1, 0),
       IIF(3 > ANY (SELECT value FROM GENERATE_SERIES(1, 4)), 1, 0),
       IIF(0 >= SOME (SELECT value FROM GENERATE_SERIES(1, 4)), 1, 0)
----
1	1	0

query II
SELECT IIF(1 > ALL (SELECT value FROM GENERATE_SERIES(1, 0, -1) WHERE value > 5), 1, 0),
       IIF(1 NOT IN (SELECT NULL), 1, 0)
----
1	0
