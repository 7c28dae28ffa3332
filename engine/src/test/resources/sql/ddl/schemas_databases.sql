# CREATE/DROP SCHEMA and DATABASE, USE and three-part names.
# no-restart: USE changes the session database across blocks.
statement ok
CREATE SCHEMA sales

query I
CREATE TABLE sales.orders (id int)
INSERT INTO sales.orders VALUES (1)
SELECT id FROM master.sales.orders
----
1

statement error 3729
DROP SCHEMA sales
----
error 3729: Cannot drop schema 'sales' because it is being referenced by object 'orders'.

statement error 208
SELECT * FROM orders
----
error 208: Invalid object name 'orders'.

statement ok
DROP TABLE sales.orders
DROP SCHEMA sales

statement error 2714
CREATE SCHEMA dbo
----
error 2714: There is already an object named 'dbo' in the database.

statement error 2760
CREATE TABLE nosuch.t (a int)
----
error 2760: The specified schema name "nosuch" either does not exist or you do not have permission to use it.

statement ok
CREATE DATABASE shop

statement error 1801
CREATE DATABASE SHOP
----
error 1801: Database 'SHOP' already exists. Choose a different database name.

query TI
CREATE TABLE shop.dbo.items (name varchar(10))
INSERT INTO shop..items VALUES ('pen')
USE shop
SELECT name, (SELECT COUNT(*) FROM sys.tables) FROM items
----
! Changed database context to 'shop'.
pen	1

statement error 3702
DROP DATABASE shop
----
error 3702: Cannot drop database "shop" because it is currently in use.

statement ok
USE master
DROP DATABASE shop

statement error 911
USE shop
----
error 911: Database 'shop' does not exist. Make sure that the name is entered correctly.

statement error 3701
DROP DATABASE shop
----
error 3701: Cannot drop the database 'shop', because it does not exist or you do not have permission.

# SCHEMA_ID and SCHEMA_NAME agree with the catalog (and so with sys.schemas and sys.tables).
statement ok
IF SCHEMA_ID('reporting') IS NULL EXEC('CREATE SCHEMA reporting')
CREATE TABLE reporting.figures (id int)

query TT
SELECT SCHEMA_NAME(t.schema_id), t.name FROM sys.tables t WHERE t.name = 'figures'
----
reporting	figures

query I
SELECT COUNT(*) FROM sys.schemas s WHERE s.schema_id = SCHEMA_ID(s.name)
  AND s.name IN ('dbo', 'sys', 'reporting') AND SCHEMA_NAME(s.schema_id) = s.name
----
3

query T
SELECT SCHEMA_NAME(SCHEMA_ID())
----
dbo

# The standard schemas have SQL Server's fixed ids in every database; a user schema's id is above
# them, and the views and functions agree on every id.
query TI
SELECT name, schema_id FROM sys.schemas WHERE name IN ('dbo', 'guest', 'INFORMATION_SCHEMA', 'sys') ORDER BY schema_id
----
dbo	1
guest	2
INFORMATION_SCHEMA	3
sys	4

query IITTI
SELECT SCHEMA_ID('dbo'), SCHEMA_ID('sys'), SCHEMA_NAME(1), SCHEMA_NAME(3), COUNT(*) FROM sys.all_objects WHERE name = 'objects' AND schema_id = 4
----
1	4	dbo	INFORMATION_SCHEMA	1

statement ok
CREATE SCHEMA sid_test

statement ok
CREATE TABLE sid_test.t (a int)

query II
SELECT CASE WHEN SCHEMA_ID('sid_test') > 4 THEN 1 ELSE 0 END, COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id
WHERE s.name = 'sid_test' AND t.schema_id = SCHEMA_ID('sid_test') AND OBJECTPROPERTYEX(t.object_id, 'SchemaId') = t.schema_id
AND OBJECT_SCHEMA_NAME(t.object_id) = 'sid_test'
----
1	1

statement ok
DROP TABLE sid_test.t

statement ok
DROP SCHEMA sid_test
