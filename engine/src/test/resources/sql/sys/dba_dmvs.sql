# The DMVs a DBA's monitoring scripts read: their documented columns, and the values that do not
# depend on timing. Live values (blocking, running tasks) are tested through clients in it/.
describe
SELECT TOP 0 * FROM sys.dm_tran_database_transactions
----
transaction_id	bigint	NOT NULL
database_id	int	NOT NULL
database_transaction_begin_time	datetime	NULL
database_transaction_type	int	NOT NULL
database_transaction_state	int	NOT NULL
database_transaction_status	int	NOT NULL
database_transaction_status2	int	NOT NULL
database_transaction_log_record_count	bigint	NOT NULL
database_transaction_replicate_record_count	int	NOT NULL
database_transaction_log_bytes_used	bigint	NOT NULL
database_transaction_log_bytes_reserved	bigint	NOT NULL
database_transaction_log_bytes_used_system	int	NOT NULL
database_transaction_log_bytes_reserved_system	int	NOT NULL
database_transaction_begin_lsn	numeric(25,0)	NULL
database_transaction_last_lsn	numeric(25,0)	NULL
database_transaction_most_recent_savepoint_lsn	numeric(25,0)	NULL
database_transaction_commit_lsn	numeric(25,0)	NULL
database_transaction_last_rollback_lsn	numeric(25,0)	NULL
database_transaction_next_undo_lsn	numeric(25,0)	NULL

describe
SELECT TOP 0 * FROM sys.dm_db_log_space_usage
----
database_id	smallint	NOT NULL
total_log_size_in_bytes	bigint	NOT NULL
used_log_space_in_bytes	bigint	NOT NULL
used_log_space_in_percent	real	NOT NULL
log_space_in_bytes_since_last_backup	bigint	NOT NULL

describe
SELECT TOP 0 * FROM sys.dm_db_file_space_usage
----
database_id	smallint	NOT NULL
file_id	smallint	NOT NULL
filegroup_id	smallint	NOT NULL
total_page_count	bigint	NOT NULL
allocated_extent_page_count	bigint	NOT NULL
unallocated_extent_page_count	bigint	NOT NULL
version_store_reserved_page_count	bigint	NOT NULL
user_object_reserved_page_count	bigint	NOT NULL
internal_object_reserved_page_count	bigint	NOT NULL
mixed_extent_page_count	bigint	NOT NULL
modified_extent_page_count	bigint	NOT NULL

describe
SELECT TOP 0 * FROM sys.dm_db_session_space_usage
----
session_id	smallint	NOT NULL
database_id	smallint	NOT NULL
user_objects_alloc_page_count	bigint	NOT NULL
user_objects_dealloc_page_count	bigint	NOT NULL
internal_objects_alloc_page_count	bigint	NOT NULL
internal_objects_dealloc_page_count	bigint	NOT NULL
user_objects_deferred_dealloc_page_count	bigint	NOT NULL

describe
SELECT TOP 0 * FROM sys.dm_db_task_space_usage
----
session_id	smallint	NOT NULL
request_id	int	NOT NULL
exec_context_id	int	NOT NULL
database_id	smallint	NOT NULL
user_objects_alloc_page_count	bigint	NOT NULL
user_objects_dealloc_page_count	bigint	NOT NULL
internal_objects_alloc_page_count	bigint	NOT NULL
internal_objects_dealloc_page_count	bigint	NOT NULL

describe
SELECT TOP 0 * FROM sys.dm_os_tasks
----
task_address	varbinary(8)	NOT NULL
task_state	nvarchar(60)	NULL
context_switches_count	int	NULL
pending_io_count	int	NULL
pending_io_byte_count	bigint	NULL
pending_io_byte_average	int	NULL
scheduler_id	int	NULL
session_id	smallint	NULL
exec_context_id	int	NULL
request_id	int	NULL
worker_address	varbinary(8)	NULL
host_address	varbinary(8)	NULL
parent_task_address	varbinary(8)	NULL

