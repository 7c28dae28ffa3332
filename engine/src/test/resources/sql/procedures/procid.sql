# @@PROCID: the object id of the procedure (or trigger) whose statement is running, 0 in the
# client's batch and in dynamic SQL, so OBJECT_NAME(@@PROCID) names the running procedure and
# sys.sql_modules can be read for it.
query I
SELECT @@PROCID
----
0

statement ok
CREATE TABLE dbo.pid_log (step int IDENTITY, name sysname NULL, detail sql_variant NULL)

statement ok
CREATE PROCEDURE dbo.pid_inner AS
  INSERT INTO dbo.pid_log (name, detail)
  VALUES (OBJECT_NAME(@@PROCID), CASE WHEN @@PROCID = OBJECT_ID('dbo.pid_inner') THEN 1 ELSE 0 END)

statement ok
CREATE PROCEDURE dbo.pid_outer AS
BEGIN
  DECLARE @schema sysname = OBJECT_SCHEMA_NAME(@@PROCID), @name sysname = OBJECT_NAME(@@PROCID);
  INSERT INTO dbo.pid_log (name, detail) VALUES (@schema + '.' + @name, (SELECT uses_ansi_nulls FROM sys.sql_modules WHERE object_id = @@PROCID));
  EXEC dbo.pid_inner;
  EXEC sp_executesql N'INSERT INTO dbo.pid_log (name, detail) VALUES (''dynamic'', @@PROCID)';
  INSERT INTO dbo.pid_log (name) VALUES (OBJECT_NAME(@@PROCID));
END

statement ok
EXEC dbo.pid_outer

statement ok
CREATE TABLE dbo.pid_t (id int)

statement ok
CREATE TRIGGER dbo.pid_trg ON dbo.pid_t AFTER INSERT AS INSERT INTO dbo.pid_log (name) VALUES (OBJECT_NAME(@@PROCID))

statement ok
INSERT INTO dbo.pid_t VALUES (1)

query ITT
SELECT step, name, CAST(detail AS varchar(10)) FROM dbo.pid_log ORDER BY step
----
1	dbo.pid_outer	1
2	pid_inner	1
3	dynamic	0
4	pid_outer	NULL
5	pid_trg	NULL
