# no-restart (EXECUTE AS is the session's own state)
# A user's DEFAULT_SCHEMA in name resolution: a one-part name is looked for in the user's default
# schema, then in dbo; CREATE puts a one-part name in the default schema; inside a module the
# module's schema comes first; sa (dbo) keeps dbo.
statement ok
CREATE DATABASE ds;
CREATE LOGIN ann_ds WITH PASSWORD = 'P@ssw0rd-1';
CREATE LOGIN bob_ds WITH PASSWORD = 'P@ssw0rd-1';
USE ds;
CREATE SCHEMA sales;
CREATE USER ann FOR LOGIN ann_ds WITH DEFAULT_SCHEMA = sales;
CREATE USER bob FOR LOGIN bob_ds;
CREATE TABLE dbo.items (v varchar(10));
INSERT INTO dbo.items VALUES ('dbo');
CREATE TABLE sales.items (v varchar(10));
INSERT INTO sales.items VALUES ('sales');
CREATE TABLE dbo.only_dbo (v varchar(10));
INSERT INTO dbo.only_dbo VALUES ('only dbo');
CREATE SEQUENCE sales.numbers START WITH 7;
GRANT SELECT ON SCHEMA::sales TO ann;
GRANT SELECT ON SCHEMA::dbo TO ann;
GRANT INSERT ON SCHEMA::sales TO ann;
GRANT CREATE TABLE TO ann;
GRANT ALTER ON SCHEMA::sales TO ann;
GRANT CREATE TABLE TO bob

query TT
SELECT SCHEMA_NAME(), v FROM items
----
dbo	dbo

statement ok
EXECUTE AS USER = 'ann'

query TT
SELECT SCHEMA_NAME(), v FROM items
----
sales	sales

query T
SELECT v FROM only_dbo
----
only dbo

query T
SELECT v FROM dbo.items
----
dbo

query I
SELECT NEXT VALUE FOR numbers
----
7

query T
SELECT OBJECT_SCHEMA_NAME(OBJECT_ID('items'))
----
sales

# CREATE of a one-part name goes to the default schema, even where dbo has that name.
statement ok
CREATE TABLE mine (a int);
CREATE TABLE only_dbo (v varchar(10));
INSERT INTO only_dbo VALUES ('mine')

query T
SELECT v FROM only_dbo
----
mine

statement ok
REVERT

query TT rowsort
SELECT SCHEMA_NAME(schema_id), name FROM sys.tables WHERE name IN ('mine', 'only_dbo')
----
dbo	only_dbo
sales	mine
sales	only_dbo

query T
SELECT v FROM only_dbo
----
only dbo

# A user whose default schema (dbo) it may not alter: 2760.
statement ok
EXECUTE AS USER = 'bob'

query T
SELECT SCHEMA_NAME()
----
dbo

statement error 2760
CREATE TABLE bobs (a int)
----
error 2760: The specified schema name "dbo" either does not exist or you do not have permission to use it.

statement ok
REVERT

# Inside a module, one-part names resolve in the module's schema first, then dbo, whoever calls.
statement ok
CREATE PROCEDURE sales.which AS SELECT v FROM items

statement ok
CREATE PROCEDURE dbo.which AS SELECT v FROM items

statement ok
CREATE VIEW sales.which_view AS SELECT v, (SELECT v FROM only_dbo) AS other FROM items

statement ok
CREATE PROCEDURE sales.dynamic AS EXEC('SELECT v FROM items')

query T
EXEC sales.which
----
sales

query TT
SELECT v, other FROM sales.which_view
----
sales	mine

query T
EXEC sales.dynamic
----
dbo

statement ok
GRANT EXECUTE ON SCHEMA::dbo TO ann;
GRANT EXECUTE ON SCHEMA::sales TO ann;
EXECUTE AS USER = 'ann'

query T
EXEC dbo.which
----
dbo

query T
EXEC which
----
sales

query T
EXEC sales.dynamic
----
sales

statement ok
REVERT

# ALTER USER changes the default schema for the next statement.
statement ok
ALTER USER ann WITH DEFAULT_SCHEMA = dbo;
EXECUTE AS USER = 'ann'

query TT
SELECT SCHEMA_NAME(), v FROM items
----
dbo	dbo

statement ok
REVERT

# A default schema that does not exist: names resolve in dbo.
statement ok
ALTER USER ann WITH DEFAULT_SCHEMA = nowhere;
EXECUTE AS USER = 'ann'

query TT
SELECT SCHEMA_NAME(), v FROM items
----
nowhere	dbo

statement ok
REVERT