describe
SELECT TOP 0 * FROM sys.dm_os_workers
----
worker_address	varbinary(8)	NOT NULL
status	int	NULL
is_preemptive	bit	NULL
is_fiber	bit	NULL
is_sick	bit	NULL
is_in_cc_exception	bit	NULL
is_fatal_exception	bit	NULL
is_inside_catch	bit	NULL
is_in_polling_io_completion_routine	bit	NULL
context_switch_count	int	NULL
pending_io_count	int	NULL
pending_io_byte_count	bigint	NULL
pending_io_byte_average	int	NULL
wait_started_ms_ticks	bigint	NULL
wait_resumed_ms_ticks	bigint	NULL
task_bound_ms_ticks	bigint	NULL
worker_created_ms_ticks	bigint	NULL
exception_num	int	NULL
exception_severity	int	NULL
exception_address	varbinary(8)	NULL
affinity	bigint	NULL
state	nvarchar(60)	NULL
start_quantum	bigint	NULL
end_quantum	bigint	NULL
last_wait_type	nvarchar(60)	NULL
return_code	int	NULL
quantum_used	bigint	NULL
max_quantum	bigint	NULL
boost_count	int	NULL
tasks_processed_count	int	NULL
fiber_address	varbinary(8)	NULL
task_address	varbinary(8)	NULL
memory_object_address	varbinary(8)	NULL
thread_address	varbinary(8)	NULL
signal_worker_address	varbinary(8)	NULL
scheduler_address	varbinary(8)	NULL
processor_group	smallint	NULL

describe
SELECT TOP 0 * FROM sys.dm_os_threads
----
thread_address	varbinary(8)	NOT NULL
started_by_sqlservr	bit	NULL
os_thread_id	int	NULL
status	int	NULL
instruction_address	varbinary(8)	NULL
creation_time	datetime	NULL
kernel_time	bigint	NULL
usermode_time	bigint	NULL
stack_base_address	varbinary(8)	NULL
stack_end_address	varbinary(8)	NULL
stack_bytes_committed	int	NULL
stack_bytes_used	int	NULL
affinity	bigint	NULL
Priority	int	NULL
Locale	int	NULL
Token	varbinary(8)	NULL
is_impersonating	int	NULL
is_waiting_on_loader_lock	int	NULL
fiber_data	varbinary(8)	NULL
thread_handle	varbinary(8)	NULL
event_handle	varbinary(8)	NULL
scheduler_address	varbinary(8)	NULL
worker_address	varbinary(8)	NULL
fiber_context_address	varbinary(8)	NULL
self_address	varbinary(8)	NULL
processor_group	smallint	NULL

describe
SELECT TOP 0 * FROM sys.dm_exec_function_stats
----
database_id	int	NOT NULL
object_id	int	NOT NULL
type	char(2)	NULL
type_desc	nvarchar(60)	NULL
sql_handle	varbinary(64)	NOT NULL
plan_handle	varbinary(64)	NOT NULL
cached_time	datetime	NULL
last_execution_time	datetime	NULL
execution_count	bigint	NOT NULL
total_worker_time	bigint	NOT NULL
last_worker_time	bigint	NOT NULL
min_worker_time	bigint	NOT NULL
max_worker_time	bigint	NOT NULL
total_physical_reads	bigint	NOT NULL
last_physical_reads	bigint	NOT NULL
min_physical_reads	bigint	NOT NULL
max_physical_reads	bigint	NOT NULL
total_logical_writes	bigint	NOT NULL
last_logical_writes	bigint	NOT NULL
min_logical_writes	bigint	NOT NULL
max_logical_writes	bigint	NOT NULL
total_logical_reads	bigint	NOT NULL
last_logical_reads	bigint	NOT NULL
min_logical_reads	bigint	NOT NULL
max_logical_reads	bigint	NOT NULL
total_elapsed_time	bigint	NOT NULL
last_elapsed_time	bigint	NOT NULL
min_elapsed_time	bigint	NOT NULL
max_elapsed_time	bigint	NOT NULL

