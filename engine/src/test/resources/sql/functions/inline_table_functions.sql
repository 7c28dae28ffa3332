# Inline table-valued functions: RETURNS TABLE AS RETURN (SELECT …), expanded in FROM like a view
# with parameters; in joins and CROSS/OUTER APPLY with the left side's columns as arguments.

statement ok
CREATE TABLE itf_orders (id int PRIMARY KEY, customer int, amount int)

statement ok
INSERT itf_orders VALUES (1, 10, 5), (2, 10, 7), (3, 20, 1), (4, 30, 9)

statement ok
CREATE TABLE itf_customers (id int PRIMARY KEY, name varchar(10))

statement ok
INSERT itf_customers VALUES (10, 'ann'), (20, 'bob'), (30, 'cy'), (40, 'dee')

statement ok
CREATE FUNCTION dbo.itf_orders_of (@customer int, @min int = 0)
RETURNS TABLE
AS
RETURN (SELECT id, amount FROM itf_orders WHERE customer = @customer AND amount >= @min)

query II
SELECT * FROM dbo.itf_orders_of(10, 0) ORDER BY id
----
1	5
2	7

query I
SELECT o.id FROM dbo.itf_orders_of(10, DEFAULT) AS o WHERE o.amount > 6
----
2

query TI
SELECT c.name, o.amount FROM itf_customers c JOIN dbo.itf_orders_of(10, 6) o ON c.id = 10
----
ann	7

query TII
SELECT c.name, o.id, o.amount FROM itf_customers c CROSS APPLY dbo.itf_orders_of(c.id, 2) o ORDER BY o.id
----
ann	1	5
ann	2	7
cy	4	9

query TI
SELECT c.name, o.id FROM itf_customers c OUTER APPLY dbo.itf_orders_of(c.id, 8) o ORDER BY c.id
----
ann	NULL
bob	NULL
cy	4
dee	NULL

query ITII
SELECT * FROM itf_customers c CROSS APPLY dbo.itf_orders_of(c.id, 9) o
----
30	cy	4	9

# The argument is converted to the parameter's type.
query I
SELECT COUNT(*) FROM dbo.itf_orders_of('10', '6')
----
1

statement ok
CREATE FUNCTION dbo.itf_numbers (@n int) RETURNS TABLE AS RETURN SELECT value AS n FROM GENERATE_SERIES(1, @n)

query I
SELECT SUM(n) FROM dbo.itf_numbers(4)
----
10

statement error 313
SELECT * FROM dbo.itf_orders_of(10)
----
error 313: An insufficient number of arguments were supplied for the procedure or function dbo.itf_orders_of.

statement error 8144
SELECT * FROM dbo.itf_orders_of(10, 1, 2)
----
error 8144: Procedure or function dbo.itf_orders_of has too many arguments specified.

statement error 216
SELECT * FROM dbo.itf_numbers
----
error 216: Parameters were not supplied for the function 'dbo.itf_numbers'.

statement error 208
SELECT * FROM dbo.itf_missing(1)
----
error 208: Invalid object name 'dbo.itf_missing'.

statement error 4121
SELECT dbo.itf_numbers(3)
----
error 4121: Cannot find either column "dbo" or the user-defined function or aggregate "dbo.itf_numbers", or the name is ambiguous.

# A function that reads itself (SQL Server refuses it when created) stops at the nesting limit.
statement ok
CREATE FUNCTION dbo.itf_self (@n int) RETURNS TABLE AS RETURN (SELECT @n AS n UNION ALL SELECT n FROM dbo.itf_self(@n - 1))

statement error 217
SELECT * FROM dbo.itf_self(3)
----
error 217: Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).

# Inside a procedure, and in a view.
statement ok
CREATE PROCEDURE itf_proc @c int AS SELECT COUNT(*) FROM dbo.itf_orders_of(@c, 0)

query I
EXEC itf_proc 10
----
2

statement ok
CREATE VIEW itf_view AS SELECT c.name, o.amount FROM itf_customers c CROSS APPLY dbo.itf_orders_of(c.id, 0) o

query TI
SELECT name, amount FROM itf_view WHERE amount > 6 ORDER BY amount
----
ann	7
cy	9
