# no-restart (EXECUTE AS is the session's own state)
# INSERT, UPDATE and DELETE through a view need that permission on the view; its table, of the same
# owner, needs none (ownership chaining, as SELECT through a view).
statement ok
CREATE LOGIN vw_clerk WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER vw_clerk FOR LOGIN vw_clerk;
CREATE TABLE dbo.ledger (id int PRIMARY KEY, memo varchar(10) NOT NULL);
INSERT INTO dbo.ledger VALUES (1, 'a'), (2, 'b');

statement ok
CREATE VIEW dbo.ledger_v AS SELECT id, memo FROM dbo.ledger

statement ok
EXECUTE AS USER = 'vw_clerk'

statement error 229
UPDATE dbo.ledger_v SET memo = 'x'

statement error 229
DELETE FROM dbo.ledger_v

statement error 229
INSERT INTO dbo.ledger_v VALUES (3, 'c')

statement ok
REVERT

statement ok
GRANT UPDATE, INSERT ON dbo.ledger_v TO vw_clerk

statement ok
EXECUTE AS USER = 'vw_clerk'

statement ok
UPDATE dbo.ledger_v SET memo = 'x' WHERE id = 1

statement ok
INSERT INTO dbo.ledger_v VALUES (3, 'c')

statement error 229
DELETE FROM dbo.ledger_v

statement error 229
UPDATE dbo.ledger SET memo = 'y'

statement ok
REVERT

query IT
SELECT id, memo FROM dbo.ledger ORDER BY id
----
1	x
2	b
3	c
