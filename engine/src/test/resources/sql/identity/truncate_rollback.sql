# TRUNCATE TABLE and DROP TABLE rolled back leave the identity where it was: the rows come back,
# and so does the counter, so the next insert does not collide with them (2627 before: the reset
# happened, and was written to disk, before the statement's transaction committed).
statement ok
CREATE TABLE tr (id int IDENTITY(1, 1) PRIMARY KEY, v varchar(10))

statement ok
INSERT INTO tr (v) VALUES ('a'), ('b'), ('c')

query I
BEGIN TRAN
TRUNCATE TABLE tr
ROLLBACK
INSERT INTO tr (v) VALUES ('d')
SELECT MAX(id) FROM tr
----
4

query I
BEGIN TRAN
DROP TABLE tr
ROLLBACK
INSERT INTO tr (v) VALUES ('e')
SELECT MAX(id) FROM tr
----
5

# Values handed out inside the rolled-back transaction, after the TRUNCATE, are gone with it.
query I
BEGIN TRAN
TRUNCATE TABLE tr
INSERT INTO tr (v) VALUES ('x')
ROLLBACK
INSERT INTO tr (v) VALUES ('f')
SELECT MAX(id) FROM tr
----
6

query I
SELECT IDENT_CURRENT('tr')
----
6

# Committed, TRUNCATE starts the identity over at the seed.
query I
TRUNCATE TABLE tr
INSERT INTO tr (v) VALUES ('g')
SELECT MAX(id) FROM tr
----
1
