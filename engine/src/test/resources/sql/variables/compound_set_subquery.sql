# SET @v op= (a query reading a table variable or #table declared in the same batch): the table
# is found when the statement runs (deferred name resolution), as for SET @v = (…).
query TI
DECLARE @files TABLE (path nvarchar(100), n int);
DECLARE @cmd nvarchar(max) = N'TO', @count int = 10;
INSERT INTO @files VALUES (N'/b/one.bak', 1);
SET @cmd += N' DISK = ' + REPLACE((SELECT path FROM @files WHERE n = 1), N'/b', N'/backup');
SET @count -= (SELECT COUNT(*) FROM @files);
SELECT @cmd, @count
----
TO DISK = /backup/one.bak	9

query I
CREATE TABLE #nums (n int);
INSERT INTO #nums VALUES (4), (6);
DECLARE @x int = 3;
SET @x *= (SELECT SUM(n) FROM #nums);
SET @x |= (SELECT MIN(n) FROM #nums);
SELECT @x
----
30

statement error 208
DECLARE @y int = 0;
SET @y += (SELECT COUNT(*) FROM dbo.no_such_table_cs)
----
error 208: Invalid object name 'dbo.no_such_table_cs'.
