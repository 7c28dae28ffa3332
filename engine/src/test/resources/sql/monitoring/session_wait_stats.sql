# sys.dm_exec_session_wait_stats: this session's waits by type, only the types it waited for.
# no-restart: a session's waits are its own state
query I
SELECT COUNT(*) FROM sys.dm_exec_session_wait_stats WHERE session_id = @@SPID AND wait_type = 'WAITFOR'
----
0

statement ok
WAITFOR DELAY '00:00:00.050'

statement ok
WAITFOR DELAY '00:00:00.030'

query IIII
SELECT waiting_tasks_count, CASE WHEN wait_time_ms >= 80 THEN 1 ELSE 0 END,
  CASE WHEN max_wait_time_ms >= 50 AND max_wait_time_ms <= wait_time_ms THEN 1 ELSE 0 END, signal_wait_time_ms
FROM sys.dm_exec_session_wait_stats WHERE session_id = @@SPID AND wait_type = 'WAITFOR'
----
2	1	1	0

# The server's counters include this session's waits.
query I
SELECT CASE WHEN o.waiting_tasks_count >= s.waiting_tasks_count THEN 1 ELSE 0 END
FROM sys.dm_os_wait_stats AS o JOIN sys.dm_exec_session_wait_stats AS s ON s.wait_type = o.wait_type
WHERE s.session_id = @@SPID AND s.wait_type = 'WAITFOR'
----
1

# Types never waited for are not listed (sys.dm_os_wait_stats lists them with zeros).
query I
SELECT COUNT(*) FROM sys.dm_exec_session_wait_stats WHERE waiting_tasks_count = 0
----
0
