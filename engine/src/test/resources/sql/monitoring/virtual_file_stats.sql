# sys.dm_io_virtual_file_stats: two files per database, the counters of the store that holds it.
query I
SELECT COUNT(*) - 2 * (SELECT COUNT(*) FROM sys.databases) FROM sys.dm_io_virtual_file_stats(NULL, NULL)
----
0

query II
SELECT database_id, file_id FROM sys.dm_io_virtual_file_stats(DB_ID('tempdb'), NULL) ORDER BY file_id
----
2	1
2	2

query IIT
SELECT database_id, file_id, CASE WHEN sample_ms >= 0 AND num_of_reads >= 0 AND num_of_bytes_read >= 0
  AND num_of_writes >= 0 AND num_of_bytes_written >= 0 AND size_on_disk_bytes >= 0
  AND io_stall = io_stall_read_ms + io_stall_write_ms AND io_stall_queued_read_ms = 0 AND io_stall_queued_write_ms = 0
  AND DATALENGTH(file_handle) = 8 THEN 'ok' END
FROM sys.dm_io_virtual_file_stats(DB_ID(), 2)
----
1	2	ok

# The log is read only when the store opens: no reads counted for it.
query II
SELECT SUM(num_of_reads), SUM(num_of_bytes_read) FROM sys.dm_io_virtual_file_stats(NULL, 2)
----
0	0

# Databases sharing a store report its counters: master's and a new database's are the same.
statement ok
CREATE DATABASE vfs_other

query I
SELECT COUNT(DISTINCT num_of_bytes_written) FROM sys.dm_io_virtual_file_stats(NULL, 1)
WHERE database_id IN (DB_ID('master'), DB_ID('vfs_other'))
----
1

query I
SELECT COUNT(*) FROM sys.dm_io_virtual_file_stats(DB_ID(), 3)
----
0

describe
SELECT * FROM sys.dm_io_virtual_file_stats(NULL, NULL)
----
database_id	smallint	NOT NULL
file_id	smallint	NOT NULL
sample_ms	bigint	NOT NULL
num_of_reads	bigint	NOT NULL
num_of_bytes_read	bigint	NOT NULL
io_stall_read_ms	bigint	NOT NULL
io_stall_queued_read_ms	bigint	NOT NULL
num_of_writes	bigint	NOT NULL
num_of_bytes_written	bigint	NOT NULL
io_stall_write_ms	bigint	NOT NULL
io_stall_queued_write_ms	bigint	NOT NULL
io_stall	bigint	NOT NULL
size_on_disk_bytes	bigint	NOT NULL
file_handle	varbinary(8)	NOT NULL

statement error 174
SELECT * FROM sys.dm_io_virtual_file_stats(1)
----
error 174: The dm_io_virtual_file_stats function requires 2 argument(s).
