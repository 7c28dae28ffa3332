# no-restart: SET SHOWPLAN_TEXT stays on for the session, which a restart would end.
# A query reading a clustered columnstore shows SQL Server's Columnstore Index Scan.
statement ok
CREATE TABLE spc_fact (id int NOT NULL, qty int)
CREATE CLUSTERED COLUMNSTORE INDEX cci_spc ON spc_fact

statement ok
SET SHOWPLAN_TEXT ON

query T
SELECT id, qty FROM spc_fact
----
SELECT id, qty FROM spc_fact
  |--Columnstore Index Scan(OBJECT:([master].[dbo].[spc_fact].[cci_spc]))

statement ok
SET SHOWPLAN_TEXT OFF
