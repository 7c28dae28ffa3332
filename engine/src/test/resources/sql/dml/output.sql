# The OUTPUT clause of INSERT, UPDATE and DELETE: the changed rows' inserted/deleted values.
statement ok
CREATE TABLE stock (id int IDENTITY(1, 1) PRIMARY KEY, item varchar(10) NOT NULL, qty int NOT NULL DEFAULT 0)

query ITI
INSERT INTO stock (item, qty) OUTPUT inserted.* VALUES ('nut', 5), ('bolt', 7)
----
1	nut	5
2	bolt	7

query IT
INSERT INTO stock (item) OUTPUT inserted.id, inserted.qty AS q VALUES ('washer')
----
3	0

query TII
UPDATE stock SET qty = qty + 10 OUTPUT inserted.item, deleted.qty, inserted.qty WHERE qty > 0
----
nut	5	15
bolt	7	17

query ITI
DELETE FROM stock OUTPUT deleted.* WHERE item = 'washer'
----
3	washer	0

# An expression over both rows.
query TI
UPDATE stock SET qty = qty * 2 OUTPUT inserted.item, inserted.qty - deleted.qty AS grew WHERE id = 1
----
nut	15

# OUTPUT … INTO a table variable or a table; the statement reports only its own count.
query ITII
DECLARE @changes TABLE (id int, item varchar(10), before int, after int)
UPDATE stock SET qty = 0 OUTPUT inserted.id, inserted.item, deleted.qty, inserted.qty INTO @changes
SELECT @@ROWCOUNT, item, before, after FROM @changes ORDER BY id
----
2	nut	30	0
2	bolt	17	0

statement ok
CREATE TABLE removed (id int, item varchar(10), at_qty int NULL)

query IT
DELETE FROM stock OUTPUT deleted.id, deleted.item INTO removed (id, item) WHERE id = 2
SELECT id, item FROM removed
----
2	bolt

query I
INSERT INTO stock (item) OUTPUT inserted.id INTO removed (id) VALUES ('pin')
SELECT COUNT(*) FROM removed WHERE item IS NULL
----
1

# INSERT has no deleted row, DELETE no inserted row.
statement error 4104
INSERT INTO stock (item) OUTPUT deleted.id VALUES ('x')
----
error 4104: The multi-part identifier "deleted.id" could not be bound.

statement error 4104
DELETE FROM stock OUTPUT inserted.* WHERE id = 1
----
error 4104: The multi-part identifier "inserted.*" could not be bound.

statement error 207
UPDATE stock SET qty = 1 OUTPUT inserted.nope
----
error 207: Invalid column name 'nope'.

statement error 1087
DELETE FROM stock OUTPUT deleted.id INTO @nowhere
----
error 1087: Must declare the table variable "@nowhere".

statement error 213
DELETE FROM stock OUTPUT deleted.id INTO removed
----
error 213: Column name or number of supplied values does not match table definition.

# A failed OUTPUT INTO changes nothing.
query I
SELECT COUNT(*) FROM stock
----
2
