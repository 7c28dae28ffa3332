# INSERT … EXEC runs a procedure or dynamic batch whose result rows it inserts. What that code
# declares and creates before reading it (table variables, #temp tables) is there when it reads.
statement ok
CREATE TABLE #ie_target (a int)

statement ok
CREATE PROCEDURE dbo.ie_table_variable AS
BEGIN
  DECLARE @s TABLE (a int);
  INSERT @s VALUES (1), (2);
  SELECT a FROM @s;
END

query I
INSERT #ie_target EXEC dbo.ie_table_variable
SELECT SUM(a) FROM #ie_target
----
3

query I
DELETE #ie_target
INSERT #ie_target EXEC ('DECLARE @s TABLE (a int); INSERT @s VALUES (5); SELECT COUNT(*) + MAX(a) FROM @s')
SELECT a FROM #ie_target
----
6

# sp_executesql, with a loop back over a label as dynamic monitoring code does; the table
# variable is read in a condition and in a subquery too.
query I
DELETE #ie_target
INSERT #ie_target EXEC sp_executesql
  N'DECLARE @s TABLE (a int); DECLARE @n int = 0;
    AGAIN:;
    INSERT @s VALUES (@n);
    SET @n += 1;
    IF (SELECT COUNT(*) FROM @s) < 3 GOTO AGAIN;
    SELECT x.a FROM (SELECT TOP (10) a FROM @s WHERE a IN (SELECT a FROM @s)) AS x'
SELECT COUNT(*) * 10 + SUM(a) FROM #ie_target
----
33

# A table variable the batch never declares is still 1087, when the statement reading it runs.
statement error 1087
INSERT #ie_target EXEC ('SELECT 1; SELECT a FROM @never_declared')
----
error 1087: Must declare the table variable "@never_declared".

statement ok
DROP PROCEDURE dbo.ie_table_variable
DROP TABLE #ie_target

# sp_executesql and EXEC ('…') are batches of their own: the table variables they declare are
# theirs alone, declared afresh at each run, and gone when they return.
query I
EXEC sp_executesql N'DECLARE @v TABLE (a int); INSERT @v VALUES (1); SELECT COUNT(*) FROM @v'
EXEC sp_executesql N'DECLARE @v TABLE (a int); INSERT @v VALUES (1); SELECT COUNT(*) FROM @v'
----
1
1

statement ok
CREATE PROCEDURE dbo.ie_twice AS
BEGIN
  DECLARE @n int = 0;
  WHILE @n < 2
  BEGIN
    EXEC ('DECLARE @w TABLE (a int); INSERT @w VALUES (1); SELECT COUNT(*) FROM @w');
    SET @n += 1;
  END
END

query I
EXEC dbo.ie_twice
----
1
1

statement error 1087
EXEC ('DECLARE @gone TABLE (a int)')
SELECT * FROM @gone
----
error 1087: Must declare the table variable "@gone".

statement ok
DROP PROCEDURE dbo.ie_twice