describe
SELECT TOP 0 * FROM sys.dm_resource_governor_resource_pools
----
pool_id	int	NOT NULL
name	nvarchar(128)	NOT NULL
statistics_start_time	datetime	NOT NULL
total_cpu_usage_ms	bigint	NOT NULL
cache_memory_kb	bigint	NOT NULL
compile_memory_kb	bigint	NOT NULL
used_memgrant_kb	bigint	NOT NULL
total_memgrant_count	bigint	NOT NULL
total_memgrant_timeout_count	bigint	NOT NULL
active_memgrant_count	int	NOT NULL
active_memgrant_kb	bigint	NOT NULL
memgrant_waiter_count	int	NOT NULL
max_memory_kb	bigint	NOT NULL
used_memory_kb	bigint	NOT NULL
target_memory_kb	bigint	NOT NULL
out_of_memory_count	bigint	NOT NULL
min_cpu_percent	int	NOT NULL
max_cpu_percent	int	NOT NULL
min_memory_percent	int	NOT NULL
max_memory_percent	int	NOT NULL
cap_cpu_percent	int	NOT NULL
min_iops_per_volume	int	NULL
max_iops_per_volume	int	NULL
read_io_queued_total	int	NULL
read_io_issued_total	int	NULL
read_io_completed_total	int	NOT NULL
read_io_throttled_total	int	NULL
read_bytes_total	bigint	NOT NULL
read_io_stall_total_ms	bigint	NOT NULL
read_io_stall_queued_ms	bigint	NULL
write_io_queued_total	int	NULL
write_io_issued_total	int	NULL
write_io_completed_total	int	NOT NULL
write_io_throttled_total	int	NOT NULL
write_bytes_total	bigint	NOT NULL
write_io_stall_total_ms	bigint	NOT NULL
write_io_stall_queued_ms	bigint	NULL
io_issue_violations_total	int	NULL
io_issue_delay_total_ms	bigint	NULL

describe
SELECT TOP 0 * FROM sys.resource_governor_resource_pools
----
pool_id	int	NOT NULL
name	nvarchar(128)	NOT NULL
min_cpu_percent	int	NOT NULL
max_cpu_percent	int	NOT NULL
min_memory_percent	int	NOT NULL
max_memory_percent	int	NOT NULL
cap_cpu_percent	int	NOT NULL
min_iops_per_volume	int	NOT NULL
max_iops_per_volume	int	NOT NULL

describe
SELECT TOP 0 * FROM sys.server_permissions
----
class	tinyint	NOT NULL
class_desc	nvarchar(60)	NULL
major_id	int	NOT NULL
minor_id	int	NOT NULL
grantee_principal_id	int	NOT NULL
grantor_principal_id	int	NOT NULL
type	char(4)	NOT NULL
permission_name	nvarchar(128)	NULL
state	char(1)	NOT NULL
state_desc	nvarchar(60)	NULL

describe
SELECT TOP 0 * FROM sys.dm_os_memory_clerks
----
memory_clerk_address	varbinary(8)	NOT NULL
type	nvarchar(60)	NOT NULL
name	nvarchar(256)	NOT NULL
memory_node_id	smallint	NOT NULL
pages_kb	bigint	NOT NULL
virtual_memory_reserved_kb	bigint	NOT NULL
virtual_memory_committed_kb	bigint	NOT NULL
awe_allocated_kb	bigint	NOT NULL
shared_memory_reserved_kb	bigint	NOT NULL
shared_memory_committed_kb	bigint	NOT NULL
page_size_in_bytes	bigint	NOT NULL
page_allocator_address	varbinary(8)	NOT NULL
host_address	varbinary(8)	NOT NULL

# A transaction's part in each store: rows written in a user table count as log records of the
# current database, a #temp table's as tempdb's; one that only read has logged nothing (state 3).
statement ok
CREATE TABLE dmv_t (id int PRIMARY KEY, v nvarchar(100))

statement ok
BEGIN TRANSACTION

statement ok
INSERT INTO dmv_t VALUES (1, N'one'), (2, N'two'), (3, N'three')

