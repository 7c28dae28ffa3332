# Functions called from the other places SQL runs: sp_executesql and prepared statements,
# procedures, views, EXEC (a scalar function run like a procedure), UPDATE and INSERT … SELECT.

statement ok
CREATE TABLE fc_items (id int PRIMARY KEY, price int)

statement ok
INSERT fc_items VALUES (1, 10), (2, 20), (3, 30)

statement ok
CREATE FUNCTION dbo.fc_tax (@amount int, @rate int = 10) RETURNS int AS
BEGIN
  RETURN @amount + @amount * @rate / 100;
END

statement ok
CREATE FUNCTION dbo.fc_cheap (@max int) RETURNS TABLE AS RETURN (SELECT id, price FROM fc_items WHERE price <= @max)

query I
EXEC sp_executesql N'SELECT dbo.fc_tax(@p, DEFAULT)', N'@p int', 50
----
55

query II
EXEC sp_executesql N'SELECT id, dbo.fc_tax(price, @r) FROM dbo.fc_cheap(@m) ORDER BY id', N'@m int, @r int', @m = 20, @r = 50
----
1	15
2	30

query I
DECLARE @h int; EXEC sp_prepexec @h OUTPUT, N'@p int', N'SELECT COUNT(*) FROM dbo.fc_cheap(@p)', 25; EXEC sp_execute @h, 5; EXEC sp_unprepare @h
----
2
0

statement ok
CREATE PROCEDURE fc_proc @id int, @total int OUTPUT AS
  SELECT @total = dbo.fc_tax(price, 20) FROM fc_items WHERE id = @id

query I
DECLARE @t int; EXEC fc_proc 3, @t OUTPUT; SELECT @t
----
36

statement ok
CREATE VIEW fc_view AS SELECT id, dbo.fc_tax(price, DEFAULT) AS gross FROM fc_items

query II
SELECT id, gross FROM fc_view WHERE gross > 20 ORDER BY id
----
2	22
3	33

# EXEC [@r =] function: arguments by position or name, left-out ones take their defaults.
query III
DECLARE @a int, @b int, @c int;
EXEC @a = dbo.fc_tax 100;
EXEC @b = dbo.fc_tax @amount = 100, @rate = 5;
EXEC @c = fc_tax @rate = DEFAULT, @amount = 200;
SELECT @a, @b, @c
----
110	105	220

statement error 201
DECLARE @a int; EXEC @a = dbo.fc_tax @rate = 5
----
error 201: Procedure or function 'fc_tax' expects parameter '@amount', which was not supplied.

statement error 2809
EXEC dbo.fc_cheap 5
----
error 2809: The request for procedure 'dbo.fc_cheap' failed because 'dbo.fc_cheap' is a table valued function object.

# In DML: UPDATE's SET and WHERE, INSERT … SELECT.
statement ok
UPDATE fc_items SET price = dbo.fc_tax(price, 100) WHERE dbo.fc_tax(price, 0) >= 20

query II
SELECT id, price FROM fc_items ORDER BY id
----
1	10
2	40
3	60

statement ok
CREATE TABLE fc_copy (id int, gross int)

statement ok
INSERT fc_copy SELECT id, dbo.fc_tax(price, DEFAULT) FROM dbo.fc_cheap(40)

query II
SELECT id, gross FROM fc_copy ORDER BY id
----
1	11
2	44

# A variable's default, an IF condition and PRINT.
query T
DECLARE @x int = dbo.fc_tax(10, 10); IF dbo.fc_tax(@x, 0) = 11 PRINT 'eleven: ' + CAST(dbo.fc_tax(@x, 0) AS varchar(10))
----
! eleven: 11

# In a computed column, a DEFAULT and a CHECK constraint.
statement ok
CREATE FUNCTION dbo.fc_square (@a int) RETURNS int AS BEGIN RETURN @a * @a END

statement ok
CREATE TABLE fc_shapes (side int, area AS dbo.fc_square(side), tag int DEFAULT dbo.fc_square(3), CHECK (dbo.fc_square(side) < 100))

statement ok
INSERT fc_shapes (side) VALUES (2), (5)

query III
SELECT side, area, tag FROM fc_shapes ORDER BY side
----
2	4	9
5	25	9

statement error 547
INSERT fc_shapes (side) VALUES (11)

query I
SELECT dbo.fc_square(side) FROM fc_shapes GROUP BY dbo.fc_square(side) ORDER BY 1
----
4
25

# The table's computed column, DEFAULT and CHECK bind the function: it cannot be altered (3729).
statement error 3729
ALTER FUNCTION dbo.fc_square (@a int) RETURNS int AS BEGIN RETURN -@a END
----
error 3729: Cannot ALTER 'dbo.fc_square' because it is being referenced by object 'fc_shapes'.

# Altered inside a transaction (by dynamic SQL), the new body runs there; the rollback brings the old one back.
statement ok
CREATE FUNCTION dbo.fc_cube (@a int) RETURNS int AS BEGIN RETURN @a * @a * @a END

query I
BEGIN TRAN; EXEC ('ALTER FUNCTION dbo.fc_cube (@a int) RETURNS int AS BEGIN RETURN -@a END'); SELECT dbo.fc_cube(3); ROLLBACK; SELECT dbo.fc_cube(3)
----
-3
27

query I
SELECT SUM(dbo.fc_square(side)) FROM fc_shapes
----
29
