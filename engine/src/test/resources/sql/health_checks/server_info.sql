# xp_msver, sp_helpserver and sys.dm_os_volume_stats: what inventory and disk-space scripts read.
query ITIT
EXEC master.dbo.xp_msver 'ProductName', 'productversion'
----
1	ProductName	NULL	Microsoft SQL Server
2	ProductVersion	1048576	16.0.1000.6

query I
DECLARE @v TABLE ([Index] int, Name sysname, Internal_Value int, Character_Value nvarchar(255));
INSERT INTO @v EXEC xp_msver;
SELECT COUNT(*) FROM @v WHERE Name IN ('ProcessorCount', 'PhysicalMemory') AND Internal_Value > 0
  AND Character_Value LIKE CAST(Internal_Value AS varchar(20)) + '%'
----
2

query IT
DECLARE @v TABLE ([Index] int, Name sysname, Internal_Value int, Character_Value nvarchar(255));
INSERT INTO @v EXEC xp_msver 'SpecialBuild';
SELECT Internal_Value / 65536, Internal_Value % 65536 FROM @v
----
1000	6

query I
DECLARE @v TABLE ([Index] int, Name sysname, Internal_Value int, Character_Value nvarchar(255));
INSERT INTO @v EXEC xp_msver 'NoSuchAttribute';
SELECT COUNT(*) FROM @v
----
0

query TTTI
DECLARE @h TABLE (name sysname, network_name sysname NULL, status varchar(70), id char(4), collation_name sysname NULL,
  connect_timeout int, query_timeout int);
INSERT INTO @h EXEC sp_helpserver;
SELECT CASE WHEN name = @@SERVERNAME THEN 'local' ELSE name END, status, '[' + id + ']', connect_timeout FROM @h
----
local	rpc,rpc out,use remote collation,remote proc transaction promotion	[0   ]	0

statement error 15015
EXEC sp_helpserver 'NOSUCHSERVER'
----
error 15015: The server 'NOSUCHSERVER' does not exist. Use sp_helpserver to show available servers.

# Every database file lies on a volume with room on it; the mount point ends with a slash.
query I
SELECT COUNT(*) FROM sys.master_files AS f
CROSS APPLY sys.dm_os_volume_stats(f.database_id, f.file_id) AS v
WHERE v.total_bytes >= v.available_bytes AND v.available_bytes > 0 AND v.volume_mount_point LIKE '%/'
  AND v.is_read_only = 0 AND v.file_system_type IS NOT NULL
HAVING COUNT(*) = (SELECT COUNT(*) FROM sys.master_files)
----
8

query I
SELECT COUNT(*) FROM sys.dm_os_volume_stats(DB_ID(), 3)
----
0

query I
SELECT COUNT(*) FROM sys.dm_os_volume_stats(32000, 1)
----
0

query I
SELECT COUNT(*) FROM sys.dm_os_volume_stats(NULL, 1)
----
0

# sys.dm_server_services: the engine, the Agent and the Launchpad run in the server's one process.
query TITTT
SELECT servicename, startup_type, startup_type_desc, is_clustered, instant_file_initialization_enabled
FROM sys.dm_server_services ORDER BY servicename
----
SQL Server (MSSQLSERVER)	3	Manual	N	Y
SQL Server Agent (MSSQLSERVER)	3	Manual	N	N
SQL Server Launchpad (MSSQLSERVER)	3	Manual	N	N

query II
SELECT COUNT(DISTINCT process_id), SUM(CASE WHEN last_startup_time <= SYSDATETIMEOFFSET() AND service_account <> '' AND filename <> '' THEN 1 ELSE 0 END)
FROM sys.dm_server_services
----
1	3

query T
SELECT status_desc FROM sys.dm_server_services WHERE servicename LIKE 'SQL Server (%'
----
Running
