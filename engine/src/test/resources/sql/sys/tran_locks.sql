# sys.dm_tran_locks and the transaction DMVs, as one session sees its own transaction.
statement ok
CREATE TABLE tl (id int PRIMARY KEY, v int)

statement ok
INSERT INTO tl VALUES (1, 10), (2, 20), (3, 30)

# No transaction open: no locks of this session, no transaction listed.
query I
SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = @@SPID
----
0

query I
SELECT COUNT(*) FROM sys.dm_tran_session_transactions WHERE session_id = @@SPID
----
0

# An UPDATE in a transaction holds an X lock on the row's key until COMMIT, and a schema
# stability lock on the table.
query TTTT
BEGIN TRANSACTION
UPDATE tl SET v = 11 WHERE id = 1
SELECT resource_type, request_mode, request_status, request_owner_type FROM sys.dm_tran_locks
WHERE request_session_id = @@SPID ORDER BY resource_type, request_mode
----
KEY	X	GRANT	TRANSACTION
OBJECT	IX	GRANT	TRANSACTION

# The KEY lock names the primary key's hobt, the OBJECT lock the table.
query II
SELECT COUNT(*), MIN(CASE WHEN l.resource_database_id = DB_ID() THEN 1 ELSE 0 END) FROM sys.dm_tran_locks AS l
JOIN sys.partitions AS p ON p.hobt_id = l.resource_associated_entity_id
WHERE l.request_session_id = @@SPID AND l.resource_type = 'KEY' AND p.object_id = OBJECT_ID('tl') AND p.index_id = 1
----
1	1

query I
SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = @@SPID AND resource_type = 'OBJECT'
AND resource_associated_entity_id = OBJECT_ID('tl') AND resource_description = ''
----
2

# A key hash is printed as SQL Server prints one: 12 hex digits in parentheses.
query I
SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = @@SPID AND resource_type = 'KEY'
AND resource_description LIKE '([0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f])'
----
1

# Two more rows locked: three distinct keys, each once.
query II
UPDATE tl SET v = v + 1 WHERE id IN (2, 3)
UPDATE tl SET v = v + 1 WHERE id = 1
SELECT COUNT(*), COUNT(DISTINCT resource_description) FROM sys.dm_tran_locks
WHERE request_session_id = @@SPID AND resource_type = 'KEY'
----
3	3

# The lock owner is the session's transaction.
query I
SELECT COUNT(*) FROM sys.dm_tran_locks AS l JOIN sys.dm_tran_session_transactions AS st
ON st.transaction_id = l.request_owner_id AND st.session_id = l.request_session_id
WHERE l.request_session_id = @@SPID
----
5

query IIIII
SELECT open_transaction_count, is_user_transaction, is_local, is_enlisted, is_bound
FROM sys.dm_tran_session_transactions WHERE session_id = @@SPID
----
1	1	1	0	0

query TII
SELECT a.name, a.transaction_type, a.transaction_state FROM sys.dm_tran_active_transactions AS a
JOIN sys.dm_tran_session_transactions AS s ON s.transaction_id = a.transaction_id WHERE s.session_id = @@SPID
----
user_transaction	1	2

query I
SELECT COUNT(*) FROM sys.dm_tran_current_transaction AS c
JOIN sys.dm_tran_session_transactions AS s ON s.transaction_id = c.transaction_id WHERE s.session_id = @@SPID
----
1

# After COMMIT nothing is held and no transaction is listed.
query III
COMMIT
SELECT (SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = @@SPID),
(SELECT COUNT(*) FROM sys.dm_tran_session_transactions WHERE session_id = @@SPID),
(SELECT COUNT(*) FROM sys.dm_tran_current_transaction)
----
0	0	1

# A named transaction shows its name; a repeatable read holds S locks on the rows it read.
query TT
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ
BEGIN TRANSACTION reader
SELECT v FROM tl WHERE id = 2
SELECT a.name, l.request_mode FROM sys.dm_tran_locks AS l
JOIN sys.dm_tran_active_transactions AS a ON a.transaction_id = l.request_owner_id
WHERE l.request_session_id = @@SPID AND l.resource_type = 'KEY'
----
21
reader	S

query I
ROLLBACK
SET TRANSACTION ISOLATION LEVEL READ COMMITTED
SELECT COUNT(*) FROM sys.dm_tran_locks WHERE request_session_id = @@SPID
----
0

# SERIALIZABLE: the scanned range is a RangeS-S lock ending at the end of the index.
query TT
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
BEGIN TRANSACTION
SELECT COUNT(*) FROM tl
SELECT request_mode, resource_description FROM sys.dm_tran_locks
WHERE request_session_id = @@SPID AND resource_type = 'KEY'
----
3
RangeS-S	(ffffffffffff)

statement ok
ROLLBACK
SET TRANSACTION ISOLATION LEVEL READ COMMITTED

# IMPLICIT_TRANSACTIONS names the transaction it opens.
query T
SET IMPLICIT_TRANSACTIONS ON
INSERT INTO tl VALUES (4, 40)
SELECT a.name FROM sys.dm_tran_active_transactions AS a
JOIN sys.dm_tran_session_transactions AS s ON s.transaction_id = a.transaction_id WHERE s.session_id = @@SPID
----
implicit_transaction

statement ok
ROLLBACK
SET IMPLICIT_TRANSACTIONS OFF

query I
SELECT transaction_is_snapshot FROM sys.dm_tran_current_transaction
----
0

query T
SELECT name FROM sys.system_views WHERE name LIKE 'dm[_]tran[_]%' OR name = 'dm_os_waiting_tasks' ORDER BY name
----
dm_os_waiting_tasks
dm_tran_active_transactions
dm_tran_current_transaction
dm_tran_database_transactions
dm_tran_locks
dm_tran_session_transactions

# Nothing waits while this session asks.
query I
SELECT COUNT(*) FROM sys.dm_os_waiting_tasks
----
0
