# no-restart: the plan cache and its statistics live in memory; a restart empties them.
# sys.dm_exec_query_stats: one row per statement of a cached plan that ran, counters that move.
statement ok
CREATE TABLE qs (id int PRIMARY KEY, v int)

statement ok
INSERT INTO qs VALUES (1, 10), (2, 20), (3, 30)

query I
SELECT v FROM qs WHERE id > 1 /* probe-a */
----
20
30

query I
SELECT v FROM qs WHERE id > 1 /* probe-a */
----
20
30

# Run twice: one row, execution_count 2, two rows each time; times ordered min <= last/max <= total.
query IIIII
SELECT qs.execution_count, qs.total_rows, qs.last_rows, qs.min_rows, qs.max_rows
FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-a%' AND t.text NOT LIKE '%dm_exec%'
----
2	4	2	2	2

query TTTT
SELECT CASE WHEN qs.min_worker_time <= qs.max_worker_time AND qs.max_worker_time <= qs.total_worker_time THEN 'ok' END,
  CASE WHEN qs.min_elapsed_time <= qs.max_elapsed_time AND qs.max_elapsed_time <= qs.total_elapsed_time AND qs.total_elapsed_time > 0 THEN 'ok' END,
  CASE WHEN qs.creation_time <= qs.last_execution_time AND qs.last_execution_time <= GETDATE() THEN 'ok' END,
  CASE WHEN DATALENGTH(qs.query_hash) = 8 AND DATALENGTH(qs.plan_handle) = 64 THEN 'ok' END
FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-a%' AND t.text NOT LIKE '%dm_exec%'
----
ok	ok	ok	ok

# A batch of two statements: a row each, the offsets picking each out of the text.
query I
SELECT COUNT(*) FROM qs /* probe-b */
UPDATE qs SET v = v + 1 WHERE id = 3
----
3

query TII
SELECT SUBSTRING(t.text, qs.statement_start_offset / 2 + 1,
  (CASE qs.statement_end_offset WHEN -1 THEN DATALENGTH(t.text) ELSE qs.statement_end_offset END - qs.statement_start_offset) / 2 + 1),
  qs.execution_count, qs.last_rows
FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-b%' AND t.text NOT LIKE '%dm_exec%'
ORDER BY qs.statement_start_offset
----
SELECT COUNT(*) FROM qs	1	1
UPDATE qs SET v = v + 1 WHERE id = 3	1	1

# The DBA's "top queries by CPU" query.
query T
SELECT TOP 1 CASE WHEN SUBSTRING(t.text, qs.statement_start_offset / 2 + 1,
  (CASE qs.statement_end_offset WHEN -1 THEN DATALENGTH(t.text) ELSE qs.statement_end_offset END - qs.statement_start_offset) / 2 + 1) IS NOT NULL THEN 'ok' END
FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
ORDER BY qs.total_worker_time DESC
----
ok

# Queries differing only in literals share a query_hash; a different query does not.
query I
SELECT v FROM qs WHERE id = 1 /* probe-c */
----
10

query I
SELECT v FROM qs WHERE id = 2 /* probe-c */
----
20

query II
SELECT COUNT(*), COUNT(DISTINCT qs.query_hash)
FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-c%' AND t.text NOT LIKE '%dm_exec%'
----
2	1

# Control of flow, DECLARE and SET have no query plan: only the SELECT inside the loop counts.
query I
DECLARE @i int = 0 /* probe-d */
WHILE @i < 3
BEGIN
  SET @i = @i + 1
  SELECT @i = @i + v - v FROM qs WHERE id = 1
END
SELECT @i
----
3

query II
SELECT COUNT(*), SUM(qs.execution_count)
FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t
WHERE t.text LIKE '%probe-d%' AND t.text NOT LIKE '%dm_exec%'
----
2	4

# sp_executesql's plan is Prepared, counted once per call; the batch's is Adhoc.
query I
EXEC sp_executesql N'SELECT v FROM qs WHERE id = @id /* probe-e */', N'@id int', 1
----
10

query I
EXEC sp_executesql N'SELECT v FROM qs WHERE id = @id /* probe-e */', N'@id int', 2
----
20

query TI
SELECT p.objtype, p.usecounts
FROM sys.dm_exec_cached_plans AS p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) AS t
WHERE t.text LIKE '%probe-e%' AND t.text NOT LIKE '%dm_exec%' AND t.text NOT LIKE '%sp_executesql%'
----
Prepared	2

query TI
SELECT p.objtype, p.usecounts
FROM sys.dm_exec_cached_plans AS p CROSS APPLY sys.dm_exec_sql_text(p.plan_handle) AS t
WHERE t.text LIKE '%probe-a%' AND t.text NOT LIKE '%dm_exec%'
----
Adhoc	2

# A procedure: its calls in dm_exec_procedure_stats, its statements in dm_exec_query_stats.
statement ok
CREATE PROCEDURE qs_proc @id int AS SELECT v FROM qs WHERE id = @id

query I
EXEC qs_proc 1
----
10

query I
EXEC qs_proc @id = 2
----
20

query TTII
SELECT OBJECT_NAME(ps.object_id), ps.type_desc, ps.execution_count, CASE WHEN ps.database_id = DB_ID() THEN 1 END
FROM sys.dm_exec_procedure_stats AS ps
----
qs_proc	SQL_STORED_PROCEDURE	2	1

query TI
SELECT p.objtype, p.usecounts FROM sys.dm_exec_procedure_stats AS ps JOIN sys.dm_exec_cached_plans AS p ON p.plan_handle = ps.plan_handle
----
Proc	2

query II
SELECT qs.execution_count, qs.total_rows FROM sys.dm_exec_query_stats AS qs JOIN sys.dm_exec_procedure_stats AS ps ON ps.plan_handle = qs.plan_handle
----
2	2

# A trigger's calls in dm_exec_trigger_stats.
statement ok
CREATE TRIGGER qs_trig ON qs AFTER UPDATE AS SET NOCOUNT ON

statement ok
UPDATE qs SET v = v WHERE id = 1

query TTI
SELECT OBJECT_NAME(ts.object_id), ts.type_desc, ts.execution_count FROM sys.dm_exec_trigger_stats AS ts
----
qs_trig	SQL_TRIGGER	1

describe
SELECT TOP 0 sql_handle, statement_start_offset, statement_end_offset, plan_handle, creation_time, last_execution_time, execution_count, total_worker_time, total_elapsed_time, total_rows, total_logical_reads, query_hash, query_plan_hash FROM sys.dm_exec_query_stats
----
sql_handle	varbinary(64)	NOT NULL
statement_start_offset	int	NOT NULL
statement_end_offset	int	NOT NULL
plan_handle	varbinary(64)	NOT NULL
creation_time	datetime	NULL
last_execution_time	datetime	NULL
execution_count	bigint	NOT NULL
total_worker_time	bigint	NOT NULL
total_elapsed_time	bigint	NOT NULL
total_rows	bigint	NOT NULL
total_logical_reads	bigint	NOT NULL
query_hash	binary(8)	NULL
query_plan_hash	binary(8)	NULL

describe
SELECT * FROM sys.dm_exec_cached_plans
----
bucketid	int	NOT NULL
refcounts	int	NOT NULL
usecounts	int	NOT NULL
size_in_bytes	int	NOT NULL
memory_object_address	varbinary(8)	NOT NULL
cacheobjtype	nvarchar(50)	NOT NULL
objtype	nvarchar(20)	NOT NULL
plan_handle	varbinary(64)	NOT NULL
pool_id	int	NOT NULL
parent_plan_handle	varbinary(64)	NULL
