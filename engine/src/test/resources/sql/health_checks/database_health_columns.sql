# sys.databases' columns health checks read (sp_Blitz): owner, creation date, standby, the options.
# dbo is the sa login in every database, so sa (0x01) owns them all; there are no snapshots.
query TTTIT
SELECT name, CONVERT(varchar(10), owner_sid, 1), CONVERT(varchar(23), create_date, 121), is_in_standby,
  COALESCE(CAST(source_database_id AS varchar(10)), 'NULL')
FROM sys.databases WHERE name IN ('master', 'model', 'msdb') ORDER BY name
----
master	0x01	2003-04-08 09:13:36.390	0	NULL
model	0x01	2003-04-08 09:13:36.390	0	NULL
msdb	0x01	2003-04-08 09:13:36.390	0	NULL

# tempdb is made anew when the server starts.
query I
SELECT ABS(DATEDIFF(SECOND, d.create_date, i.sqlserver_start_time))
FROM sys.databases d CROSS JOIN sys.dm_os_sys_info i WHERE d.name = 'tempdb'
----
0

# A database made now carries the time it was made.
statement ok
CREATE DATABASE health_cols

query I
SELECT CASE WHEN create_date BETWEEN DATEADD(MINUTE, -10, GETDATE()) AND GETDATE() THEN 1 ELSE 0 END
FROM sys.databases WHERE name = 'health_cols'
----
1

query IIIIIIITIT
SELECT is_numeric_roundabort_on, is_date_correlation_on, is_ansi_null_default_on, is_cursor_close_on_commit_on,
  is_db_chaining_on, is_encrypted, delayed_durability, delayed_durability_desc, containment, containment_desc
FROM sys.databases WHERE name = 'health_cols'
----
0	0	0	0	0	0	0	DISABLED	0	NONE

statement ok
ALTER DATABASE health_cols SET NUMERIC_ROUNDABORT ON

statement ok
ALTER DATABASE health_cols SET DATE_CORRELATION_OPTIMIZATION ON

query IIIT
SELECT is_numeric_roundabort_on, is_date_correlation_on, delayed_durability, delayed_durability_desc
FROM sys.databases WHERE name = 'health_cols'
----
1	1	0	DISABLED

# master and tempdb chain ownership across databases by default.
query TI
SELECT name, is_db_chaining_on FROM sys.databases WHERE database_id <= 4 ORDER BY database_id
----
master	1
tempdb	1
model	0
msdb	0

# No replication, CDC, contained database or availability group.
query IIIIIII
SELECT COUNT(*), SUM(CAST(is_published AS int) + is_subscribed + is_merge_published + is_distributor),
  SUM(CAST(is_cdc_enabled AS int)), COUNT(replica_id), COUNT(group_database_id), COUNT(two_digit_year_cutoff),
  COUNT(default_language_name)
FROM sys.databases WHERE name IN ('master', 'health_cols')
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
2	0	0	0	0	0	0

# Health checks ask sys.all_columns which of these columns exist.
query I
SELECT COUNT(*) FROM sys.all_columns WHERE object_id = OBJECT_ID('sys.databases')
  AND name IN ('create_date', 'owner_sid', 'is_in_standby', 'source_database_id', 'is_cdc_enabled', 'containment')
----
6

statement ok
DROP DATABASE health_cols
