# The catalog views of features Quern does not have: no rows, the documented columns tools select.
# (sys.xml_schema_collections lists the built-in sys collection of every database.)
query IIIIIIIIII
SELECT (SELECT COUNT(*) FROM sys.assemblies), (SELECT COUNT(*) FROM sys.xml_schema_collections),
  (SELECT COUNT(*) FROM sys.partition_schemes), (SELECT COUNT(*) FROM sys.partition_functions),
  (SELECT COUNT(*) FROM sys.fulltext_catalogs), (SELECT COUNT(*) FROM sys.fulltext_indexes),
  (SELECT COUNT(*) FROM sys.service_queues), (SELECT COUNT(*) FROM sys.event_notifications),
  (SELECT COUNT(*) FROM sys.certificates), (SELECT COUNT(*) FROM sys.symmetric_keys)
----
0	1	0	0	0	0	0	0	0	0

query IIIIIIIII
SELECT (SELECT COUNT(*) FROM sys.asymmetric_keys), (SELECT COUNT(*) FROM sys.credentials),
  (SELECT COUNT(*) FROM sys.plan_guides), (SELECT COUNT(*) FROM sys.column_store_row_groups),
  (SELECT COUNT(*) FROM sys.availability_groups), (SELECT COUNT(*) FROM sys.traces),
  (SELECT COUNT(*) FROM sys.server_event_sessions), (SELECT COUNT(*) FROM sys.dm_xe_sessions),
  (SELECT COUNT(*) FROM sys.dm_exec_query_memory_grants)
----
0	0	0	0	0	0	0	0	0

# Flyway's clean and SSMS join them to the objects they would drop or show.
query I
SELECT COUNT(*) FROM sys.tables t LEFT JOIN sys.fulltext_indexes f ON f.object_id = t.object_id WHERE f.object_id IS NOT NULL
----
0

query TT
SELECT TOP 0 a.name, a.clr_name FROM sys.assemblies a WHERE a.is_user_defined = 1
----

describe
SELECT TOP 0 * FROM sys.partition_functions
----
name	nvarchar(128)	NOT NULL
function_id	int	NOT NULL
type	char(2)	NOT NULL
type_desc	nvarchar(60)	NULL
fanout	int	NOT NULL
boundary_value_on_right	bit	NOT NULL
is_system	bit	NOT NULL
create_date	datetime	NOT NULL
modify_date	datetime	NOT NULL

describe
SELECT * FROM sys.service_queues
----
name	nvarchar(128)	NOT NULL
object_id	int	NOT NULL
principal_id	int	NULL
schema_id	int	NOT NULL
parent_object_id	int	NOT NULL
type	nvarchar(2)	NULL
type_desc	nvarchar(60)	NULL
create_date	datetime	NULL
modify_date	datetime	NULL
is_ms_shipped	bit	NOT NULL
is_published	bit	NOT NULL
is_schema_published	bit	NOT NULL
max_readers	smallint	NULL
activation_procedure	nvarchar(776)	NULL
execute_as_principal_id	int	NULL
is_activation_enabled	bit	NULL
is_receive_enabled	bit	NULL
is_enqueue_enabled	bit	NULL
is_retention_enabled	bit	NULL
is_poison_message_handling_enabled	bit	NULL

# sys.database_mirroring: a row per database, nothing mirrored.
query II
SELECT COUNT(*), COUNT(mirroring_guid) FROM sys.database_mirroring m JOIN sys.databases d ON d.database_id = m.database_id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
4	0

query I
SELECT COUNT(*) FROM sys.databases
----
4
