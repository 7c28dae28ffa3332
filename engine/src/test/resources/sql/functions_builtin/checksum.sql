# CHECKSUM and BINARY_CHECKSUM: SQL Server's combination rule and its values for numbers, binary,
# dates and (BINARY_CHECKSUM) character data; CHECKSUM folds character data case-insensitively.

query IIIIIII
SELECT CHECKSUM(1), CHECKSUM(-1), CHECKSUM(2147483647), CHECKSUM(CAST(1 AS tinyint)), CHECKSUM(CAST(4294967296 AS bigint)), CHECKSUM(CAST(1 AS bit)), CHECKSUM(0)
----
1	-1	2147483647	1	1	1	0

query IIII
SELECT CHECKSUM(1, 2), CHECKSUM(2, 1), BINARY_CHECKSUM(1, 2), BINARY_CHECKSUM(2, 1)
----
18	33	18	33

query IIII
SELECT CHECKSUM(CAST(NULL AS int)), CHECKSUM(CAST(NULL AS int), 1), CHECKSUM(1, CAST(NULL AS varchar(5))), CHECKSUM(CAST(NULL AS int), CAST(NULL AS date))
----
2147483647	-10	2147483631	-2147483640

query IIIIII
SELECT CHECKSUM(CAST(1.5 AS float)), CHECKSUM(CAST(1.5 AS real)), CHECKSUM(CAST(-0.0 AS float)), CHECKSUM(CAST(1.5 AS money)), CHECKSUM(CAST(1.5 AS smallmoney)), CHECKSUM(CAST(1.5 AS decimal(10, 1))) - CHECKSUM(CAST(1.5 AS numeric(38, 10)))
----
1073217536	1069547520	0	15000	15000	0

query IIIIII
SELECT CHECKSUM(CAST('2024-01-02' AS date)), CHECKSUM(CAST('2024-01-02 03:04:05' AS datetime)), CHECKSUM(CAST('2024-01-02 03:04:05' AS smalldatetime)),
  CHECKSUM(CAST('2024-01-02 03:04:05.1234567' AS datetime2(7))), CHECKSUM(CAST('03:04:05.1234567' AS time(7))), CHECKSUM(CAST('2024-01-02 03:04:05' AS datetime2(0)))
----
45291	3293111	-1326776136	-1217878027	-1217915106	-1219104654

query IIIII
SELECT BINARY_CHECKSUM('abc'), BINARY_CHECKSUM('ABC'), BINARY_CHECKSUM(N'abc'), BINARY_CHECKSUM(0x616263), BINARY_CHECKSUM(CAST(0x616263 AS binary(5)))
----
26435	17763	26435	26435	26435

query IIIII
SELECT BINARY_CHECKSUM('abc   '), BINARY_CHECKSUM(''), BINARY_CHECKSUM(0x), BINARY_CHECKSUM('a', 'b'), BINARY_CHECKSUM('b', 'a')
----
26435	0	0	1650	1601

query II
SELECT BINARY_CHECKSUM(CAST(REPLICATE('a', 255) AS varchar(max))), BINARY_CHECKSUM(CAST(REPLICATE('a', 256) AS varchar(max)))
----
268435462	0

# CHECKSUM compares as the default collation does: case and trailing spaces do not count.
query IIIII
SELECT CASE WHEN CHECKSUM('abc') = CHECKSUM('ABC') THEN 1 ELSE 0 END, CASE WHEN CHECKSUM('abc') = CHECKSUM('abc  ') THEN 1 ELSE 0 END,
  CASE WHEN CHECKSUM('abc') = CHECKSUM(' abc') THEN 1 ELSE 0 END, CASE WHEN CHECKSUM(N'abc') = CHECKSUM(N'ABC') THEN 1 ELSE 0 END, CHECKSUM('')
----
1	1	0	1	0

statement ok
CREATE TABLE ck_t (id int, name varchar(20), doc xml); INSERT ck_t VALUES (1, 'abc', '<a/>'), (2, NULL, NULL)

query IIII rowsort
SELECT id, CASE WHEN BINARY_CHECKSUM(*) = BINARY_CHECKSUM(id, name) THEN 1 ELSE 0 END, BINARY_CHECKSUM(id, name), BINARY_CHECKSUM(doc, id) FROM ck_t
----
1	1	26451	1
2	1	2147483615	2

statement error 8116
SELECT CHECKSUM(*) FROM ck_t
----
error 8116: Argument data type xml is invalid for argument 3 of checksum function.

statement error 8116
SELECT CHECKSUM(CAST('a' AS text), 1)
----
error 8116: Argument data type text is invalid for argument 1 of checksum function.

statement error 8184
SELECT BINARY_CHECKSUM(doc) FROM ck_t
----
error 8184: Error in binarychecksum. There are no comparable columns in the binarychecksum input.

statement error 1076
SELECT CHECKSUM()
----
error 1076: Function 'checksum' requires at least 1 argument(s).

describe
SELECT CHECKSUM(1) AS c, BINARY_CHECKSUM(1) AS b
----
c	int	NULL
b	int	NULL

statement ok
DROP TABLE ck_t

# CHECKSUM_AGG: the XOR of int values (NULLs skipped, DISTINCT allowed), NULL over no values.
statement ok
CREATE TABLE ck_agg (g int, v int); INSERT ck_agg VALUES (1, 5), (1, 3), (1, NULL), (2, 7), (2, 7), (3, NULL)

query III rowsort
SELECT g, CHECKSUM_AGG(v), CHECKSUM_AGG(DISTINCT v) FROM ck_agg GROUP BY g
----
1	6	6
2	0	7
3	NULL	NULL
! Warning: Null value is eliminated by an aggregate or other SET operation.

query I
SELECT CHECKSUM_AGG(BINARY_CHECKSUM(*)) - CHECKSUM_AGG(BINARY_CHECKSUM(g, v)) FROM ck_agg
----
0

query II rowsort
SELECT v, CHECKSUM_AGG(v) OVER (PARTITION BY g) FROM ck_agg WHERE g = 1
----
3	6
5	6
NULL	6
! Warning: Null value is eliminated by an aggregate or other SET operation.

statement error 8117
SELECT CHECKSUM_AGG(CAST(v AS bigint)) FROM ck_agg
----
error 8117: Operand data type bigint is invalid for checksum_agg operator.

statement ok
DROP TABLE ck_agg
