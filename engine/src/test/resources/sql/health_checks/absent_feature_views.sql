# The views of features a server without clustering, availability groups, mirroring, audits,
# linked servers, SSIS or SQL Trace shows empty, and the SQLOS views of one node.
query IIIIIIII
SELECT (SELECT COUNT(*) FROM sys.availability_replicas), (SELECT COUNT(*) FROM sys.dm_hadr_availability_group_states),
  (SELECT COUNT(*) FROM sys.dm_hadr_availability_replica_cluster_states), (SELECT COUNT(*) FROM sys.dm_os_cluster_nodes),
  (SELECT COUNT(*) FROM sys.dm_hadr_auto_page_repair), (SELECT COUNT(*) FROM sys.dm_db_mirroring_auto_page_repair),
  (SELECT COUNT(*) FROM sys.dm_server_audit_status), (SELECT COUNT(*) FROM sys.linked_logins)
----
0	0	0	0	0	0	0	0

query III
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysssispackages), (SELECT COUNT(*) FROM msdb.dbo.sysmaintplan_subplans),
  (SELECT COUNT(*) FROM msdb.dbo.suspect_pages)
----
0	0	0

# sys.servers holds the local server, server_id 0, named as @@SERVERNAME.
query IIII
SELECT server_id, CASE WHEN name = @@SERVERNAME THEN 1 ELSE 0 END, is_linked, is_data_access_enabled FROM sys.servers
----
0	1	0	0

# One online node with a scheduler per processor (as sys.dm_os_schedulers lists them), no DAC node.
query TII
SELECT n.node_state_desc, CASE WHEN n.online_scheduler_count = (SELECT COUNT(*) FROM sys.dm_os_schedulers
  WHERE status = 'VISIBLE ONLINE') THEN 1 ELSE 0 END, m.locked_page_allocations_kb
FROM sys.dm_os_nodes n INNER JOIN sys.dm_os_memory_nodes m ON n.memory_node_id = m.memory_node_id
----
ONLINE	1	0

query TII
SELECT state_description, state, current_size_in_kb FROM sys.dm_os_buffer_pool_extension_configuration
----
BUFFER POOL EXTENSION DISABLED	0	0

query II
SELECT locked_page_allocations_kb, CASE WHEN physical_memory_in_use_kb > 0 THEN 1 ELSE 0 END FROM sys.dm_os_process_memory
----
0	1

query III
SELECT (SELECT COUNT(*) FROM sys.dm_os_loaded_modules), (SELECT COUNT(*) FROM sys.dm_exec_query_optimizer_info),
  (SELECT COUNT(*) FROM sys.dm_os_memory_cache_counters)
----
0	0	0

# SQL Trace: Quern writes no trace files, so none can be read.
statement error 567
SELECT * FROM sys.fn_trace_gettable(N'/var/opt/log.trc', DEFAULT)

statement ok
DECLARE @issue bit;
BEGIN TRY
  SELECT TOP 1 t.TextData, t.EventClass, t.StartTime, t.DBUserName FROM sys.fn_trace_gettable(NULL, DEFAULT) t;
  SET @issue = 0;
END TRY
BEGIN CATCH
  SET @issue = 1;
END CATCH
IF @issue <> 1 RAISERROR('trace', 16, 1)

# The attributes of a cached plan: its database, as a cache key.
statement ok
SELECT COUNT(*) FROM sys.objects

query TI
SELECT TOP 1 pa.attribute, pa.is_cache_key FROM sys.dm_exec_cached_plans cp
CROSS APPLY sys.dm_exec_plan_attributes(cp.plan_handle) pa
WHERE pa.attribute = 'dbid'
----
dbid	1

# ms_ticks counts from the host's start: the host booted no later than the server started.
query II
SELECT CASE WHEN DATEADD(SECOND, -(ms_ticks / 1000), GETDATE()) <= DATEADD(SECOND, 1, sqlserver_start_time) THEN 1 ELSE 0 END,
  CASE WHEN ms_ticks >= sqlserver_start_time_ms_ticks AND sqlserver_start_time_ms_ticks >= 0 THEN 1 ELSE 0 END
FROM sys.dm_os_sys_info
----
1	1