query IIIIII
SELECT d.database_id - DB_ID(), d.database_transaction_type, d.database_transaction_state,
  d.database_transaction_log_record_count, CASE WHEN d.database_transaction_log_bytes_used > 0 THEN 1 ELSE 0 END,
  CASE WHEN d.database_transaction_begin_time IS NULL THEN 0 ELSE 1 END
FROM sys.dm_tran_database_transactions d
JOIN sys.dm_tran_current_transaction c ON c.transaction_id = d.transaction_id
----
0	1	4	3	1	1

statement ok
INSERT INTO dmv_t VALUES (4, N'four')

query I
SELECT d.database_transaction_log_record_count FROM sys.dm_tran_database_transactions d
JOIN sys.dm_tran_current_transaction c ON c.transaction_id = d.transaction_id WHERE d.database_id = DB_ID()
----
4

statement ok
CREATE TABLE #dmv_temp (id int)

statement ok
INSERT INTO #dmv_temp VALUES (1)

query II rowsort
SELECT d.database_id, d.database_transaction_state FROM sys.dm_tran_database_transactions d
JOIN sys.dm_tran_session_transactions s ON s.transaction_id = d.transaction_id WHERE s.session_id = @@SPID
----
1	4
2	4

query I
SELECT COUNT(*) FROM sys.dm_tran_database_transactions d
JOIN sys.dm_tran_active_transactions a ON a.transaction_id = d.transaction_id WHERE a.name = 'user_transaction'
----
2

statement ok
ROLLBACK

statement ok
BEGIN TRANSACTION

query I
SELECT COUNT(*) FROM dmv_t
----
0

query IIIT
SELECT d.database_id - DB_ID(), d.database_transaction_state, d.database_transaction_log_record_count,
  d.database_transaction_begin_time
FROM sys.dm_tran_database_transactions d JOIN sys.dm_tran_current_transaction c ON c.transaction_id = d.transaction_id
----
0	3	0	NULL

statement ok
COMMIT

query I
SELECT COUNT(*) FROM sys.dm_tran_database_transactions d JOIN sys.dm_tran_session_transactions s
  ON s.transaction_id = d.transaction_id WHERE s.session_id = @@SPID
----
0

# The log as DBCC SQLPERF(LOGSPACE) sees it: what is on disk is all in use.
query IIII
SELECT database_id - DB_ID(), CASE WHEN used_log_space_in_bytes = total_log_size_in_bytes THEN 1 ELSE 0 END,
  CASE WHEN used_log_space_in_percent = CASE WHEN total_log_size_in_bytes = 0 THEN 0 ELSE 100 END THEN 1 ELSE 0 END,
  CASE WHEN log_space_in_bytes_since_last_backup = used_log_space_in_bytes THEN 1 ELSE 0 END
FROM sys.dm_db_log_space_usage
----
0	1	1	1

# Page counts are whole extents; what is not allocated is unallocated.
query IIIIII
SELECT database_id - DB_ID(), file_id, filegroup_id,
  CASE WHEN total_page_count = allocated_extent_page_count + unallocated_extent_page_count THEN 1 ELSE 0 END,
  CASE WHEN total_page_count % 8 = 0 AND allocated_extent_page_count % 8 = 0 THEN 1 ELSE 0 END,
  CASE WHEN user_object_reserved_page_count = allocated_extent_page_count THEN 1 ELSE 0 END
FROM sys.dm_db_file_space_usage
----
0	1	1	1	1	1

query IIII
SELECT version_store_reserved_page_count, internal_object_reserved_page_count, mixed_extent_page_count,
  modified_extent_page_count FROM sys.dm_db_file_space_usage
----
0	0	0	0

# tempdb per session: the session's #temp tables; per task: its batch's table variables.
statement ok
CREATE TABLE #dmv_space (id int PRIMARY KEY, pad nchar(400))

statement ok
INSERT INTO #dmv_space SELECT value, N'x' FROM GENERATE_SERIES(1, 200)

