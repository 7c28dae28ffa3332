# UPDATE … FROM and DELETE … FROM: SQL Server's joins in UPDATE and DELETE.
statement ok
CREATE TABLE prices (sku int PRIMARY KEY, price decimal(9,2) NOT NULL, note varchar(20) NULL)
CREATE TABLE changes (sku int, new_price decimal(9,2), reason varchar(20))
INSERT INTO prices VALUES (1, 10, NULL), (2, 20, NULL), (3, 30, NULL), (4, 40, NULL)
INSERT INTO changes VALUES (2, 22, 'up'), (3, 27, 'down'), (9, 99, 'unknown sku')

query I
UPDATE p SET price = c.new_price, note = c.reason FROM prices p JOIN changes c ON c.sku = p.sku
SELECT @@ROWCOUNT
----
2

query ITT
SELECT sku, price, note FROM prices ORDER BY sku
----
1	10.00	NULL
2	22.00	up
3	27.00	down
4	40.00	NULL

# The target named by its table name, a WHERE over both sides, and an expression over both.
query IT
UPDATE prices SET price = prices.price + c.new_price FROM changes c WHERE c.sku = prices.sku AND c.reason = 'up'
SELECT sku, price FROM prices WHERE sku = 2
----
2	44.00

# A target row joined to several rows is changed once.
query I
INSERT INTO changes VALUES (1, 11, 'a'), (1, 11, 'a')
UPDATE prices SET note = 'seen' FROM prices JOIN changes ON changes.sku = prices.sku WHERE prices.sku = 1
SELECT @@ROWCOUNT
----
1

query I
DELETE p FROM prices AS p JOIN changes c ON c.sku = p.sku WHERE c.reason = 'down'
SELECT @@ROWCOUNT
----
1

query I
DELETE FROM prices FROM prices LEFT JOIN changes c ON c.sku = prices.sku WHERE c.sku IS NULL
SELECT sku FROM prices ORDER BY sku
----
1
2

# With a table variable and OUTPUT.
query IT
DECLARE @gone TABLE (sku int)
INSERT INTO @gone VALUES (2)
DELETE prices OUTPUT deleted.sku, deleted.note FROM prices JOIN @gone g ON g.sku = prices.sku
----
2	up

statement error 207
UPDATE p SET nope = 1 FROM prices p JOIN changes c ON c.sku = p.sku
----
error 207: Invalid column name 'nope'.

statement error 207
UPDATE p SET price = c.nope FROM prices p JOIN changes c ON c.sku = p.sku
----
error 207: Invalid column name 'nope'.

statement error 208
DELETE p FROM prices p JOIN missing m ON m.sku = p.sku
----
error 208: Invalid object name 'missing'.

statement error 4104
UPDATE p SET price = 1 FROM prices p JOIN changes c ON c.sku = q.sku
----
error 4104: The multi-part identifier "q.sku" could not be bound.

# The target's table referenced once, under an alias: that reference is the target (each row
# takes its own joined values), with APPLY too, as index-review procedures write it.
statement ok
CREATE TABLE ufa_rows (id int, v varchar(10))
INSERT INTO ufa_rows VALUES (1, 'a'), (2, 'b'), (3, 'c')

query IT
UPDATE ufa_rows SET v = d.x FROM ufa_rows AS si CROSS APPLY (SELECT 'z' + CAST(si.id AS varchar(5))) AS d(x)
SELECT id, v FROM ufa_rows ORDER BY id
----
1	z1
2	z2
3	z3

query IT
UPDATE ufa_rows SET v = 'k' + CAST(s.id AS varchar(5)) FROM ufa_rows s WHERE s.id > 1
SELECT id, v FROM ufa_rows ORDER BY id
----
1	z1
2	k2
3	k3

query I
DELETE ufa_rows FROM ufa_rows AS gone WHERE gone.id = 3
SELECT COUNT(*) FROM ufa_rows
----
2

# Two aliased references and none without an alias: SQL Server cannot tell which is the target.
statement error 8154
UPDATE ufa_rows SET v = 'x' FROM ufa_rows a JOIN ufa_rows b ON a.id = b.id
