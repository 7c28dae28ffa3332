# A procedure or dynamic batch may create a #temp table its caller already has: the new one hides
# the caller's until the module ends (its statements see only it), then #t is the caller's again.
# Two of one name at the same level are still 2714.
statement ok
CREATE PROCEDURE dbo.nest_inner AS
BEGIN
  CREATE TABLE #t (x int);
  INSERT #t VALUES (42);
  SELECT x AS inner_x, @@NESTLEVEL AS lvl FROM #t;
END

statement ok
CREATE TABLE #t (y varchar(10))

statement ok
INSERT #t VALUES ('outer')

query II
EXEC dbo.nest_inner
----
42	1

query T
SELECT y FROM #t
----
outer

# The caller's #t is untouched and still the one OBJECT_ID finds.
query I
SELECT COUNT(*) FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#t') AND name = 'y'
----
1

# Inside, OBJECT_ID('tempdb..#t') is the inner table; both show in tempdb while it lives.
statement ok
CREATE PROCEDURE dbo.nest_ids AS
BEGIN
  CREATE TABLE #t (z int);
  SELECT CASE WHEN OBJECT_ID('tempdb..#t') = (SELECT object_id FROM tempdb.sys.columns WHERE name = 'z'
      AND object_id = OBJECT_ID('tempdb..#t')) THEN 'inner' ELSE 'outer' END,
    (SELECT COUNT(*) FROM tempdb.sys.tables WHERE name LIKE '#t[_]%');
END

query TI
EXEC dbo.nest_ids
----
inner	2

# Three levels: each module sees its own, then its caller's again.
statement ok
CREATE PROCEDURE dbo.nest_middle AS
BEGIN
  CREATE TABLE #t (m int);
  INSERT #t VALUES (7);
  EXEC dbo.nest_inner;
  SELECT m FROM #t;
END

query I
EXEC dbo.nest_middle
----
42	2
7

statement error 2714
CREATE TABLE #t (again int)
----
error 2714: There is already an object named '#t' in the database.

# Within one module a second #t is 2714, as at the top level.
statement ok
CREATE PROCEDURE dbo.nest_twice AS
BEGIN
  CREATE TABLE #t (a int);
  CREATE TABLE #t (b int);
END

statement error 2714
EXEC dbo.nest_twice
----
error 2714: There is already an object named '#t' in the database.

# SELECT INTO and dynamic SQL create their own too.
query I
EXEC (N'SELECT 5 AS v INTO #t; SELECT v FROM #t;')
----
5

query T
EXEC sp_executesql N'CREATE TABLE #t (w nvarchar(5)); INSERT #t VALUES (N''dyn''); SELECT w FROM #t;'
----
dyn

query T
SELECT y FROM #t
----
outer

# Once the caller's table is gone, the procedure's is simply the first.
statement ok
DROP TABLE #t

query II
EXEC dbo.nest_inner
----
42	1

statement error 208
SELECT x FROM #t
