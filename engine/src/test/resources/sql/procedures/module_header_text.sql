# A module's stored text starts at the comments in front of its CREATE or ALTER in the batch (a
# header block), as SQL Server keeps it; ALTER is stored as CREATE. A procedure's requests show
# that whole text (sys.dm_exec_sql_text), so a procedure may read its own header, and its error
# lines count from the header's first line.
statement ok
/* header: what the procedure does
   second line */
CREATE PROCEDURE dbo.mh_proc AS SELECT 1 AS one

query T
SELECT REPLACE(OBJECT_DEFINITION(OBJECT_ID('dbo.mh_proc')), CHAR(10), ' | ')
----
/* header: what the procedure does |    second line */ | CREATE PROCEDURE dbo.mh_proc AS SELECT 1 AS one

statement ok
-- the new version
ALTER PROCEDURE dbo.mh_proc AS
BEGIN
  DECLARE @h nvarchar(100);
  SELECT @h = SUBSTRING(t.text, 4, CHARINDEX(CHAR(10), t.text) - 4)
  FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t
  WHERE r.session_id = @@SPID;
  RAISERROR(@h, 16, 1);
END

query T
SELECT REPLACE(LEFT(definition, 42), CHAR(10), ' | ') FROM sys.sql_modules WHERE object_id = OBJECT_ID('dbo.mh_proc')
----
-- the new version | CREATE PROCEDURE dbo.mh

query TI
BEGIN TRY EXEC dbo.mh_proc END TRY BEGIN CATCH SELECT ERROR_MESSAGE(), ERROR_LINE() END CATCH
----
the new version	8

# The running statement's offsets count in that text: the statement is where they say.
statement ok
/* offsets */
CREATE PROCEDURE dbo.mh_offsets @p int = 1 AS
SELECT SUBSTRING(t.text, r.statement_start_offset / 2 + 1, 20)
FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t
WHERE r.session_id = @@SPID

query T
EXEC dbo.mh_offsets
----
SELECT SUBSTRING(t.t

# Functions keep theirs the same way.
statement ok
/* scalar */ CREATE FUNCTION dbo.mh_f () RETURNS int AS BEGIN RETURN 1 END

query T
SELECT OBJECT_DEFINITION(OBJECT_ID('dbo.mh_f'))
----
/* scalar */ CREATE FUNCTION dbo.mh_f () RETURNS int AS BEGIN RETURN 1 END

statement ok
DROP FUNCTION dbo.mh_f
DROP PROCEDURE dbo.mh_proc, dbo.mh_offsets
