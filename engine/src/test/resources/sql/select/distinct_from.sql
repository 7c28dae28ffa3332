# a IS [NOT] DISTINCT FROM b (SQL Server 2022): a comparison that treats NULLs as equal values and
# is never UNKNOWN.
statement ok
CREATE TABLE df (id int PRIMARY KEY, a int NULL, b int NULL, s varchar(10) NULL)

statement ok
INSERT df VALUES (1, 1, 1, 'x'), (2, 1, 2, 'X'), (3, NULL, 1, NULL), (4, NULL, NULL, 'y')

query IIII
SELECT id,
  CASE WHEN a IS DISTINCT FROM b THEN 1 ELSE 0 END,
  CASE WHEN a IS NOT DISTINCT FROM b THEN 1 ELSE 0 END,
  CASE WHEN NOT (a IS DISTINCT FROM b) THEN 1 ELSE 0 END
FROM df ORDER BY id
----
1	0	1	1
2	1	0	0
3	1	0	0
4	0	1	1

# Finding rows whose value equals a parameter that may be NULL, without OR … IS NULL.
query I
DECLARE @p int = NULL
SELECT id FROM df WHERE a IS NOT DISTINCT FROM @p ORDER BY id
----
3
4

query I
DECLARE @p int = 1
SELECT id FROM df WHERE a IS NOT DISTINCT FROM @p ORDER BY id
----
1
2

# Strings compare under the collation (case-insensitive by default).
query I
SELECT id FROM df WHERE s IS NOT DISTINCT FROM 'x' ORDER BY id
----
1
2

query I
SELECT COUNT(*) FROM df d1 JOIN df d2 ON d1.a IS NOT DISTINCT FROM d2.a
----
8

# In a CHECK constraint, printed back with the operator.
statement ok
CREATE TABLE df2 (a int NULL, b int NULL, CONSTRAINT ck_df2 CHECK (a IS DISTINCT FROM b))

statement error 547
INSERT df2 VALUES (NULL, NULL)
----
error 547: The INSERT statement conflicted with the CHECK constraint "ck_df2". The conflict occurred in database "master", table "dbo.df2".
! The statement has been terminated.

statement ok
INSERT df2 VALUES (NULL, 1)

query T
SELECT definition FROM sys.check_constraints WHERE name = 'ck_df2'
----
([a] IS DISTINCT FROM [b])

statement error 206
SELECT 1 WHERE 1 IS DISTINCT FROM CAST('2024-01-01' AS date)
----
error 206: Operand type clash: int is incompatible with date

statement ok
DROP TABLE df

statement ok
DROP TABLE df2
