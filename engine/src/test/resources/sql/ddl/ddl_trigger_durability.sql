# DDL triggers are kept durably: ON DATABASE in the database's catalog, ON ALL SERVER in master's;
# they fire, keep their disabled state and can be dropped after a restart.

statement ok
CREATE TABLE dtd_log (n int IDENTITY PRIMARY KEY, who nvarchar(20), event sysname, obj sysname)

statement ok
CREATE TRIGGER dtd_db ON DATABASE FOR DDL_TABLE_EVENTS AS SET NOCOUNT ON; INSERT dtd_log (who, event, obj) VALUES (N'database', EVENTDATA().value('(/EVENT_INSTANCE/EventType)[1]', 'sysname'), EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname'))

statement ok
CREATE TRIGGER dtd_server ON ALL SERVER FOR CREATE_TABLE AS SET NOCOUNT ON; INSERT master.dbo.dtd_log (who, event, obj) VALUES (N'server', EVENTDATA().value('(/EVENT_INSTANCE/EventType)[1]', 'sysname'), EVENTDATA().value('(/EVENT_INSTANCE/ObjectName)[1]', 'sysname'))

statement ok
CREATE TRIGGER dtd_off ON DATABASE FOR DROP_TABLE AS ROLLBACK

statement ok
DISABLE TRIGGER dtd_off ON DATABASE

query TIT rowsort
SELECT name, is_disabled, parent_class_desc FROM sys.triggers WHERE parent_class = 0
----
dtd_db	0	DATABASE
dtd_off	1	DATABASE

query TI
SELECT name, is_disabled FROM sys.server_triggers
----
dtd_server	0

statement ok
CREATE TABLE dtd_t (a int)

statement ok
DROP TABLE dtd_t

query TTT
SELECT who, event, obj FROM dtd_log ORDER BY n
----
database	CREATE_TABLE	dtd_t
server	CREATE_TABLE	dtd_t
database	DROP_TABLE	dtd_t

statement ok
DROP TRIGGER dtd_db, dtd_off ON DATABASE

statement ok
DROP TRIGGER dtd_server ON ALL SERVER

query II
SELECT (SELECT COUNT(*) FROM sys.triggers WHERE parent_class = 0), (SELECT COUNT(*) FROM sys.server_triggers)
----
0	0
