# DDL triggers ON DATABASE fire for the partition statements (DDL_PARTITION_EVENTS and below):
# EVENTDATA() names the function or scheme, a database-scoped object with no schema.
statement ok
CREATE TABLE pt_log (n int IDENTITY PRIMARY KEY, event sysname, db sysname NULL, sch sysname NULL, obj sysname NULL, otype sysname NULL)

statement ok
CREATE TRIGGER pt_events ON DATABASE FOR DDL_PARTITION_EVENTS
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @e xml = EVENTDATA();
  INSERT pt_log (event, db, sch, obj, otype)
  VALUES (@e.value('(/EVENT_INSTANCE/EventType)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/DatabaseName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/SchemaName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/ObjectName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/ObjectType)[1]', 'nvarchar(128)'));
END

statement ok
CREATE PARTITION FUNCTION pt_pf (int) AS RANGE LEFT FOR VALUES (1, 2)

statement ok
CREATE PARTITION SCHEME pt_ps AS PARTITION pt_pf ALL TO ([PRIMARY])
----
! Partition scheme 'pt_ps' has been created successfully. 'PRIMARY' is marked as the next used filegroup in partition scheme 'pt_ps'.

statement ok
ALTER PARTITION FUNCTION pt_pf() SPLIT RANGE (3)

statement ok
ALTER PARTITION SCHEME pt_ps NEXT USED [PRIMARY]

statement ok
DROP PARTITION SCHEME pt_ps

statement ok
DROP PARTITION FUNCTION pt_pf

# Table DDL is not a partition event.
statement ok
CREATE TABLE pt_other (id int)

query TTTTT
SELECT event, db, ISNULL(sch, '-'), obj, otype FROM pt_log ORDER BY n
----
CREATE_PARTITION_FUNCTION	master	-	pt_pf	PARTITION FUNCTION
CREATE_PARTITION_SCHEME	master	-	pt_ps	PARTITION SCHEME
ALTER_PARTITION_FUNCTION	master	-	pt_pf	PARTITION FUNCTION
ALTER_PARTITION_SCHEME	master	-	pt_ps	PARTITION SCHEME
DROP_PARTITION_SCHEME	master	-	pt_ps	PARTITION SCHEME
DROP_PARTITION_FUNCTION	master	-	pt_pf	PARTITION FUNCTION

query TII
SELECT e.type_desc, e.type, CASE WHEN e.is_trigger_event = 1 THEN 1 ELSE 0 END FROM sys.trigger_events e
JOIN sys.triggers t ON t.object_id = e.object_id WHERE t.name = 'pt_events' ORDER BY e.type
----
CREATE_PARTITION_FUNCTION	191	1
ALTER_PARTITION_FUNCTION	192	1
DROP_PARTITION_FUNCTION	193	1
CREATE_PARTITION_SCHEME	194	1
ALTER_PARTITION_SCHEME	195	1
DROP_PARTITION_SCHEME	196	1

statement ok
DROP TRIGGER pt_events ON DATABASE
