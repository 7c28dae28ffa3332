# COLUMNS_UPDATED(): a bit per column id, column 1 the low bit of the first byte.
statement ok
CREATE TABLE cu (id int PRIMARY KEY, a int, b int, c int, d int, e int, f int, g int, h int, i int)

statement ok
CREATE TABLE cu_log (ev varchar(10), mask varbinary(10), a_changed bit)

statement ok
CREATE TRIGGER cu_t ON cu AFTER INSERT, UPDATE AS
INSERT cu_log SELECT CASE WHEN EXISTS (SELECT * FROM deleted) THEN 'update' ELSE 'insert' END,
  COLUMNS_UPDATED(), CASE WHEN UPDATE(a) THEN 1 ELSE 0 END

statement ok
INSERT cu (id, a) VALUES (1, 1)

statement ok
UPDATE cu SET a = 2, c = 3

statement ok
UPDATE cu SET i = 9

query TTI
SELECT ev, CONVERT(varchar(10), mask, 1), a_changed FROM cu_log
----
insert	0xFF03	1
update	0x0A00	1
update	0x0002	0

# The classic test of "column 3 or 4 changed".
query I
SELECT COUNT(*) FROM cu_log WHERE SUBSTRING(mask, 1, 1) & 12 > 0
----
2

# Ids keep their gaps after a dropped column.
statement ok
ALTER TABLE cu DROP COLUMN b

statement ok
DELETE cu_log

statement ok
UPDATE cu SET c = 4

query T
SELECT CONVERT(varchar(10), mask, 1) FROM cu_log
----
0x0800

statement error 195
SELECT COLUMNS_UPDATED()
----
error 195: 'COLUMNS_UPDATED' is not a recognized built-in function name.

statement ok
DROP TABLE cu

statement ok
DROP TABLE cu_log
