# Stored procedures: CREATE [OR ALTER] / ALTER / DROP PROCEDURE, called by EXEC with arguments by
# position or name, defaults, OUTPUT parameters and a RETURN status.

statement ok
CREATE TABLE pr_t (id int PRIMARY KEY, v nvarchar(10))

statement ok
INSERT pr_t VALUES (1, N'one'), (2, N'two'), (3, N'three')

statement ok
CREATE PROCEDURE dbo.pr_find @id int, @fallback nvarchar(10) = N'none', @found nvarchar(10) = NULL OUTPUT
AS
BEGIN
  SET NOCOUNT ON;
  SELECT @found = v FROM pr_t WHERE id = @id;
  IF @found IS NULL
  BEGIN
    SET @found = @fallback;
    RETURN 1;
  END
  SELECT id, v FROM pr_t WHERE id = @id;
  RETURN 0;
END

query IT
EXEC pr_find 2
----
2	two

query TI
DECLARE @f nvarchar(10), @rc int; EXEC @rc = dbo.pr_find @id = 9, @found = @f OUTPUT; SELECT @f, @rc
----
none	1

query TI
DECLARE @f nvarchar(10), @rc int; EXEC @rc = pr_find 9, N'nothing', @f OUTPUT; SELECT @f, @rc
----
nothing	1

query TI
DECLARE @f nvarchar(10); EXEC pr_find @found = @f OUTPUT, @id = 3; SELECT @f, 0
----
3	three
three	0

statement error 201
EXEC pr_find
----
error 201: Procedure or function 'pr_find' expects parameter '@id', which was not supplied.

statement error 8144
EXEC pr_find 1, N'x', NULL, 4
----
error 8144: Procedure or function pr_find has too many arguments specified.

statement error 8145
EXEC pr_find @nope = 1
----
error 8145: @nope is not a parameter for procedure pr_find.

statement error 2714
CREATE PROC pr_find AS SELECT 1

statement ok
CREATE OR ALTER PROC pr_find (@id int) AS SELECT COUNT(*) FROM pr_t WHERE id <= @id

query I
EXEC pr_find 2
----
2

statement ok
ALTER PROCEDURE pr_find @id int = 3 WITH RECOMPILE AS SELECT v FROM pr_t WHERE id = @id

query T
EXEC pr_find
----
three

# A procedure calling another, and one that changes tables in the caller's transaction.
statement ok
CREATE PROCEDURE pr_add @id int, @v nvarchar(10) AS INSERT pr_t VALUES (@id, @v); EXEC pr_find @id

query T
BEGIN TRAN; EXEC pr_add 4, N'four'; ROLLBACK; SELECT COUNT(*) FROM pr_t
----
four
3

query TT
SELECT name, type_desc FROM sys.objects WHERE name LIKE 'pr[_]%' AND type = 'P' ORDER BY name
----
pr_add	SQL_STORED_PROCEDURE
pr_find	SQL_STORED_PROCEDURE

statement error 111
SELECT 1; CREATE PROCEDURE pr_late AS SELECT 2
----
error 111: 'CREATE/ALTER PROCEDURE' must be the first statement in a query batch.

statement error 156
CREATE PROCEDURE pr_bad AS SELECT FROM WHERE
----
error 156: Incorrect syntax near the keyword 'FROM'.

statement ok
DROP PROCEDURE pr_add, pr_find

statement ok
DROP PROC IF EXISTS pr_find

statement error 3701
DROP PROCEDURE pr_find
----
error 3701: Cannot drop the procedure 'pr_find', because it does not exist or you do not have permission.

statement error 2812
EXEC pr_find 1
----
error 2812: Could not find stored procedure 'pr_find'.

# A body whose DECLARE reads a table, called inside INSERT … EXEC and then alone.
statement ok
CREATE TABLE pr_src (k int, v int)

statement ok
INSERT pr_src VALUES (1, 10), (2, 20)

statement ok
CREATE TABLE pr_dst (k int, v int)

statement ok
CREATE PROCEDURE pr_read @k int AS DECLARE @v int = (SELECT v FROM pr_src WHERE k = @k); SELECT @k, @v

statement ok
INSERT pr_dst EXEC pr_read 2

query II
EXEC pr_read 1
----
1	10

query II
SELECT k, v FROM pr_dst
----
2	20

# The same for sp_executesql's cached plans.
statement ok
INSERT pr_dst EXEC sp_executesql N'DECLARE @v int = (SELECT v FROM pr_src WHERE k = 1); SELECT 1, @v'

query II
EXEC sp_executesql N'DECLARE @v int = (SELECT v FROM pr_src WHERE k = 1); SELECT 1, @v'
----
1	10

# Catalog views of modules.
statement ok
CREATE PROCEDURE pr_listed AS SELECT 1

statement ok
CREATE VIEW pr_view AS SELECT 1 AS one

query TT
SELECT p.name, p.type_desc FROM sys.procedures p WHERE p.name = 'pr_listed'
----
pr_listed	SQL_STORED_PROCEDURE

query T
SELECT name FROM sys.views WHERE name = 'pr_view'
----
pr_view

query T
SELECT m.definition FROM sys.sql_modules m JOIN sys.objects o ON o.object_id = m.object_id WHERE o.name = 'pr_listed'
----
CREATE PROCEDURE pr_listed AS SELECT 1

query T
SELECT OBJECT_DEFINITION(OBJECT_ID('pr_listed'))
----
CREATE PROCEDURE pr_listed AS SELECT 1

query I
SELECT COUNT(*) WHERE OBJECT_DEFINITION(OBJECT_ID('pr_t')) IS NULL
----
1

# A procedure calling itself without end stops at SQL Server's nesting limit.
statement ok
CREATE PROCEDURE pr_forever @n int AS SET @n = @n + 1; EXEC pr_forever @n

statement error 217
EXEC pr_forever 0
----
error 217: Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).

query I
SELECT 1
----
1

# @@NESTLEVEL: 0 in the client's batch, one more in each procedure or dynamic SQL.
statement ok
CREATE PROCEDURE pr_level AS SELECT @@NESTLEVEL; EXEC sp_executesql N'SELECT @@NESTLEVEL'

query I
SELECT @@NESTLEVEL
----
0

query I
EXEC pr_level
----
1
2

# sp_helptext: the definition, line by line.
statement ok
CREATE PROCEDURE pr_lines
AS
SELECT 1

# (each row ends with its line break, shown here as |)
query T
DECLARE @t TABLE (n int IDENTITY, line nvarchar(255)); INSERT @t (line) EXEC sp_helptext 'pr_lines'; SELECT REPLACE(line, NCHAR(10), N'|') FROM @t ORDER BY n
----
CREATE PROCEDURE pr_lines|
AS|
SELECT 1

statement error 15197
EXEC sp_helptext 'pr_t'
----
error 15197: There is no text for object 'pr_t'.

statement error 15009
EXEC sp_helptext @objname = 'nope'
----
error 15009: The object 'nope' does not exist in database 'master' or is invalid for this operation.
