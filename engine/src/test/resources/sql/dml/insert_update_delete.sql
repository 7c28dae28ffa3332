# INSERT (VALUES, column lists, DEFAULT, SELECT), UPDATE and DELETE with @@ROWCOUNT.
statement ok
CREATE TABLE items (id int NOT NULL PRIMARY KEY, name varchar(20) NOT NULL, qty int NULL DEFAULT 5, price decimal(9,2) NULL)

query I
INSERT INTO items VALUES (1, 'apple', 10, 1.5), (2, 'pear', NULL, 2.25)
SELECT @@ROWCOUNT
----
2

statement ok
INSERT INTO items (name, id) VALUES ('plum', 3)

statement ok
INSERT items (id, name, qty) VALUES (4, 'fig', DEFAULT)

query ITIT
SELECT id, name, qty, price FROM items ORDER BY id
----
1	apple	10	1.50
2	pear	NULL	2.25
3	plum	5	NULL
4	fig	5	NULL

query I
UPDATE items SET qty = qty + 1, price = 9 WHERE id >= 3
SELECT @@ROWCOUNT
----
2

query IIT
SELECT id, qty, price FROM items WHERE id > 2 ORDER BY id DESC
----
4	6	9.00
3	6	9.00

statement ok
UPDATE items SET qty = DEFAULT WHERE name = 'APPLE'

query I
SELECT qty FROM items WHERE id = 1
----
5

query I
DELETE FROM items WHERE qty = 6
SELECT @@ROWCOUNT
----
2

query I
SELECT COUNT(*) FROM items
----
2

statement ok
CREATE TABLE copy (id int, name varchar(20))

query IT
INSERT INTO copy SELECT id, name FROM items WHERE id < 10
SELECT id, name FROM copy ORDER BY id
----
1	apple
2	pear

query T
INSERT INTO copy (id, name) SELECT id + 10, name FROM copy
SELECT COUNT(*) FROM copy
----
4

query I
DELETE copy
SELECT COUNT(*) FROM copy
----
0

statement ok
CREATE TABLE d (a int DEFAULT 1, b varchar(5) DEFAULT 'x', c datetime NULL)

query IT
INSERT INTO d DEFAULT VALUES
SELECT a, b FROM d
----
1	x

query I
SELECT TOP 1 a FROM d WHERE c IS NULL
----
1

statement error 213
INSERT INTO items VALUES (9, 'x')
----
error 213: Column name or number of supplied values does not match table definition.

statement error 110
INSERT INTO items (id, name) VALUES (9, 'x', 1)
----
error 110: There are fewer columns in the INSERT statement than values specified in the VALUES clause. The number of values in the VALUES clause must match the number of columns specified in the INSERT statement.

statement error 109
INSERT INTO items (id, name, qty) VALUES (9, 'x')
----
error 109: There are more columns in the INSERT statement than values specified in the VALUES clause. The number of values in the VALUES clause must match the number of columns specified in the INSERT statement.

statement error 207
INSERT INTO items (id, nope) VALUES (9, 'x')
----
error 207: Invalid column name 'nope'.

statement error 207
SELECT nope FROM items
----
error 207: Invalid column name 'nope'.

statement error 207
UPDATE items SET nope = 1
----
error 207: Invalid column name 'nope'.

statement error 208
INSERT INTO nosuch VALUES (1)
----
error 208: Invalid object name 'nosuch'.

statement error 208
DELETE FROM nosuch
----
error 208: Invalid object name 'nosuch'.

query IT
CREATE TABLE captured (n int, s varchar(10))
INSERT INTO captured EXEC ('SELECT 1, ''one'' SELECT 2, ''two''')
INSERT INTO captured (s, n) EXEC sp_executesql N'SELECT ''three'', @x', N'@x int', @x = 3
SELECT n, s FROM captured ORDER BY n
----
1	one
2	two
3	three

statement error 213
INSERT INTO captured EXEC ('SELECT 1')
----
error 213: Column name or number of supplied values does not match table definition.

# A bare NULL has no type yet: it goes into columns of any type, although int → date does not.
statement ok
CREATE TABLE null_into_any (id int, d datetime2(3), t time, b varbinary(4), g uniqueidentifier)
INSERT INTO null_into_any VALUES (1, NULL, NULL, NULL, NULL)
UPDATE null_into_any SET d = NULL, g = NULL

query I
SELECT COUNT(*) FROM null_into_any WHERE d IS NULL AND t IS NULL AND b IS NULL AND g IS NULL
----
1

statement error 257
INSERT INTO null_into_any (id, d) VALUES (2, 5)
----
error 257: Implicit conversion from data type int to datetime2 is not allowed. Use the CONVERT function to run this query.
