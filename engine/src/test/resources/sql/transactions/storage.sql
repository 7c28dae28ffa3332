# Transactions over table data: commit, rollback, savepoints, statement-level rollback.
# no-restart: blocks keep a transaction and SET options open across batches.
statement ok
CREATE TABLE acct (id int CONSTRAINT PK_acct PRIMARY KEY, balance int NOT NULL)
INSERT INTO acct VALUES (1, 100), (2, 50)

query I
BEGIN TRAN
UPDATE acct SET balance = balance - 10 WHERE id = 1
ROLLBACK
SELECT balance FROM acct WHERE id = 1
----
100

query I
BEGIN TRAN
UPDATE acct SET balance = balance - 10 WHERE id = 1
BEGIN TRAN
UPDATE acct SET balance = balance + 10 WHERE id = 2
COMMIT
COMMIT
SELECT SUM(balance) FROM acct
----
150

query II
BEGIN TRAN
INSERT INTO acct VALUES (3, 1)
SAVE TRAN s1
INSERT INTO acct VALUES (4, 1)
ROLLBACK TRAN s1
COMMIT
SELECT COUNT(*), MAX(id) FROM acct
----
3	3

# An error in a transaction undoes only its statement (XACT_ABORT OFF).
statement error 2627
BEGIN TRAN
INSERT INTO acct VALUES (5, 1)
INSERT INTO acct VALUES (5, 2)
INSERT INTO acct VALUES (6, 1)
COMMIT
SELECT COUNT(*), @@TRANCOUNT FROM acct WHERE id >= 5
----
error 2627: Violation of PRIMARY KEY constraint 'PK_acct'. Cannot insert duplicate key in object 'dbo.acct'. The duplicate key value is (5).
! The statement has been terminated.
2	0

# XACT_ABORT ON: the error rolls back the whole transaction and ends the batch.
statement error 2627
SET XACT_ABORT ON
BEGIN TRAN
INSERT INTO acct VALUES (7, 1)
INSERT INTO acct VALUES (7, 1)
PRINT 'not reached'

query II
SET XACT_ABORT OFF
SELECT COUNT(*), @@TRANCOUNT FROM acct WHERE id = 7
----
0	0

# CREATE TABLE rolled back leaves nothing.
statement error 208
BEGIN TRAN
CREATE TABLE gone (a int)
INSERT INTO gone VALUES (1)
ROLLBACK
SELECT * FROM gone
----
error 208: Invalid object name 'gone'.

statement error 226
BEGIN TRAN
CREATE DATABASE nope
----
error 226: CREATE DATABASE statement not allowed within multi-statement transaction.

statement ok
ROLLBACK

# IMPLICIT_TRANSACTIONS: a DML statement opens a transaction that stays open.
query I
SET IMPLICIT_TRANSACTIONS ON
DELETE FROM acct WHERE id = 6
SELECT @@TRANCOUNT
----
1

query I
ROLLBACK
SET IMPLICIT_TRANSACTIONS OFF
SELECT COUNT(*) FROM acct WHERE id = 6
----
1
