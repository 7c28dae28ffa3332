# A #temp table created in a stored procedure, trigger or dynamic batch is dropped when that module
# ends, whether it ends normally or by an error; one the caller created stays, and is visible inside.
statement ok
CREATE PROCEDURE dbo.scope_make AS
BEGIN
  CREATE TABLE #made (a int);
  INSERT #made VALUES (1);
  SELECT a FROM #made;
END

query I
EXEC dbo.scope_make
----
1

# A second call creates it again: the first call's table ended with it.
query I
EXEC dbo.scope_make
----
1

statement error 208
SELECT a FROM #made
----
error 208: Invalid object name '#made'.

# The procedure's error ends it too: its table goes with it.
statement ok
CREATE PROCEDURE dbo.scope_fail AS
BEGIN
  CREATE TABLE #failing (a int);
  SELECT 1 / 0;
END

statement error 8134
EXEC dbo.scope_fail
----
error 8134: Divide by zero error encountered.

statement error 8134
EXEC dbo.scope_fail
----
error 8134: Divide by zero error encountered.

# SELECT … INTO #t in a procedure is dropped with it as well.
statement ok
CREATE PROCEDURE dbo.scope_into AS
BEGIN
  SELECT 7 AS v INTO #into_made;
  SELECT v FROM #into_made;
END

query I
EXEC dbo.scope_into
EXEC dbo.scope_into
----
7
7

# The caller's #temp table is the procedure's to use, and outlives it.
statement ok
CREATE PROCEDURE dbo.scope_use AS INSERT #outer VALUES (2)

query I
CREATE TABLE #outer (a int)
EXEC dbo.scope_use
EXEC dbo.scope_use
SELECT COUNT(*) FROM #outer
----
2

statement ok
DROP TABLE #outer

# EXEC ('…') and sp_executesql in T-SQL are scopes of their own.
query I
EXEC ('CREATE TABLE #dyn (a int); INSERT #dyn VALUES (3); SELECT a FROM #dyn')
EXEC sp_executesql N'SELECT 4 AS a INTO #dyn2; SELECT a FROM #dyn2'
SELECT OBJECT_ID('tempdb..#dyn') + OBJECT_ID('tempdb..#dyn2')
----
3
4
NULL

# A nested procedure's table ends with it, not with its caller; the caller's table stays.
statement ok
CREATE PROCEDURE dbo.scope_inner AS CREATE TABLE #inner (a int)

statement ok
CREATE PROCEDURE dbo.scope_outer AS
BEGIN
  CREATE TABLE #outer_own (a int);
  EXEC dbo.scope_inner;
  SELECT CASE WHEN OBJECT_ID('tempdb..#inner') IS NULL THEN 'inner gone' ELSE 'inner kept' END,
         CASE WHEN OBJECT_ID('tempdb..#outer_own') IS NULL THEN 'own gone' ELSE 'own kept' END;
END

query TT
EXEC dbo.scope_outer
----
inner gone	own kept

# In an open transaction the drop is part of it; the transaction still commits.
query I
BEGIN TRANSACTION
EXEC dbo.scope_make
COMMIT
SELECT @@TRANCOUNT
----
1
0

# Table variables are not touched by a procedure's end in sp_executesql with a table parameter.
statement ok
CREATE TYPE dbo.scope_ids AS TABLE (id int)

query I
DECLARE @t dbo.scope_ids
INSERT @t VALUES (1), (2)
EXEC sp_executesql N'SELECT COUNT(*) FROM @p', N'@p dbo.scope_ids READONLY', @p = @t
----
2

statement ok
DROP PROCEDURE dbo.scope_make, dbo.scope_fail, dbo.scope_into, dbo.scope_use, dbo.scope_inner, dbo.scope_outer
DROP TYPE dbo.scope_ids
