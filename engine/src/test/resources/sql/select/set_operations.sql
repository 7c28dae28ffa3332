# mssql-jdbc getTableTypes().
query T rowsort
SELECT 'VIEW' 'TABLE_TYPE' UNION SELECT 'TABLE' UNION SELECT 'SYSTEM TABLE'
----
SYSTEM TABLE
TABLE
VIEW

describe
SELECT 'VIEW' 'TABLE_TYPE' UNION SELECT 'TABLE' UNION SELECT 'SYSTEM TABLE'
----
TABLE_TYPE	varchar(12)	NOT NULL

query I
SELECT 1 UNION ALL SELECT 1 UNION ALL SELECT 2 ORDER BY 1
----
1
1
2

query I
SELECT 1 UNION SELECT 1 UNION SELECT 2 ORDER BY 1 DESC
----
2
1

query I
SELECT value FROM GENERATE_SERIES(1, 6) EXCEPT SELECT value FROM GENERATE_SERIES(2, 4) ORDER BY value
----
1
5
6

query I
SELECT value FROM GENERATE_SERIES(1, 6) INTERSECT SELECT value * 2 FROM GENERATE_SERIES(1, 6) ORDER BY value
----
2
4
6

describe
SELECT 1 AS n UNION ALL SELECT 2.5 UNION ALL SELECT NULL
----
n	numeric(11,1)	NULL

query T
SELECT 'a' AS x UNION SELECT 'A' ORDER BY x
----
a

statement error 205
SELECT 1 UNION SELECT 1, 2

statement error 104
SELECT value FROM GENERATE_SERIES(1, 3) UNION SELECT 4 ORDER BY value + 1

query I
SELECT COUNT(*) FROM sys.databases WHERE name IN (SELECT 'master' UNION ALL SELECT 'msdb')
----
2

# INTERSECT binds tighter than UNION and EXCEPT; a parenthesized query is an operand.
query I rowsort
SELECT n FROM (VALUES (1), (2), (3)) v(n) EXCEPT SELECT 2 INTERSECT SELECT 2
----
1
3

query I rowsort
SELECT 1 UNION SELECT 2 INTERSECT SELECT 2
----
1
2

query I rowsort
SELECT 1 INTERSECT SELECT 1 UNION SELECT 2
----
1
2

query I rowsort
SELECT n FROM (VALUES (1), (2), (3)) v(n) EXCEPT (SELECT 2 UNION SELECT 3)
----
1

query I rowsort
SELECT n FROM (VALUES (1), (2), (3)) v(n) INTERSECT (SELECT 2 UNION ALL SELECT 3) EXCEPT SELECT 3
----
2

query I
SELECT COUNT(*) FROM (SELECT 1 AS a UNION ALL SELECT 2 INTERSECT SELECT 2 UNION ALL SELECT 2) d
----
3

# A bare NULL in one block takes the other blocks' type, even one NULL cannot be converted to
# from int (xml).
query T
SELECT CAST('<a/>' AS xml) AS x UNION ALL SELECT NULL
----
<a/>
NULL

query TI
SELECT NULL AS x, 1 AS o UNION ALL SELECT CAST('<b/>' AS xml), 2 ORDER BY o
----
NULL	1
<b/>	2
