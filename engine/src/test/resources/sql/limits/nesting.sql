# Query shapes that used to take exponential time or answer nothing: each runs, or answers with
# SQL Server's error, and the session goes on.

# 300 derived tables, each SELECT * over the next: bound once each (before: 2^300 binds).
query IT
DECLARE @s nvarchar(max) = REPLICATE(CAST(N'SELECT * FROM (' AS nvarchar(max)), 300)
  + N'SELECT 1 AS a, ''deep'' AS b' + REPLICATE(CAST(N') x' AS nvarchar(max)), 300)
EXEC (@s)
----
1	deep

# The same, joined to itself and read through APPLY at each of 20 levels.
query II
DECLARE @s nvarchar(max) = N'SELECT 1 AS a, 2 AS b', @i int = 0
WHILE @i < 20
BEGIN
  SET @s = N'SELECT * FROM (' + @s + N') x CROSS APPLY (SELECT x.a AS c) y'
  SET @s = N'SELECT x.a, x.b FROM (' + @s + N') x'
  SET @i += 1
END
EXEC (@s)
----
1	2

# Thirty views, each SELECT * over the one before.
statement ok
CREATE TABLE nest_t (a int, b varchar(10))

statement ok
INSERT INTO nest_t VALUES (7, 'seven')

statement ok
DECLARE @i int = 0, @s nvarchar(max)
EXEC (N'CREATE VIEW nest_v0 AS SELECT * FROM nest_t')
WHILE @i < 29
BEGIN
  SET @i += 1
  SET @s = N'CREATE VIEW nest_v' + CAST(@i AS nvarchar(10)) + N' AS SELECT * FROM nest_v' + CAST(@i - 1 AS nvarchar(10))
  EXEC (@s)
END

query IT
SELECT * FROM nest_v29
----
7	seven

query ITIT
SELECT * FROM nest_v29 v CROSS APPLY (SELECT * FROM nest_v28 w WHERE w.a = v.a) z
----
7	seven	7	seven

# A chain of common table expressions, each reading the one before twice, is inlined as SQL
# Server inlines it: 2^n references. Fifteen levels run; past Quern's limit on the sources one
# statement binds (a decision: 1,000,000), 8623 as SQL Server answers a query too complex to plan.
query I
DECLARE @s nvarchar(max) = N'WITH c0 AS (SELECT 1 AS v)', @i int = 1
WHILE @i < 15
BEGIN
  SET @s += N', c' + CAST(@i AS nvarchar(10)) + N' AS (SELECT x.v FROM c' + CAST(@i - 1 AS nvarchar(10))
    + N' x JOIN c' + CAST(@i - 1 AS nvarchar(10)) + N' y ON x.v = y.v)'
  SET @i += 1
END
SET @s += N' SELECT COUNT(*) FROM c14'
EXEC (@s)
----
1

statement error 8623
DECLARE @s nvarchar(max) = N'WITH c0 AS (SELECT 1 AS v)', @i int = 1
WHILE @i < 24
BEGIN
  SET @s += N', c' + CAST(@i AS nvarchar(10)) + N' AS (SELECT x.v FROM c' + CAST(@i - 1 AS nvarchar(10))
    + N' x JOIN c' + CAST(@i - 1 AS nvarchar(10)) + N' y ON x.v = y.v)'
  SET @i += 1
END
SET @s += N' SELECT COUNT(*) FROM c23'
EXEC (@s)
----
error 8623: The query processor ran out of internal resources and could not produce a query plan. This is a rare event and only expected for extremely complex queries or queries that reference a very large number of tables or partitions. Please simplify the query. If you believe you have received this message in error, contact Customer Support Services for more information.

query I
SELECT COUNT(*) FROM nest_v29
----
1

# Subqueries nested in WHERE and in the select list, 100 deep.
query I
DECLARE @s nvarchar(max) = REPLICATE(CAST(N'SELECT 1 AS a WHERE EXISTS (' AS nvarchar(max)), 100)
  + N'SELECT 1' + REPLICATE(CAST(N')' AS nvarchar(max)), 100)
EXEC (@s)
----
1

query I
DECLARE @s nvarchar(max) = N'SELECT ' + REPLICATE(CAST(N'(SELECT ' AS nvarchar(max)), 100)
  + N'1' + REPLICATE(CAST(N')' AS nvarchar(max)), 100)
EXEC (@s)
----
1

# Wide shapes: a 20,000-literal IN list, 2,000 UNION ALL branches, 150 joined tables, 5,000
# VALUES rows in a derived table.
query I
DECLARE @s nvarchar(max) = (SELECT N'SELECT COUNT(*) FROM nest_t WHERE a IN ('
  + STRING_AGG(CAST(value AS nvarchar(max)), N',') + N')' FROM GENERATE_SERIES(1, 20000))
EXEC (@s)
----
1

query I
DECLARE @s nvarchar(max) = (SELECT N'SELECT SUM(v) FROM ('
  + STRING_AGG(CAST(N'SELECT ' AS nvarchar(max)) + CAST(value AS nvarchar(10)) + N' AS v', N' UNION ALL ') + N') u'
  FROM GENERATE_SERIES(1, 2000))
EXEC (@s)
----
2001000

query I
DECLARE @s nvarchar(max) = (SELECT N'SELECT COUNT(*) FROM nest_t t0'
  + STRING_AGG(CAST(N' JOIN nest_t t' AS nvarchar(max)) + CAST(value AS nvarchar(10)) + N' ON t'
    + CAST(value AS nvarchar(10)) + N'.a = t' + CAST(value - 1 AS nvarchar(10)) + N'.a', N'')
  FROM GENERATE_SERIES(1, 149))
EXEC (@s)
----
1

query I
DECLARE @s nvarchar(max) = (SELECT N'SELECT COUNT(*) FROM (VALUES '
  + STRING_AGG(CAST(N'(' AS nvarchar(max)) + CAST(value AS nvarchar(10)) + N')', N',') + N') v(a)'
  FROM GENERATE_SERIES(1, 5000))
EXEC (@s)
----
5000

statement ok
DECLARE @i int = 29, @s nvarchar(max)
WHILE @i >= 0
BEGIN
  SET @s = N'DROP VIEW nest_v' + CAST(@i AS nvarchar(10))
  EXEC (@s)
  SET @i -= 1
END

statement ok
DROP TABLE nest_t
