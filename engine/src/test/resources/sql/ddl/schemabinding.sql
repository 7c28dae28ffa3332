# WITH SCHEMABINDING on views and functions: two-part names, no *, and what they read cannot be
# dropped, altered or renamed while they exist (3729, 5074/4922, 15336).
statement ok
CREATE TABLE dbo.sb_orders (id int PRIMARY KEY, customer nvarchar(20) NOT NULL, amount decimal(9,2) NOT NULL, note varchar(10) NULL)

statement ok
INSERT dbo.sb_orders VALUES (1, N'ann', 10.50, 'x'), (2, N'bob', 3.25, NULL), (3, N'ann', 1.00, NULL)

statement ok
CREATE VIEW dbo.sb_totals WITH SCHEMABINDING AS
SELECT customer, SUM(amount) AS total, COUNT_BIG(*) AS n FROM dbo.sb_orders GROUP BY customer

query TTI rowsort
SELECT customer, total, n FROM dbo.sb_totals
----
ann	11.50	2
bob	3.25	1

query II
SELECT OBJECTPROPERTY(OBJECT_ID('dbo.sb_totals'), 'IsSchemaBound'), (SELECT CAST(is_schema_bound AS int) FROM sys.sql_modules WHERE object_id = OBJECT_ID('dbo.sb_totals'))
----
1	1

statement error 3729
DROP TABLE dbo.sb_orders
----
error 3729: Cannot DROP TABLE 'dbo.sb_orders' because it is being referenced by object 'sb_totals'.

statement error 5074
ALTER TABLE dbo.sb_orders ALTER COLUMN amount decimal(12,2) NOT NULL
----
error 5074: The object 'sb_totals' is dependent on column 'amount'.
error 4922: ALTER TABLE ALTER COLUMN amount failed because one or more objects access this column.

statement error 5074
ALTER TABLE dbo.sb_orders DROP COLUMN customer
----
error 5074: The object 'sb_totals' is dependent on column 'customer'.
error 4922: ALTER TABLE DROP COLUMN customer failed because one or more objects access this column.

statement error 15336
EXEC sp_rename 'dbo.sb_orders', 'sb_orders2'
----
error 15336: Object 'dbo.sb_orders' cannot be renamed because the object participates in enforced dependencies.

statement error 15336
EXEC sp_rename 'dbo.sb_orders.amount', 'amt', 'COLUMN'

# Columns the view does not read stay free; so do new ones.
statement ok
ALTER TABLE dbo.sb_orders ALTER COLUMN note varchar(20) NULL

statement ok
ALTER TABLE dbo.sb_orders ADD extra int NULL

statement ok
ALTER TABLE dbo.sb_orders DROP COLUMN extra

# A schema-bound function binds what it reads, and a view reading it binds the function.
statement ok
CREATE FUNCTION dbo.sb_count(@c nvarchar(20)) RETURNS int WITH SCHEMABINDING AS
BEGIN
  RETURN (SELECT COUNT(*) FROM dbo.sb_orders WHERE customer = @c);
END

statement ok
CREATE VIEW dbo.sb_customers WITH SCHEMABINDING, VIEW_METADATA AS SELECT customer, dbo.sb_count(customer) AS orders FROM dbo.sb_totals

query TI rowsort
SELECT customer, orders FROM dbo.sb_customers
----
ann	2
bob	1

statement error 3729
DROP FUNCTION dbo.sb_count
----
error 3729: Cannot DROP FUNCTION 'dbo.sb_count' because it is being referenced by object 'sb_customers'.

statement error 3729
ALTER FUNCTION dbo.sb_count(@c nvarchar(20)) RETURNS int WITH SCHEMABINDING AS BEGIN RETURN 0; END
----
error 3729: Cannot ALTER 'dbo.sb_count' because it is being referenced by object 'sb_customers'.

statement error 3729
DROP VIEW dbo.sb_totals
----
error 3729: Cannot DROP VIEW 'dbo.sb_totals' because it is being referenced by object 'sb_customers'.

