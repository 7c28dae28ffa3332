# CREATE SYNONYM / DROP SYNONYM: a synonym stands for its table, view or procedure in FROM, as
# the target of INSERT, UPDATE and DELETE, and in EXEC; sys.synonyms, OBJECT_ID (type SN).
statement ok
CREATE TABLE orders (id int PRIMARY KEY, amount int)

statement ok
INSERT INTO orders VALUES (1, 10), (2, 20)

statement ok
CREATE SYNONYM dbo.o FOR dbo.orders

statement ok
CREATE SYNONYM o_full FOR master.dbo.orders

query TTTT
SELECT name, type, type_desc, base_object_name FROM sys.synonyms ORDER BY name
----
o	SN	SYNONYM	[dbo].[orders]
o_full	SN	SYNONYM	[master].[dbo].[orders]

query II
SELECT CASE WHEN OBJECT_ID('o') IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN OBJECT_ID('dbo.o', 'SN') = (SELECT object_id FROM sys.objects WHERE name = 'o' AND type = 'SN') THEN 1 ELSE 0 END
----
1	1

query II
SELECT o.id, o.amount FROM o WHERE o.id = 2
----
2	20

query II
SELECT x.id, f.amount FROM o x JOIN o_full f ON f.id = x.id ORDER BY x.id
----
1	10
2	20

statement ok
INSERT INTO o VALUES (3, 30)

statement ok
UPDATE o SET amount = amount + 1 WHERE id = 1

statement ok
DELETE FROM o_full WHERE id = 2

query II
SELECT id, amount FROM orders ORDER BY id
----
1	11
3	30

statement ok
CREATE VIEW big_orders AS SELECT id FROM orders WHERE amount > 20

statement ok
CREATE SYNONYM bo FOR big_orders

query I
SELECT id FROM bo
----
3

statement ok
CREATE PROCEDURE count_orders AS SELECT COUNT(*) FROM orders

statement ok
CREATE SYNONYM co FOR dbo.count_orders

query I
EXEC co
----
2

statement ok
CREATE FUNCTION dbo.twice (@v int) RETURNS int AS BEGIN RETURN @v * 2 END

statement ok
CREATE FUNCTION dbo.evens () RETURNS TABLE AS RETURN (SELECT id FROM orders WHERE id % 2 = 1)

statement ok
CREATE SEQUENCE dbo.ticket START WITH 7
CREATE SYNONYM dbo.tw FOR dbo.twice
CREATE SYNONYM dbo.ev FOR dbo.evens
CREATE SYNONYM dbo.tk FOR dbo.ticket

query III
SELECT dbo.tw(21), (SELECT COUNT(*) FROM dbo.ev()), NEXT VALUE FOR tk
----
42	2	7

statement ok
DROP SYNONYM tw
DROP SYNONYM ev
DROP SYNONYM tk
DROP FUNCTION twice
DROP FUNCTION evens
DROP SEQUENCE ticket

statement ok
CREATE SYNONYM dangling FOR dbo.nothing_here

statement error 208
SELECT * FROM dangling
----
error 208: Invalid object name 'dangling'.

statement error 2714
CREATE SYNONYM o FOR dbo.orders
----
error 2714: There is already an object named 'o' in the database.

statement error 3701
DROP SYNONYM nosuch
----
error 3701: Cannot drop the synonym 'nosuch', because it does not exist or you do not have permission.

statement error 3701
DROP SYNONYM orders
----
error 3701: Cannot drop the synonym 'orders', because it does not exist or you do not have permission.

statement ok
DROP SYNONYM IF EXISTS nosuch

statement ok
DROP SYNONYM o
DROP SYNONYM dbo.o_full
DROP SYNONYM bo
DROP SYNONYM co
DROP SYNONYM dangling

query I
SELECT COUNT(*) FROM sys.synonyms
----
0
