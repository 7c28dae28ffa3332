# External resource pools and ALTER RESOURCE GOVERNOR (ml-services.md §6): stored settings change
# at once, the ones in effect at RECONFIGURE.

# A fresh instance: the built-in pool, 100 % CPU, 20 % memory, no process limit; the governor off.
query ITIIII
SELECT external_pool_id, name, max_cpu_percent, max_memory_percent, max_processes, version FROM sys.resource_governor_external_resource_pools
----
2	default	100	20	0	2

query III
SELECT classifier_function_id, CAST(is_enabled AS int), max_outstanding_io_per_volume FROM sys.resource_governor_configuration
----
0	0	0

query I
SELECT CAST(is_reconfiguration_pending AS int) FROM sys.dm_resource_governor_configuration
----
0

# The docs' recipe: the built-in pool's memory to 40 %, then a pool of one's own.
statement ok
ALTER EXTERNAL RESOURCE POOL "default" WITH (max_memory_percent = 40)

statement ok
CREATE EXTERNAL RESOURCE POOL ds_ep WITH (max_memory_percent = 40, MAX_PROCESSES = 3, AFFINITY CPU = AUTO)

query ITIIII
SELECT external_pool_id, name, max_cpu_percent, max_memory_percent, max_processes, version FROM sys.resource_governor_external_resource_pools ORDER BY external_pool_id
----
2	default	100	40	0	3
256	ds_ep	100	40	3	1

# Stored, not in effect yet.
query I
SELECT CAST(is_reconfiguration_pending AS int) FROM sys.dm_resource_governor_configuration
----
1

query TII
SELECT name, max_memory_percent, max_processes FROM sys.dm_resource_governor_external_resource_pools ORDER BY external_pool_id
----
default	20	0

statement ok
ALTER RESOURCE GOVERNOR RECONFIGURE

query TIII
SELECT name, max_memory_percent, max_processes, active_processes_count FROM sys.dm_resource_governor_external_resource_pools ORDER BY external_pool_id
----
default	40	0	0
ds_ep	40	3	0

query II
SELECT CAST(is_reconfiguration_pending AS int), (SELECT CAST(is_enabled AS int) FROM sys.resource_governor_configuration) FROM sys.dm_resource_governor_configuration
----
0	1

# ALTER changes only what it names.
statement ok
ALTER EXTERNAL RESOURCE POOL [ds_ep] WITH (MAX_CPU_PERCENT = 50)

query TIIII
SELECT name, max_cpu_percent, max_memory_percent, max_processes, version FROM sys.resource_governor_external_resource_pools WHERE name = 'ds_ep'
----
ds_ep	50	40	3	2

# Errors: SQL Server's numbers and texts.
statement error 10919
CREATE EXTERNAL RESOURCE POOL DS_EP
----
error 10919: Cannot create external resource pool 'DS_EP' because it already exists.

statement error 10912
ALTER EXTERNAL RESOURCE POOL nosuch WITH (MAX_PROCESSES = 1)
----
error 10912: Requested operation cannot be performed because the resource pool 'nosuch' does not exist.

statement error 10912
DROP EXTERNAL RESOURCE POOL nosuch
----
error 10912: Requested operation cannot be performed because the resource pool 'nosuch' does not exist.

statement error 10913
DROP EXTERNAL RESOURCE POOL "default"
----
error 10913: The operation could not be completed. Dropping predefined external resource pool is not allowed.

statement error 10908
ALTER EXTERNAL RESOURCE POOL ds_ep WITH (MAX_MEMORY_PERCENT = 101)
----
error 10908: Attribute 'MAX_MEMORY_PERCENT' with value of 101 is greater than attribute 'maximum' with value of 100.

statement error 10909
CREATE EXTERNAL RESOURCE POOL p2 WITH (MAX_CPU_PERCENT = 0)
----
error 10909: Attribute 'MAX_CPU_PERCENT' with value of 0 is less than attribute 'minimum' with value of 1.

statement error 10909
CREATE EXTERNAL RESOURCE POOL p2 WITH (MAX_PROCESSES = -1)
----
error 10909: Attribute 'MAX_PROCESSES' with value of -1 is less than attribute 'minimum' with value of 0.

statement error 40517
CREATE EXTERNAL RESOURCE POOL p2 WITH (AFFINITY CPU = (0))
----
error 40517: Keyword or statement option 'AFFINITY CPU' is not supported in this version of SQL Server.

# "default" is a keyword: it must be quoted or bracketed.
statement error 156
ALTER EXTERNAL RESOURCE POOL default WITH (MAX_PROCESSES = 1)

# CONTROL SERVER: only sysadmin members change the governor.
statement ok
CREATE LOGIN rg_user WITH PASSWORD = 'Rg-Us3r-Passw0rd!'

statement ok
EXECUTE AS LOGIN = 'rg_user'

statement error 10902
ALTER RESOURCE GOVERNOR RECONFIGURE
----
error 10902: User does not have permission to alter the resource governor configuration.

statement error 10902
CREATE EXTERNAL RESOURCE POOL p4
----
error 10902: User does not have permission to alter the resource governor configuration.

statement ok
REVERT

statement error 574
BEGIN TRAN; CREATE EXTERNAL RESOURCE POOL p3
----
error 574: CREATE EXTERNAL RESOURCE POOL statement cannot be used inside a user transaction.

statement ok
IF @@TRANCOUNT > 0 ROLLBACK

statement ok
DROP EXTERNAL RESOURCE POOL ds_ep

query TI
SELECT name, max_memory_percent FROM sys.resource_governor_external_resource_pools
----
default	40

# Dropped from what is in effect at RECONFIGURE.
query I
SELECT COUNT(*) FROM sys.dm_resource_governor_external_resource_pools
----
2

statement ok
ALTER RESOURCE GOVERNOR RECONFIGURE

query I
SELECT COUNT(*) FROM sys.dm_resource_governor_external_resource_pools
----
1

statement ok
ALTER RESOURCE GOVERNOR DISABLE

query I
SELECT CAST(is_enabled AS int) FROM sys.resource_governor_configuration
----
0

statement ok
ALTER RESOURCE GOVERNOR RESET STATISTICS

statement error 102
ALTER RESOURCE GOVERNOR RESTART
