# The session and request columns sp_BlitzWho reads: SQL logins have no Windows domain or user,
# CONTEXT_INFO shows once set, the request runs a serial plan with no completion estimate in the
# default workload group, and joining sys.dm_exec_query_resource_semaphores to the (empty) memory
# grants finds nothing (Quern grants no query memory).
query TTTT
SELECT COALESCE(nt_domain, 'NULL'), COALESCE(nt_user_name, 'NULL'), COALESCE(CONVERT(varchar(10), context_info, 1), 'NULL'),
  CASE WHEN original_login_name = login_name THEN 'same' ELSE 'differs' END
FROM sys.dm_exec_sessions WHERE session_id = @@SPID
----
NULL	NULL	NULL	same

statement ok
SET CONTEXT_INFO 0x0102

query TT
SELECT CONVERT(varchar(10), SUBSTRING(s.context_info, 1, 2), 1), CONVERT(varchar(10), SUBSTRING(r.context_info, 1, 2), 1)
FROM sys.dm_exec_sessions AS s JOIN sys.dm_exec_requests AS r ON r.session_id = s.session_id WHERE s.session_id = @@SPID
----
0x0102	0x0102

query IIII
SELECT dop, parallel_worker_count, estimated_completion_time, group_id FROM sys.dm_exec_requests WHERE session_id = @@SPID
----
1	0	0	2

query I
SELECT COUNT(*) FROM sys.dm_exec_requests AS r
LEFT JOIN sys.dm_exec_query_memory_grants AS qmg ON r.session_id = qmg.session_id AND r.request_id = qmg.request_id
LEFT JOIN sys.dm_exec_query_resource_semaphores AS qrs ON qmg.resource_semaphore_id = qrs.resource_semaphore_id AND qmg.pool_id = qrs.pool_id
WHERE r.session_id = @@SPID AND qrs.pool_id IS NULL
----
1
