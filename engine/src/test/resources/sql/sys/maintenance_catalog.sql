# What database maintenance procedures (Ola Hallengren's DatabaseBackup, DatabaseIntegrityCheck,
# IndexOptimize) read to choose databases, backups and indexes: the sys.databases columns for
# snapshots, standby, replication and availability groups, the recovery status, the differential
# base of a file, msdb's log shipping tables, the preferred backup replica, memory-optimized and
# FILESTREAM flags, paused index builds and incremental statistics. Quern has none of those
# features, so each answers as SQL Server does for a database or table that does not use them.
# no-restart: USE is session state
statement ok
CREATE DATABASE mc_db;
USE mc_db;
CREATE TABLE dbo.plain (id int PRIMARY KEY, v varchar(20));
CREATE TABLE dbo.wide (id int PRIMARY KEY, body nvarchar(max));
CREATE INDEX ix_v ON dbo.plain (v);
USE master
----
! Changed database context to 'mc_db'.
! Changed database context to 'master'.

query TITTTTTT
SELECT name, CASE WHEN source_database_id IS NULL THEN 1 ELSE 0 END, is_in_standby, is_encrypted, is_published,
  is_subscribed, is_distributor, CASE WHEN replica_id IS NULL AND group_database_id IS NULL THEN 'none' END
FROM sys.databases WHERE name IN ('master', 'mc_db') ORDER BY name
----
master	1	0	0	0	0	0	none
mc_db	1	0	0	0	0	0	none

# One row per database; no log backup chain, no recovery fork yet.
query II
SELECT (SELECT COUNT(*) FROM sys.database_recovery_status) - (SELECT COUNT(*) FROM sys.databases),
  (SELECT COUNT(*) FROM sys.database_recovery_status WHERE last_log_backup_lsn IS NOT NULL OR fork_point_lsn IS NOT NULL)
----
0	0

query I
SELECT CASE WHEN r.database_guid = r.family_guid AND r.recovery_fork_guid = r.first_recovery_fork_guid THEN 1 ELSE 0 END
FROM sys.database_recovery_status r WHERE r.database_id = DB_ID('mc_db')
----
1

# Never fully backed up: no differential base (the log file never has one).
query ITTT
SELECT file_id, type_desc, CASE WHEN differential_base_lsn IS NULL THEN 'none' END,
  CASE WHEN differential_base_guid IS NULL AND differential_base_time IS NULL THEN 'none' END
FROM sys.master_files WHERE database_id = DB_ID('mc_db') ORDER BY file_id
----
1	ROWS	none	none
2	LOG	none	none

query II
SELECT (SELECT COUNT(*) FROM msdb.dbo.log_shipping_primary_databases),
  (SELECT COUNT(*) FROM msdb.dbo.log_shipping_secondary_databases WHERE secondary_database = N'mc_db')
----
0	0

query I
SELECT COUNT(*) FROM msdb.dbo.backupset WHERE is_snapshot = 1 OR is_damaged = 1
----
0

# Outside an availability group every database is on its preferred replica; a name that is no
# database is not (SQL Server 2022 CU2 on).
query III
SELECT CAST(sys.fn_hadr_backup_is_preferred_replica(N'mc_db') AS int),
  CAST(master.sys.fn_hadr_backup_is_preferred_replica('master') AS int),
  CAST(sys.fn_hadr_backup_is_preferred_replica(N'no_such_db') AS int)
----
1	1	0

query T
SELECT SQL_VARIANT_PROPERTY(sys.fn_hadr_backup_is_preferred_replica(N'mc_db'), 'BaseType')
----
bit

statement error 313
SELECT sys.fn_hadr_backup_is_preferred_replica()

statement ok
USE mc_db
----
! Changed database context to 'mc_db'.

query TII
SELECT name, lob_data_space_id, CAST(is_memory_optimized AS int) FROM sys.tables ORDER BY name
----
plain	0	0
wide	1	0

query I
SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('dbo.wide') AND is_filestream = 0
----
2

# The system views' columns in sys.all_columns have sys.columns' columns too.
query TII
SELECT name, CAST(is_filestream AS int), generated_always_type FROM sys.all_columns
WHERE object_id = OBJECT_ID('sys.databases') AND name = 'is_in_standby'
----
is_in_standby	0	0

query I
SELECT COUNT(*) FROM sys.index_resumable_operations
----
0

# No statistics are incremental: the function has no rows for them, so OUTER APPLY gives NULLs.
query TT
SELECT s.name, CASE WHEN p.partition_number IS NULL THEN 'none' END
FROM sys.stats s OUTER APPLY sys.dm_db_incremental_stats_properties(s.object_id, s.stats_id) p
WHERE s.object_id = OBJECT_ID('dbo.plain') AND s.name = 'ix_v'
----
ix_v	none

statement ok
USE master
----
! Changed database context to 'master'.

# sys.dm_db_index_physical_stats asked from master of another database reads that database's
# indexes (maintenance procedures run from master).
query ITI
SELECT index_id, index_type_desc, CASE WHEN page_count >= 0 AND avg_fragmentation_in_percent = 0 THEN 1 ELSE 0 END
FROM sys.dm_db_index_physical_stats(DB_ID('mc_db'), OBJECT_ID('mc_db.dbo.plain'), NULL, NULL, 'LIMITED')
ORDER BY index_id
----
1	CLUSTERED INDEX	1
2	NONCLUSTERED INDEX	1

query T
SELECT DB_NAME()
----
master