statement error 3729
ALTER VIEW dbo.sb_totals AS SELECT customer, SUM(amount) AS total, COUNT_BIG(*) AS n FROM dbo.sb_orders GROUP BY customer

# A computed column binds the function it calls.
statement ok
CREATE FUNCTION dbo.sb_twice(@v int) RETURNS int WITH SCHEMABINDING AS BEGIN RETURN @v * 2; END

statement ok
CREATE TABLE dbo.sb_calc (v int, w AS dbo.sb_twice(v))

statement error 3729
DROP FUNCTION dbo.sb_twice
----
error 3729: Cannot DROP FUNCTION 'dbo.sb_twice' because it is being referenced by object 'sb_calc'.

# Creation rules: two-part names, no *, no reference to itself.
statement error 4512
CREATE VIEW dbo.sb_bad1 WITH SCHEMABINDING AS SELECT id FROM sb_orders
----
error 4512: Cannot schema bind view 'sb_bad1' because name 'sb_orders' is invalid for schema binding. Names must be in two-part format and an object cannot reference itself.

statement error 1054
CREATE VIEW dbo.sb_bad2 WITH SCHEMABINDING AS SELECT * FROM dbo.sb_orders
----
error 1054: Syntax '*' is not allowed in schema-bound objects.

statement error 4512
CREATE FUNCTION dbo.sb_bad3() RETURNS int WITH SCHEMABINDING AS BEGIN RETURN (SELECT COUNT(*) FROM master.dbo.sb_orders); END

statement error 155
CREATE VIEW dbo.sb_bad4 WITH NOSUCHTHING AS SELECT 1 AS one

# A table of the same name in another schema is not the view itself.
statement ok
CREATE SCHEMA sb_report

statement ok
CREATE VIEW sb_report.sb_orders WITH SCHEMABINDING AS SELECT id, amount FROM dbo.sb_orders

query I
SELECT COUNT(*) FROM sb_report.sb_orders
----
3

statement ok
DROP VIEW sb_report.sb_orders

query I
SELECT COUNT(*) FROM sys.objects WHERE name LIKE 'sb[_]bad%'
----
0

# Without SCHEMABINDING nothing is bound; once the binding views go, the table is free again.
statement ok
CREATE VIEW dbo.sb_loose AS SELECT * FROM dbo.sb_orders

statement ok
DROP VIEW dbo.sb_customers

statement ok
DROP VIEW dbo.sb_totals

statement ok
DROP FUNCTION dbo.sb_count

statement ok
ALTER TABLE dbo.sb_orders ALTER COLUMN amount decimal(12,2) NOT NULL

statement ok
DROP TABLE dbo.sb_orders

query I
SELECT CAST(is_schema_bound AS int) FROM sys.sql_modules WHERE object_id = OBJECT_ID('dbo.sb_loose')
----
0

# A table named with its database from another one is checked against its own database's modules.
statement ok
CREATE DATABASE sb_other

statement ok
CREATE TABLE sb_other.dbo.sb_far (id int PRIMARY KEY, qty int, note varchar(10))

statement ok
EXEC sb_other.sys.sp_executesql N'CREATE VIEW dbo.sb_far_qty WITH SCHEMABINDING AS SELECT id, qty FROM dbo.sb_far'

statement error 3729
DROP TABLE sb_other.dbo.sb_far
----
error 3729: Cannot DROP TABLE 'sb_other.dbo.sb_far' because it is being referenced by object 'sb_far_qty'.

statement error 5074
ALTER TABLE sb_other.dbo.sb_far DROP COLUMN qty
----
error 5074: The object 'sb_far_qty' is dependent on column 'qty'.
error 4922: ALTER TABLE DROP COLUMN qty failed because one or more objects access this column.

statement ok
ALTER TABLE sb_other.dbo.sb_far DROP COLUMN note

statement ok
EXEC sb_other.sys.sp_executesql N'DROP VIEW dbo.sb_far_qty'

statement ok
DROP TABLE sb_other.dbo.sb_far

statement ok
DROP DATABASE sb_other
