# no-restart: a block keeps a transaction open across batches.
# Nesting that runs the parser out of stack is error 191, a compile error: nothing of the nested
# batch runs, and the transaction around it stays open as after any compile error.
statement ok
CREATE TABLE stack_t (a int)

statement error 191
BEGIN TRAN
INSERT stack_t VALUES (1)
DECLARE @s nvarchar(max) = N'SELECT ' + REPLICATE(CAST(N'(' AS nvarchar(max)), 100000) + N'1' + REPLICATE(CAST(N')' AS nvarchar(max)), 100000)
EXEC (@s)
----
error 191: Some part of your SQL statement is nested too deeply. Rewrite the query or break it up into smaller queries.

query II
SELECT @@TRANCOUNT, COUNT(*) FROM stack_t
----
1	1

statement ok
ROLLBACK

# A chain the parser reads in a loop but binding recurses into (SQL Server's own example of 8631:
# SET @v = @a + @a + @a …): error 8631, severity 17. The batch ends and the transaction is rolled
# back, its locks released; the session goes on.
statement error 8631
BEGIN TRAN
INSERT stack_t VALUES (2)
DECLARE @s nvarchar(max) = N'DECLARE @a int = 1, @v int; SET @v = @a' + REPLICATE(CAST(N' + @a' AS nvarchar(max)), 200000)
EXEC (@s)
SELECT 'not reached'
----
error 8631: Internal error: Server stack limit has been reached. Please look for potentially deep nesting in your query, and try to simplify it.

query II
SELECT @@TRANCOUNT, COUNT(*) FROM stack_t
----
0	0

# Inside TRY it is caught like any error of severity 17; the transaction is already gone.
query IIII
BEGIN TRAN
INSERT stack_t VALUES (3)
BEGIN TRY
  DECLARE @s nvarchar(max) = N'DECLARE @a int = 1, @v int; SET @v = @a' + REPLICATE(CAST(N' + @a' AS nvarchar(max)), 200000)
  EXEC (@s)
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_SEVERITY(), XACT_STATE(), @@TRANCOUNT
END CATCH
----
8631	17	0	0

query I
SELECT COUNT(*) FROM stack_t
----
0

statement ok
DROP TABLE stack_t