query II
SELECT database_id, CASE WHEN user_objects_alloc_page_count > 0 THEN 1 ELSE 0 END
FROM sys.dm_db_session_space_usage WHERE session_id = @@SPID
----
2	1

query III
DECLARE @v TABLE (id int, pad nchar(400));
INSERT INTO @v SELECT value, N'y' FROM GENERATE_SERIES(1, 100);
SELECT t.database_id, CASE WHEN t.user_objects_alloc_page_count > 0 THEN 1 ELSE 0 END,
  CASE WHEN s.user_objects_alloc_page_count > 0 THEN 1 ELSE 0 END
FROM sys.dm_db_task_space_usage t JOIN sys.dm_db_session_space_usage s ON s.session_id = t.session_id
WHERE t.session_id = @@SPID
----
2	1	1

statement ok
DROP TABLE #dmv_space

query II
SELECT (SELECT user_objects_alloc_page_count FROM sys.dm_db_session_space_usage WHERE session_id = @@SPID),
  (SELECT user_objects_alloc_page_count FROM sys.dm_db_task_space_usage WHERE session_id = @@SPID)
----
0	0

query I
SELECT COUNT(*) FROM sys.dm_db_session_space_usage s LEFT JOIN sys.dm_exec_sessions e ON e.session_id = s.session_id
WHERE e.session_id IS NULL
----
0

# The asking request is a running task on a worker bound to a server thread, on a visible scheduler.
query TIII
SELECT t.task_state, t.exec_context_id, t.request_id,
  CASE WHEN t.scheduler_id IN (SELECT scheduler_id FROM sys.dm_os_schedulers WHERE status = 'VISIBLE ONLINE') THEN 1 ELSE 0 END
FROM sys.dm_os_tasks t WHERE t.session_id = @@SPID
----
RUNNING	0	0	1

# The request names its task and scheduler, as sys.dm_os_workers' documented example joins them.
query TTI
SELECT CONVERT(varchar(10), r.status), w.state,
  CASE WHEN r.scheduler_id = t.scheduler_id THEN 1 ELSE 0 END
FROM sys.dm_exec_requests r
JOIN sys.dm_os_workers w ON w.task_address = r.task_address
JOIN sys.dm_os_tasks t ON t.task_address = r.task_address
WHERE r.session_id = @@SPID AND r.scheduler_id IS NOT NULL
----
running	RUNNING	1

query TII
SELECT w.state, w.is_preemptive, th.started_by_sqlservr
FROM sys.dm_os_tasks t
JOIN sys.dm_os_workers w ON w.worker_address = t.worker_address AND w.task_address = t.task_address
JOIN sys.dm_os_threads th ON th.thread_address = w.thread_address AND th.worker_address = w.worker_address
WHERE t.session_id = @@SPID
----
RUNNING	1	1

# Each scheduler counts the tasks on it: this one, running, at least.
query II
SELECT CASE WHEN s.current_tasks_count >= 1 AND s.current_workers_count = s.current_tasks_count THEN 1 ELSE 0 END,
  CASE WHEN s.active_workers_count >= 1 AND s.runnable_tasks_count = 0 THEN 1 ELSE 0 END
FROM sys.dm_os_schedulers s JOIN sys.dm_os_tasks t ON t.scheduler_id = s.scheduler_id WHERE t.session_id = @@SPID
----
1	1

query I
SELECT CASE WHEN SUM(current_tasks_count) = (SELECT COUNT(*) FROM sys.dm_os_tasks) THEN 1 ELSE 0 END
FROM sys.dm_os_schedulers
----
1

query I
SELECT CASE WHEN COUNT(*) > 1 THEN 1 ELSE 0 END FROM sys.dm_os_threads
----
1

# Scalar function calls, counted per call; table-valued functions and procedures are not.
statement ok
CREATE FUNCTION dbo.dmv_double (@x int) RETURNS int AS BEGIN RETURN @x * 2 END

statement ok
CREATE FUNCTION dbo.dmv_rows () RETURNS TABLE AS RETURN SELECT 1 AS a

query I rowsort
SELECT dbo.dmv_double(id) FROM dmv_t
----

