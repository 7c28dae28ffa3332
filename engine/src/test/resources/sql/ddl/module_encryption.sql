# WITH ENCRYPTION on a view, procedure, function or trigger: the module works, its text is hidden
# from every catalog view and function (NULL), sp_helptext says it is encrypted (15471).
statement ok
CREATE TABLE me_t (id int PRIMARY KEY, v int)

statement ok
INSERT me_t VALUES (1, 10), (2, 20)

statement ok
CREATE VIEW dbo.me_view WITH ENCRYPTION AS SELECT id, v * 2 AS v2 FROM dbo.me_t

statement ok
CREATE PROCEDURE dbo.me_proc @id int WITH ENCRYPTION, RECOMPILE AS SELECT v FROM dbo.me_t WHERE id = @id

statement ok
CREATE FUNCTION dbo.me_fn (@x int) RETURNS int WITH ENCRYPTION, SCHEMABINDING AS BEGIN RETURN @x + 1 END

statement ok
CREATE TRIGGER dbo.me_trig ON dbo.me_t WITH ENCRYPTION AFTER INSERT AS SET NOCOUNT ON

query II rowsort
SELECT id, v2 FROM dbo.me_view
----
1	20
2	40

query I
EXEC dbo.me_proc 2
----
20

query I
SELECT dbo.me_fn(41)
----
42

statement ok
INSERT me_t VALUES (3, 30)

query TII rowsort
SELECT OBJECT_NAME(object_id), CASE WHEN definition IS NULL THEN 1 ELSE 0 END, CAST(is_recompiled AS int) FROM sys.sql_modules
WHERE object_id IN (OBJECT_ID('dbo.me_view'), OBJECT_ID('dbo.me_proc'), OBJECT_ID('dbo.me_fn'), OBJECT_ID('dbo.me_trig'))
----
me_fn	1	0
me_proc	1	1
me_trig	1	0
me_view	1	0

query II
SELECT CASE WHEN OBJECT_DEFINITION(OBJECT_ID('dbo.me_proc')) IS NULL THEN 1 ELSE 0 END,
  CASE WHEN OBJECT_DEFINITION(OBJECT_ID('dbo.me_t')) IS NULL THEN 1 ELSE 0 END
----
1	1

query TI
SELECT VIEW_NAME, CASE WHEN VIEW_DEFINITION IS NULL THEN 1 ELSE 0 END FROM (SELECT TABLE_NAME AS VIEW_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'me_view') AS v
----
me_view	1

query TI rowsort
SELECT ROUTINE_NAME, CASE WHEN ROUTINE_DEFINITION IS NULL THEN 1 ELSE 0 END FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME LIKE 'me[_]%'
----
me_fn	1
me_proc	1

query II
SELECT CAST(encrypted AS int), CASE WHEN text IS NULL THEN 1 ELSE 0 END FROM sys.syscomments WHERE id = OBJECT_ID('dbo.me_proc')
----
1	1

statement ok
EXEC sp_helptext 'dbo.me_view'
----
! The text for object 'dbo.me_view' is encrypted.

# An unencrypted module still shows its text.
statement ok
CREATE PROCEDURE dbo.me_plain AS SELECT 1 AS one

query I
SELECT CASE WHEN OBJECT_DEFINITION(OBJECT_ID('dbo.me_plain')) LIKE 'CREATE PROCEDURE dbo.me_plain%' THEN 1 ELSE 0 END
----
1

# sys.dm_exec_sql_text of an encrypted module's sql_handle: its database and object, encrypted = 1
# and no text (and no plan from sys.dm_exec_query_plan); an unencrypted module's shows its text.
statement ok
CREATE PROCEDURE dbo.me_peek WITH ENCRYPTION AS
SELECT CAST(t.encrypted AS int) AS enc, CASE WHEN t.text IS NULL THEN 1 ELSE 0 END AS hidden,
  CASE WHEN t.objectid = OBJECT_ID('dbo.me_peek') AND t.dbid = DB_ID() THEN 1 ELSE 0 END AS mine, t.number
FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID

query IIII
EXEC dbo.me_peek
----
1	1	1	1

statement ok
CREATE PROCEDURE dbo.me_open AS
SELECT CAST(t.encrypted AS int) AS enc, CASE WHEN t.text LIKE 'CREATE PROCEDURE dbo.me_open%' THEN 1 ELSE 0 END AS shown,
  CASE WHEN t.objectid = OBJECT_ID('dbo.me_open') THEN 1 ELSE 0 END AS mine
FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID

query III
EXEC dbo.me_open
----
0	1	1

query IIII
DECLARE @ran TABLE (enc int, hidden int, mine int, number int);
INSERT @ran EXEC dbo.me_peek;
SELECT CAST(t.encrypted AS int), CASE WHEN t.text IS NULL THEN 1 ELSE 0 END, CAST(p.encrypted AS int),
  CASE WHEN p.query_plan IS NULL THEN 1 ELSE 0 END
FROM sys.dm_exec_procedure_stats AS s CROSS APPLY sys.dm_exec_sql_text(s.sql_handle) AS t
CROSS APPLY sys.dm_exec_query_plan(s.plan_handle) AS p
WHERE s.object_id = OBJECT_ID('dbo.me_peek')
----
1	1	1	1

# A batch's text has no object.
query II
SELECT CASE WHEN t.objectid IS NULL AND t.number IS NULL THEN 1 ELSE 0 END, CAST(t.encrypted AS int)
FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS t WHERE r.session_id = @@SPID
----
1	0
