# msdb.dbo.agent_datetime(run_date, run_time): the agent's int date (yyyymmdd) and time (hhmmss)
# as a datetime, callable from any database as msdb.dbo.agent_datetime and inside msdb as
# dbo.agent_datetime; shown in msdb's sys.objects as a scalar function msdb ships.
# no-restart: USE msdb is session state

query TTT
SELECT CONVERT(varchar(23), msdb.dbo.agent_datetime(20240305, 134501), 121),
  CONVERT(varchar(23), msdb.dbo.agent_datetime(20171027, 231134), 121),
  CONVERT(varchar(23), msdb.dbo.agent_datetime(19991231, 5), 121)
----
2024-03-05 13:45:01.000	2017-10-27 23:11:34.000	1999-12-31 00:00:05.000

query I
SELECT CASE WHEN msdb.dbo.agent_datetime(NULL, 134501) IS NULL AND msdb.dbo.agent_datetime(20240305, NULL) IS NULL
  THEN 1 ELSE 0 END
----
1

# Its arguments are ints: a string converts as to an int parameter.
query TT
SELECT CONVERT(varchar(23), msdb.dbo.agent_datetime('20240229', '070809'), 121), SQL_VARIANT_PROPERTY(msdb.dbo.agent_datetime('20240229', '070809'), 'BaseType')
----
2024-02-29 07:08:09.000	datetime

# A run_date of 0 (never run) is no date: the conversion of its text fails, as CONVERT fails.
statement error 242
SELECT msdb.dbo.agent_datetime(0, 0)

statement error 242
SELECT msdb.dbo.agent_datetime(20230230, 0)

statement error 313
SELECT msdb.dbo.agent_datetime(20240305)

statement error 8144
SELECT msdb.dbo.agent_datetime(20240305, 1, 2)

# Outside msdb the two-part name is not it.
statement error 4121
SELECT dbo.agent_datetime(20240305, 134501)

statement ok
USE msdb

query TI
SELECT CONVERT(varchar(30), dbo.agent_datetime(20240305, 134501), 121), DATEPART(hour, dbo.agent_datetime(20240305, 134501))
----
2024-03-05 13:45:01.000	13

query TTTI
SELECT name, type, type_desc, is_ms_shipped FROM sys.objects WHERE name = 'agent_datetime'
----
agent_datetime	FN	SQL_SCALAR_FUNCTION	1

query I
SELECT COUNT(*) FROM sys.all_objects WHERE name = 'agent_datetime' AND SCHEMA_NAME(schema_id) = 'dbo'
----
1

statement ok
USE master

query I
SELECT COUNT(*) FROM sys.objects WHERE name = 'agent_datetime'
----
0
