# DDL triggers ON DATABASE fire for the key and certificate statements (DDL_CERTIFICATE_EVENTS,
# DDL_SYMMETRIC_KEY_EVENTS, DDL_MASTER_KEY_EVENTS, under DDL_DATABASE_SECURITY_EVENTS); OPEN and
# CLOSE raise none. EVENTDATA() never shows a password or a KEY_SOURCE.
statement ok
CREATE TABLE key_log (n int IDENTITY PRIMARY KEY, event sysname, obj sysname NULL, otype sysname NULL,
  cmd nvarchar(4000) NULL)

statement ok
CREATE TRIGGER key_events ON DATABASE FOR DDL_DATABASE_SECURITY_EVENTS
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @e xml = EVENTDATA();
  INSERT key_log (event, obj, otype, cmd)
  VALUES (@e.value('(/EVENT_INSTANCE/EventType)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/ObjectName)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/ObjectType)[1]', 'nvarchar(128)'),
    @e.value('(/EVENT_INSTANCE/TSQLCommand/CommandText)[1]', 'nvarchar(4000)'));
END

statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Trig!Master1'

statement ok
ALTER MASTER KEY ADD ENCRYPTION BY PASSWORD = 'Trig!Master2'

statement ok
CREATE CERTIFICATE trig_cert WITH SUBJECT = 'trigger test'

statement ok
ALTER CERTIFICATE trig_cert WITH ACTIVE FOR BEGIN_DIALOG = ON

statement ok
CREATE SYMMETRIC KEY trig_key WITH ALGORITHM = AES_256, KEY_SOURCE = 'secret phrase' ENCRYPTION BY CERTIFICATE trig_cert

statement ok
OPEN SYMMETRIC KEY trig_key DECRYPTION BY CERTIFICATE trig_cert;
ALTER SYMMETRIC KEY trig_key ADD ENCRYPTION BY PASSWORD = 'Trig!Key1';
CLOSE SYMMETRIC KEY trig_key

statement ok
DROP SYMMETRIC KEY trig_key;
DROP CERTIFICATE trig_cert;
DROP MASTER KEY

query ITTTT
SELECT n, event, obj, otype, cmd FROM key_log ORDER BY n
----
1	CREATE_MASTER_KEY	##MS_DatabaseMasterKey##	MASTER KEY	CREATE MASTER KEY ENCRYPTION BY PASSWORD = '******'
2	ALTER_MASTER_KEY	##MS_DatabaseMasterKey##	MASTER KEY	ALTER MASTER KEY ADD ENCRYPTION BY PASSWORD = '******'
3	CREATE_CERTIFICATE	trig_cert	CERTIFICATE	CREATE CERTIFICATE trig_cert WITH SUBJECT = 'trigger test'
4	ALTER_CERTIFICATE	trig_cert	CERTIFICATE	ALTER CERTIFICATE trig_cert WITH ACTIVE FOR BEGIN_DIALOG = ON
5	CREATE_SYMMETRIC_KEY	trig_key	SYMMETRIC KEY	CREATE SYMMETRIC KEY trig_key WITH ALGORITHM = AES_256, KEY_SOURCE = '******' ENCRYPTION BY CERTIFICATE trig_cert
6	ALTER_SYMMETRIC_KEY	trig_key	SYMMETRIC KEY	ALTER SYMMETRIC KEY trig_key ADD ENCRYPTION BY PASSWORD = '******'
7	DROP_SYMMETRIC_KEY	trig_key	SYMMETRIC KEY	DROP SYMMETRIC KEY trig_key
8	DROP_CERTIFICATE	trig_cert	CERTIFICATE	DROP CERTIFICATE trig_cert
9	DROP_MASTER_KEY	##MS_DatabaseMasterKey##	MASTER KEY	DROP MASTER KEY

# The trigger's events: the group covers the nine key events and the others below it.
query TI rowsort
SELECT e.type_desc, e.type FROM sys.trigger_events e JOIN sys.triggers t ON t.object_id = e.object_id
WHERE t.name = 'key_events' AND e.type BETWEEN 197 AND 254
----
ALTER_CERTIFICATE	198
ALTER_MASTER_KEY	253
ALTER_SYMMETRIC_KEY	245
CREATE_CERTIFICATE	197
CREATE_MASTER_KEY	252
CREATE_SYMMETRIC_KEY	244
DROP_CERTIFICATE	199
DROP_MASTER_KEY	254
DROP_SYMMETRIC_KEY	246

statement ok
DROP TRIGGER key_events ON DATABASE
