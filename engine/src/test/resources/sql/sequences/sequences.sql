# CREATE SEQUENCE, NEXT VALUE FOR, DROP SEQUENCE.
statement ok
CREATE SEQUENCE seq_orders AS int START WITH 100 INCREMENT BY 10

query I
SELECT NEXT VALUE FOR seq_orders
----
100

query I
SELECT NEXT VALUE FOR dbo.seq_orders
----
110

query II
CREATE TABLE orders (id int NOT NULL DEFAULT NEXT VALUE FOR seq_orders, item varchar(10))
INSERT INTO orders (item) VALUES ('a'), ('b')
INSERT INTO orders VALUES (NEXT VALUE FOR seq_orders, 'c')
SELECT MIN(id), MAX(id) FROM orders
----
120	140

statement ok
CREATE SEQUENCE tiny AS tinyint START WITH 254 MAXVALUE 255 NO CYCLE

statement error 11728
DECLARE @a int = 0
SET @a = NEXT VALUE FOR tiny
SET @a = NEXT VALUE FOR tiny
SET @a = NEXT VALUE FOR tiny
----
error 11728: The sequence object 'tiny' has reached its minimum or maximum value. Restart the sequence object to allow new values to be generated.

statement ok
CREATE SEQUENCE down START WITH 3 INCREMENT BY -1 MINVALUE 1 MAXVALUE 3 CYCLE

query I
SELECT NEXT VALUE FOR down
SELECT NEXT VALUE FOR down
SELECT NEXT VALUE FOR down
SELECT NEXT VALUE FOR down
----
3
2
1
3

statement error 2714
CREATE SEQUENCE down
----
error 2714: There is already an object named 'down' in the database.

statement ok
DROP SEQUENCE down, tiny

statement error 208
SELECT NEXT VALUE FOR down
----
error 208: Invalid object name 'down'.

statement error 3701
DROP SEQUENCE down
----
error 3701: Cannot drop the sequence 'down', because it does not exist or you do not have permission.
