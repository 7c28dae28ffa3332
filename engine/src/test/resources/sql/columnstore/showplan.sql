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

# A query reading only the columns of a nonclustered columnstore scans it instead of the rows.
statement ok
CREATE TABLE spc_oltp (id int NOT NULL PRIMARY KEY, customer int, total money, note varchar(50))
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci_spc ON spc_oltp (customer, total)
INSERT INTO spc_oltp VALUES (1, 10, 5.00, 'a'), (2, 10, 7.50, 'b'), (3, 11, 1.00, 'c')

query IR
SELECT customer, SUM(total) FROM spc_oltp GROUP BY customer ORDER BY customer
----
10	12.5000
11	1.0000

query I
SELECT COUNT(*) FROM spc_oltp WHERE note = 'b'
----
1

statement ok
SET SHOWPLAN_TEXT ON

query T
SELECT customer, total FROM spc_oltp WHERE customer = 10
----
SELECT customer, total FROM spc_oltp WHERE customer = 10
  |--Filter(WHERE:(customer = 10))
       |--Columnstore Index Scan(OBJECT:([master].[dbo].[spc_oltp].[ncci_spc]))

statement ok
SET SHOWPLAN_TEXT OFF
