# Workload groups and the classifier function route a session's scripts to an external resource
# pool (ml-services.md §6). Needs the venv Quern's Python runtime finds.

query ITTIIIIIII
SELECT group_id, name, importance, request_max_memory_grant_percent, request_max_cpu_time_sec, request_memory_grant_timeout_sec, max_dop, group_max_requests, pool_id, external_pool_id FROM sys.resource_governor_workload_groups ORDER BY group_id
----
1	internal	Medium	25	0	0	0	0	1	2
2	default	Medium	25	0	0	0	0	2	2

# The docs' recipe: a pool for data science, a group using it, a classifier choosing the group.
statement ok
CREATE EXTERNAL RESOURCE POOL ds_ep WITH (MAX_CPU_PERCENT = 50)

statement ok
CREATE WORKLOAD GROUP ds_wg WITH (IMPORTANCE = LOW, MAX_DOP = 2) USING "default", EXTERNAL ds_ep

statement ok
CREATE FUNCTION dbo.rg_classifier() RETURNS sysname WITH SCHEMABINDING AS
BEGIN
  RETURN CASE WHEN SUSER_SNAME() = N'sa' THEN N'ds_wg' ELSE N'default' END;
END

statement ok
ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = dbo.rg_classifier)

query II
SELECT CASE WHEN c.classifier_function_id = OBJECT_ID('dbo.rg_classifier') THEN 1 ELSE 0 END, CAST(d.is_reconfiguration_pending AS int) FROM sys.resource_governor_configuration c CROSS JOIN sys.dm_resource_governor_configuration d
----
1	1

query I
SELECT COUNT(*) FROM sys.dm_resource_governor_workload_groups
----
2

statement ok
ALTER RESOURCE GOVERNOR RECONFIGURE

query TTIII
SELECT g.name, g.importance, g.max_dop, g.pool_id, p.external_pool_id FROM sys.dm_resource_governor_workload_groups g JOIN sys.dm_resource_governor_external_resource_pools p ON p.external_pool_id = g.external_pool_id ORDER BY g.group_id
----
internal	Medium	0	1	2
default	Medium	0	2	2
ds_wg	Low	2	2	256

# This session is classified into ds_wg at its first script: its satellite runs in ds_ep, whose
# MAX_CPU_PERCENT of 50 lowers the satellite's scheduling priority (nice 10).
statement ok
EXEC sp_configure 'external scripts enabled', 1
RECONFIGURE
----
! Configuration option 'external scripts enabled' changed from 0 to 1. Run the RECONFIGURE statement to install.

query I
EXEC sp_execute_external_script @language = N'Python', @script = N'import os
OutputDataSet = pandas.DataFrame({"nice": [os.nice(0)]})'
----
10

# Errors: SQL Server's numbers and texts.
statement error 10919
CREATE WORKLOAD GROUP DS_WG
----
error 10919: Cannot create workload group 'DS_WG' because it already exists.

statement error 15151
ALTER WORKLOAD GROUP nosuch WITH (MAX_DOP = 1)
----
error 15151: Cannot alter the workload group 'nosuch', because it does not exist or you do not have permission.

statement error 15151
DROP WORKLOAD GROUP nosuch
----
error 15151: Cannot drop the workload group 'nosuch', because it does not exist or you do not have permission.

statement error 10918
ALTER WORKLOAD GROUP ds_wg
----
error 10918: ALTER WORKLOAD GROUP failed. Either a 'WITH' or 'USING' clause must be specified.

statement error 10913
DROP WORKLOAD GROUP "default"
----
error 10913: The operation could not be completed. Dropping predefined workload group is not allowed.

statement error 10916
ALTER WORKLOAD GROUP [internal] WITH (MAX_DOP = 1)
----
error 10916: The operation could not be completed. Altering 'internal' workload group is not allowed.

statement error 10912
CREATE WORKLOAD GROUP g2 USING pool_x
----
error 10912: Requested operation cannot be performed because the resource pool 'pool_x' does not exist.

statement error 10912
ALTER WORKLOAD GROUP ds_wg USING EXTERNAL ext_x
----
error 10912: Requested operation cannot be performed because the resource pool 'ext_x' does not exist.

statement error 10917
DROP EXTERNAL RESOURCE POOL ds_ep
----
error 10917: Cannot drop resource pool 'ds_ep' because it contains workload group 'ds_wg'. Drop or remove all workload groups using this resource pool before dropping it.

statement error 10909
ALTER WORKLOAD GROUP ds_wg WITH (MAX_DOP = -1)
----
error 10909: Attribute 'MAX_DOP' with value of -1 is less than attribute 'minimum' with value of 0.

statement error 10903
ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = dbo.nosuch)
----
error 10903: User-defined function 'dbo.nosuch' does not exist in master database, or the user does not have permission to access it.

statement ok
CREATE FUNCTION dbo.bad_classifier(@x int) RETURNS sysname AS BEGIN RETURN N'default'; END

statement error 10907
ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = dbo.bad_classifier)
----
error 10907: The object 'dbo'.'bad_classifier' is not a valid resource governor classifier user-defined function. A valid classifier user-defined function must be schema-bound, return sysname, and have no parameters.

statement error 10921
DROP FUNCTION dbo.rg_classifier
----
error 10921: Cannot drop user-defined function 'rg_classifier'. It is being used as a resource governor classifier.

# Moving the group back to the default external pool frees ds_ep to be dropped.
statement ok
ALTER WORKLOAD GROUP ds_wg USING EXTERNAL "default"

statement ok
ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = NULL)

statement ok
DROP WORKLOAD GROUP ds_wg

statement ok
DROP EXTERNAL RESOURCE POOL ds_ep

statement ok
ALTER RESOURCE GOVERNOR RECONFIGURE

query II
SELECT (SELECT COUNT(*) FROM sys.dm_resource_governor_workload_groups), (SELECT classifier_function_id FROM sys.dm_resource_governor_configuration)
----
2	0

statement ok
DROP FUNCTION dbo.rg_classifier
