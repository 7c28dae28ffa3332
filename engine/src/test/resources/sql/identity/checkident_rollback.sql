# DBCC CHECKIDENT's reseed belongs to its transaction, as in SQL Server: a rollback (of the
# transaction or to a savepoint before it) undoes it, a commit keeps it, across a restart too.
statement ok
CREATE TABLE cir (id int IDENTITY(1, 1), v int)
INSERT cir (v) VALUES (1), (2), (3)

query I
BEGIN TRANSACTION
DBCC CHECKIDENT ('cir', RESEED, 100) WITH NO_INFOMSGS
ROLLBACK
SELECT IDENT_CURRENT('cir')
----
3

query I
INSERT cir (v) VALUES (4)
SELECT id FROM cir WHERE v = 4
----
4

# Reseeded down and used in the transaction, then rolled back: the counter goes back to where the
# reseed found it (the value the rolled-back insert took is not handed out again either way).
query II
BEGIN TRANSACTION
DBCC CHECKIDENT ('cir', RESEED, 0) WITH NO_INFOMSGS
INSERT cir (v) VALUES (5)
SELECT id, IDENT_CURRENT('cir') FROM cir WHERE v = 5
ROLLBACK
----
1	1

query I
SELECT IDENT_CURRENT('cir')
----
4

# Rolled back to a savepoint set before it.
query I
BEGIN TRANSACTION
SAVE TRANSACTION before_reseed
DBCC CHECKIDENT ('cir', RESEED, 50) WITH NO_INFOMSGS
ROLLBACK TRANSACTION before_reseed
COMMIT
INSERT cir (v) VALUES (6)
SELECT id FROM cir WHERE v = 6
----
5

# Committed: kept (the restart test restarts the engine before the insert).
statement ok
BEGIN TRANSACTION
DBCC CHECKIDENT ('cir', RESEED, 100) WITH NO_INFOMSGS
COMMIT

query I
INSERT cir (v) VALUES (7)
SELECT id FROM cir WHERE v = 7
----
101

# RESEED without a value moves a lagging current value up to the column's: undone the same way.
statement ok
DBCC CHECKIDENT ('cir', RESEED, 5) WITH NO_INFOMSGS

query I
BEGIN TRANSACTION
DBCC CHECKIDENT ('cir') WITH NO_INFOMSGS
ROLLBACK
SELECT IDENT_CURRENT('cir')
----
5

query I
DBCC CHECKIDENT ('cir') WITH NO_INFOMSGS
SELECT IDENT_CURRENT('cir')
----
101

# A table nothing was inserted into: the rollback leaves it so (the first row gets the seed).
query I
CREATE TABLE cir2 (id int IDENTITY(1, 1), v int)
BEGIN TRANSACTION
DBCC CHECKIDENT ('cir2', RESEED, 10) WITH NO_INFOMSGS
ROLLBACK
INSERT cir2 (v) VALUES (1)
SELECT id FROM cir2
----
1

statement ok
DROP TABLE cir
DROP TABLE cir2
