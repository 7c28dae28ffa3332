# DBCC CHECKTABLE checks values kept outside their rows (over 8,000 bytes) against their stored
# chunks. Whatever SQL does to them, the chunks stay in step: no errors. (Damage that SQL cannot
# cause is tested in DbccLobCheckTest.)
statement ok
CREATE TABLE dl (id int PRIMARY KEY, a varchar(max), b nvarchar(max), c varbinary(max), d xml)

statement ok
INSERT INTO dl VALUES
  (1, REPLICATE(CAST('a' AS varchar(max)), 70000), REPLICATE(CAST(N'b' AS nvarchar(max)), 20000),
   CAST(REPLICATE(CAST('c' AS varchar(max)), 9000) AS varbinary(max)),
   CAST('<r>' + REPLICATE(CAST('d' AS varchar(max)), 9000) + '</r>' AS xml)),
  (2, 'small', N'small', 0x01, '<r/>'),
  (3, REPLICATE(CAST('e' AS varchar(max)), 40000), NULL, NULL, NULL)

query T
DBCC CHECKTABLE ('dl') WITH NO_INFOMSGS
----

# Updates replace a value's chunks, shorter, longer, or back in the row.
statement ok
UPDATE dl SET a = REPLICATE(CAST('f' AS varchar(max)), 9000) WHERE id = 1

statement ok
UPDATE dl SET a = REPLICATE(CAST('g' AS varchar(max)), 100000) WHERE id = 2

statement ok
UPDATE dl SET a = 'back in the row' WHERE id = 3

statement ok
UPDATE dl SET id = id + 10

query T
DBCC CHECKTABLE ('dl') WITH NO_INFOMSGS
----

# A rolled-back insert and update leave no chunks behind.
statement ok
BEGIN TRANSACTION; INSERT INTO dl (id, a) VALUES (20, REPLICATE(CAST('h' AS varchar(max)), 50000)); UPDATE dl SET b = REPLICATE(CAST(N'i' AS nvarchar(max)), 30000); ROLLBACK

query T
DBCC CHECKTABLE ('dl') WITH NO_INFOMSGS
----

# A dropped column's values stay with their rows until a row is rewritten or deleted.
statement ok
ALTER TABLE dl DROP COLUMN b

query T
DBCC CHECKTABLE ('dl') WITH NO_INFOMSGS
----

statement ok
UPDATE dl SET a = 'x' WHERE id = 11

statement ok
DELETE FROM dl WHERE id = 12

query T
DBCC CHECKTABLE ('dl') WITH NO_INFOMSGS
----

query I
SELECT COUNT(*) FROM dl
----
2

# A heap, then a clustered index built on it, then TRUNCATE.
statement ok
CREATE TABLE dh (v varchar(max)); INSERT INTO dh VALUES (REPLICATE(CAST('j' AS varchar(max)), 40000)), (REPLICATE(CAST('k' AS varchar(max)), 8001))

statement ok
DELETE TOP (1) FROM dh

query T
DBCC CHECKDB WITH NO_INFOMSGS
----

statement ok
ALTER TABLE dh ADD id int NULL

statement ok
UPDATE dh SET id = 1

statement ok
CREATE CLUSTERED INDEX dh_id ON dh (id)

query T
DBCC CHECKTABLE ('dh') WITH NO_INFOMSGS
----

statement ok
TRUNCATE TABLE dh

statement ok
INSERT INTO dh (v) VALUES (REPLICATE(CAST('l' AS varchar(max)), 33000))

query T
DBCC CHECKDB WITH NO_INFOMSGS
----

statement ok
DROP TABLE dl; DROP TABLE dh
