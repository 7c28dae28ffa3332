# An uncorrelated subquery (scalar, EXISTS, IN/ANY/ALL) runs once per execution of the statement
# that evaluates it in a WHERE, not once per row; each execution (a loop, a procedure called again)
# runs it afresh. The results are those of running it for every row.
statement ok
CREATE TABLE dbo.us_t (id int PRIMARY KEY, k int NULL, s varchar(10) NULL, v float)

statement ok
CREATE TABLE dbo.us_u (id int PRIMARY KEY, flag int NULL, s varchar(10) NULL)

statement ok
INSERT dbo.us_t SELECT value, value % 5, CHAR(64 + value % 26), value * 1.5 FROM GENERATE_SERIES(1, 60)

statement ok
INSERT dbo.us_u VALUES (3, 1, 'c'), (6, 0, 'F'), (9, 1, NULL), (12, NULL, 'x'), (100, 1, 'y')

query I
SELECT COUNT(*) FROM dbo.us_t WHERE v > (SELECT AVG(v) FROM dbo.us_t WHERE id <= 10)
----
55

# A scalar subquery as the key of a seek.
query IR
SELECT id, v FROM dbo.us_t WHERE id = (SELECT MAX(id) FROM dbo.us_u WHERE flag = 1 AND id < 50)
----
9	13.5

# More than one row is still 512, and no row compares as NULL.
statement error 512
SELECT id FROM dbo.us_t WHERE id = (SELECT id FROM dbo.us_u)
----
error 512: Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, <= , >, >= or when the subquery is used as an expression.

query I
SELECT COUNT(*) FROM dbo.us_t WHERE id = (SELECT id FROM dbo.us_u WHERE id = -1)
----
0

# IN and NOT IN with NULLs in the subquery: NOT IN is never TRUE then.
query I rowsort
SELECT id FROM dbo.us_t WHERE id IN (SELECT id FROM dbo.us_u WHERE flag = 1)
----
3
9

query I
SELECT COUNT(*) FROM dbo.us_t WHERE k NOT IN (SELECT flag FROM dbo.us_u)
----
0

query I
SELECT COUNT(*) FROM dbo.us_t WHERE k NOT IN (SELECT flag FROM dbo.us_u WHERE flag IS NOT NULL)
----
36

# A NULL on the left is UNKNOWN unless the subquery is empty.
query II
SELECT COUNT(CASE WHEN NULL IN (SELECT id FROM dbo.us_u) THEN 1 END),
  COUNT(CASE WHEN NOT (CAST(NULL AS int) IN (SELECT id FROM dbo.us_u WHERE id < 0)) THEN 1 END)
FROM dbo.us_t WHERE id = 1
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
0	1

# Strings compare by the collation (case-insensitive), whether the sides' types match or not.
query T rowsort
SELECT s FROM dbo.us_t WHERE id <= 8 AND s IN (SELECT s FROM dbo.us_u)
----
C
F

query T rowsort
SELECT s FROM dbo.us_t WHERE id <= 8 AND s IN (SELECT CAST(s AS nvarchar(5)) FROM dbo.us_u)
----
C
F

# Mixed numeric types, ANY and ALL.
query I rowsort
SELECT id FROM dbo.us_t WHERE CAST(id AS bigint) IN (SELECT CAST(id AS decimal(5, 1)) FROM dbo.us_u)
----
12
3
6
9

query I
SELECT COUNT(*) FROM dbo.us_t WHERE id > ALL (SELECT id FROM dbo.us_u WHERE id < 50)
----
48

query I
SELECT COUNT(*) FROM dbo.us_t WHERE id < ANY (SELECT flag * 10 FROM dbo.us_u)
----
9

query I
SELECT COUNT(*) FROM dbo.us_t WHERE EXISTS (SELECT 1 FROM dbo.us_u WHERE flag = 7)
----
0

query I
SELECT COUNT(*) FROM dbo.us_t WHERE NOT EXISTS (SELECT 1 FROM dbo.us_u WHERE flag = 7)
----
60

# A correlated subquery still runs for each row.
query I
SELECT COUNT(*) FROM dbo.us_t AS t WHERE EXISTS (SELECT 1 FROM dbo.us_u AS u WHERE u.id = t.id)
----
4

# DELETE and UPDATE compare every row with the value the subquery had when the statement started.
statement ok
DELETE dbo.us_t WHERE id = (SELECT MIN(id) FROM dbo.us_t)

query I
SELECT MIN(id) FROM dbo.us_t
----
2

statement ok
UPDATE dbo.us_t SET v = v + 1000 WHERE v < (SELECT AVG(v) FROM dbo.us_t)

query I
SELECT COUNT(*) FROM dbo.us_t WHERE v >= 1000
----
29

# Each run of a loop runs the subquery again.
query II
SET NOCOUNT ON;
DECLARE @n int = 0;
WHILE (SELECT COUNT(*) FROM dbo.us_u) < 8 AND @n < 20
BEGIN
  INSERT dbo.us_u (id) SELECT MAX(id) + 1 FROM dbo.us_u WHERE id IN (SELECT id FROM dbo.us_u);
  SET @n += 1;
END;
SELECT @n AS runs, COUNT(*) AS rows FROM dbo.us_u WHERE id > (SELECT MAX(id) - 3 FROM dbo.us_u)
----
3	3

# A procedure's cached plan runs the subquery afresh on each call.
statement ok
CREATE PROCEDURE dbo.us_count AS SELECT COUNT(*) AS n FROM dbo.us_t WHERE id > (SELECT MAX(id) FROM dbo.us_u)

query I
EXEC dbo.us_count
----
0

statement ok
DELETE dbo.us_u WHERE id > 50

query I
EXEC dbo.us_count
----
48

# UPDATE's SET takes the subquery's value as the statement found it, for every row.
statement ok
CREATE TABLE dbo.us_seq (id int PRIMARY KEY, v int)

statement ok
INSERT dbo.us_seq VALUES (1, 5), (2, 9), (3, 2)

statement ok
UPDATE dbo.us_seq SET v = (SELECT MAX(v) FROM dbo.us_seq) + id

query II rowsort
SELECT id, v FROM dbo.us_seq
----
1	10
2	11
3	12

# IN finds its value by hash where the types allow it: dates, mixed exact numerics.
query I
SELECT COUNT(*) FROM dbo.us_t
WHERE DATEADD(day, id, CAST('2024-01-01' AS date)) IN (SELECT d FROM (VALUES (CAST('2024-01-03' AS date)), ('2024-01-05'), (NULL)) AS v(d) WHERE d IS NOT NULL)
----
2

query I
SELECT COUNT(*) FROM dbo.us_t WHERE id IN (SELECT CAST(m AS money) FROM (VALUES (3), (4.5)) AS v(m))
----
1
