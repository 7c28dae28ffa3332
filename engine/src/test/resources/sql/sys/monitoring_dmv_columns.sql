# Columns of the session and request DMVs that monitoring procedures read.

query IIIIII
SELECT text_size, quoted_identifier, ansi_null_dflt_on, ansi_warnings, concat_null_yields_null, group_id
FROM sys.dm_exec_sessions WHERE session_id = @@SPID
----
2147483647	1	1	1	1	2

statement ok
SET ARITHABORT OFF

query II
SELECT s.arithabort, r.arithabort FROM sys.dm_exec_sessions s JOIN sys.dm_exec_requests r ON r.session_id = s.session_id
WHERE s.session_id = @@SPID
----
0	0

statement ok
SET ARITHABORT ON

query II
SELECT s.arithabort, r.arithabort FROM sys.dm_exec_sessions s JOIN sys.dm_exec_requests r ON r.session_id = s.session_id
WHERE s.session_id = @@SPID
----
1	1

query I
SELECT COUNT(*) FROM sys.dm_exec_sessions
WHERE session_id = @@SPID AND memory_usage IS NULL AND reads IS NULL AND writes IS NULL AND logical_reads IS NULL
----
1

statement ok
SET TEXTSIZE 1000

query I
SELECT text_size FROM sys.dm_exec_sessions WHERE session_id = @@SPID
----
1000

query I
SELECT text_size FROM sys.dm_exec_requests WHERE session_id = @@SPID
----
1000

statement ok
SET TEXTSIZE 0

query II
SELECT ansi_defaults, ansi_padding FROM sys.dm_exec_sessions WHERE session_id = @@SPID
----
0	1

statement ok
SET ANSI_DEFAULTS ON

query II
SELECT s.ansi_defaults, r.ansi_defaults FROM sys.dm_exec_sessions s JOIN sys.dm_exec_requests r ON r.session_id = s.session_id
WHERE s.session_id = @@SPID
----
1	1

statement ok
SET ANSI_DEFAULTS OFF

statement ok
SET IMPLICIT_TRANSACTIONS OFF

query R
SELECT percent_complete FROM sys.dm_exec_requests WHERE session_id = @@SPID
----
0

query II
SELECT granted_query_memory, CASE WHEN reads IS NULL AND writes IS NULL AND logical_reads IS NULL THEN 1 ELSE 0 END
FROM sys.dm_exec_requests WHERE session_id = @@SPID
----
0	1

# The running statement's plan_handle is the one sys.dm_exec_cached_plans lists for its batch.
query I
SELECT COUNT(*) FROM sys.dm_exec_requests r JOIN sys.dm_exec_cached_plans p ON p.plan_handle = r.plan_handle
WHERE r.session_id = @@SPID
----
1

query I
SELECT COUNT(*) FROM sys.dm_exec_requests r CROSS APPLY sys.dm_exec_query_plan(r.plan_handle) p
WHERE r.session_id = @@SPID AND p.query_plan IS NOT NULL
----
1

# dm_exec_text_query_plan: the plan as text; no row for an unknown or NULL handle.
query II
SELECT CASE WHEN p.query_plan LIKE N'<ShowPlanXML %' THEN 1 ELSE 0 END, p.encrypted
FROM sys.dm_exec_requests r
CROSS APPLY sys.dm_exec_text_query_plan(r.plan_handle, r.statement_start_offset, r.statement_end_offset) p
WHERE r.session_id = @@SPID
----
1	0

query I
SELECT COUNT(*) FROM sys.dm_exec_text_query_plan(NULL, 0, -1)
----
0

query I
SELECT COUNT(*) FROM sys.dm_exec_text_query_plan(0x0600, 0, -1)
----
0

statement error 174
SELECT * FROM sys.dm_exec_text_query_plan(NULL, 0)
----
error 174: The dm_exec_text_query_plan function requires 3 argument(s).

# No Service Broker, so no activated tasks; the view is there with its columns.
query I
SELECT COUNT(*) FROM sys.dm_broker_activated_tasks
----
0

query I
SELECT COUNT(*) FROM (SELECT spid, database_id, queue_id, procedure_name, execute_as FROM sys.dm_broker_activated_tasks) t
----
0

# OBJECT_ID finds system views by their schema-qualified names, with the ids sys.all_objects shows.
query I
SELECT CASE WHEN OBJECT_ID('sys.dm_os_sys_info') = o.object_id THEN 1 ELSE 0 END
FROM sys.all_objects o WHERE o.name = 'dm_os_sys_info'
----
1

query III
SELECT SIGN(OBJECT_ID('sys.objects')), SIGN(OBJECT_ID('[sys].[dm_exec_sessions]')), SIGN(OBJECT_ID('master.sys.dm_exec_requests'))
----
-1	-1	-1

query II
SELECT SIGN(OBJECT_ID('INFORMATION_SCHEMA.TABLES')), SIGN(OBJECT_ID('sys.sp_executesql'))
----
-1	-1

query III
SELECT OBJECT_ID('sys.objects', 'U'), OBJECT_ID('sys.no_such_view'), OBJECT_ID('objects')
----
NULL	NULL	NULL

query I
SELECT COUNT(*) FROM sys.all_columns WHERE object_id = OBJECT_ID('sys.dm_exec_sessions') AND name = 'group_id'
----
1

# Every session shows a last request end: the login time before its first request has ended.
query I
SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE last_request_end_time IS NULL
----
0
