# sys.dm_exec_query_plan(plan_handle): the cached batch's plan, as SET SHOWPLAN_XML shows it.
statement ok
CREATE TABLE dqp (id int PRIMARY KEY, v int)

statement ok
INSERT INTO dqp VALUES (1, 10)

query I
SELECT v FROM dqp WHERE id = 1
----
10

query ITI
SELECT p.dbid, p.objectid, p.encrypted FROM sys.dm_exec_cached_plans cp CROSS APPLY sys.dm_exec_sql_text(cp.plan_handle) t CROSS APPLY sys.dm_exec_query_plan(cp.plan_handle) p WHERE t.text = 'SELECT v FROM dqp WHERE id = 1'
----
1	NULL	0

query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans cp CROSS APPLY sys.dm_exec_sql_text(cp.plan_handle) t CROSS APPLY sys.dm_exec_query_plan(cp.plan_handle) p WHERE t.text = 'SELECT v FROM dqp WHERE id = 1' AND CAST(p.query_plan AS nvarchar(max)) LIKE '%PhysicalOp="Clustered Index Seek"%'
----
1

# An unknown handle: no row.
query I
SELECT COUNT(*) FROM sys.dm_exec_query_plan(0x0600)
----
0