statement ok
INSERT INTO dmv_t VALUES (1, N'a'), (2, N'b'), (3, N'c')

query I rowsort
SELECT dbo.dmv_double(id) FROM dmv_t
----
2
4
6

query I
SELECT a FROM dbo.dmv_rows()
----
1

query TTTII
SELECT OBJECT_NAME(object_id, database_id), type, type_desc, execution_count,
  CASE WHEN total_elapsed_time >= total_worker_time AND max_elapsed_time >= min_elapsed_time THEN 1 ELSE 0 END
FROM sys.dm_exec_function_stats WHERE database_id = DB_ID()
----
dmv_double	FN	SQL_SCALAR_FUNCTION	3	1

query I
SELECT COUNT(*) FROM sys.dm_exec_function_stats f JOIN sys.dm_exec_cached_plans p ON p.plan_handle = f.plan_handle
WHERE f.object_id = OBJECT_ID('dbo.dmv_double')
----
1

# The internal and default pools, the pools the workload groups name.
query ITIIIIIII
SELECT * FROM sys.resource_governor_resource_pools ORDER BY pool_id
----
1	internal	0	100	0	100	100	0	0
2	default	0	100	0	100	100	0	0

query ITIIIIII
SELECT p.pool_id, p.name, p.min_cpu_percent, p.max_cpu_percent, p.cap_cpu_percent, p.active_memgrant_count,
  CASE WHEN p.max_memory_kb = (SELECT committed_target_kb FROM sys.dm_os_sys_info) THEN 1 ELSE 0 END,
  CASE WHEN p.min_iops_per_volume IS NULL AND p.read_io_queued_total IS NULL THEN 1 ELSE 0 END
FROM sys.dm_resource_governor_resource_pools p ORDER BY p.pool_id
----
1	internal	0	100	100	0	1	1
2	default	0	100	100	0	1	1

query TT rowsort
SELECT g.name, p.name FROM sys.dm_resource_governor_workload_groups g
JOIN sys.dm_resource_governor_resource_pools p ON p.pool_id = g.pool_id
----
default	default
internal	internal

# Server-level permissions: CONNECT SQL for every login, as SQL Server grants it.
statement ok
CREATE LOGIN dmv_login WITH PASSWORD = 'Str0ng!Passw0rd'

query TTTTTT rowsort
SELECT pr.name, pe.class_desc, pe.type, pe.permission_name, pe.state, pe.state_desc
FROM sys.server_permissions pe JOIN sys.server_principals pr ON pr.principal_id = pe.grantee_principal_id
----
dmv_login	SERVER	COSQ	CONNECT SQL	G	GRANT
public	ENDPOINT	CO  	CONNECT	G	GRANT
public	SERVER	VWDB	VIEW ANY DATABASE	G	GRANT
sa	SERVER	COSQ	CONNECT SQL	G	GRANT

query IIII
SELECT class, major_id, minor_id, grantor_principal_id FROM sys.server_permissions
WHERE class_desc = 'ENDPOINT' AND major_id IN (SELECT endpoint_id FROM sys.endpoints)
----
105	4	0	1

statement ok
DROP LOGIN dmv_login

query I
SELECT COUNT(*) FROM sys.server_permissions
----
3

# Memory clerks: the block caches, the JVM heap, the storage engine, the JVM outside the heap.
query TTII rowsort
SELECT type, name, memory_node_id, page_size_in_bytes FROM sys.dm_os_memory_clerks
----
MEMORYCLERK_SOSNODE	Default	0	8192
MEMORYCLERK_SQLBUFFERPOOL	Default	0	8192
MEMORYCLERK_SQLGENERAL	Default	0	8192
MEMORYCLERK_SQLSTORENG	Default	0	8192

query I
SELECT CASE WHEN pages_kb > 0 AND virtual_memory_reserved_kb >= virtual_memory_committed_kb THEN 1 ELSE 0 END
FROM sys.dm_os_memory_clerks WHERE type = 'MEMORYCLERK_SQLGENERAL'
----
1
