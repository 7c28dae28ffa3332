# no-restart (EXECUTE AS is the session's own state)
# GRANT / DENY / REVOKE, enforced as statements bind: 229 on objects, 262 for CREATE, ownership
# chaining through procedures and views, fixed database roles, sys.database_permissions.
statement ok
CREATE DATABASE shop;
CREATE LOGIN clerk WITH PASSWORD = 'P@ssw0rd-1';
USE shop;
CREATE USER clerk FOR LOGIN clerk;
CREATE TABLE dbo.orders (id int PRIMARY KEY, amount int);
INSERT INTO dbo.orders VALUES (1, 10), (2, 20);
CREATE ROLE readers

statement ok
CREATE VIEW dbo.big_orders AS SELECT id, amount FROM dbo.orders WHERE amount > 15

statement ok
CREATE PROCEDURE dbo.order_total AS SELECT SUM(amount) FROM dbo.orders

statement ok
EXECUTE AS USER = 'clerk'

statement error 229
SELECT * FROM dbo.orders
----
error 229: The SELECT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement error 229
INSERT INTO dbo.orders VALUES (3, 30)
----
error 229: The INSERT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement error 229
UPDATE dbo.orders SET amount = 0
----
error 229: The UPDATE permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement error 229
DELETE FROM dbo.orders
----
error 229: The DELETE permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement error 229
EXEC dbo.order_total
----
error 229: The EXECUTE permission was denied on the object 'order_total', database 'shop', schema 'dbo'.

statement error 262
CREATE TABLE dbo.mine (a int)
----
error 262: CREATE TABLE permission denied in database 'shop'.

statement error 4613
GRANT SELECT ON dbo.orders TO clerk
----
error 4613: Grantor does not have GRANT permission.

statement ok
REVERT

# EXECUTE on the procedure alone: the chain covers the table it reads. The view the same.
statement ok
GRANT EXECUTE ON OBJECT::dbo.order_total TO clerk;
GRANT SELECT ON dbo.big_orders TO clerk;
EXECUTE AS USER = 'clerk'

query I
EXEC dbo.order_total
----
30

query II
SELECT id, amount FROM dbo.big_orders
----
2	20

statement error 229
SELECT * FROM dbo.orders
----
error 229: The SELECT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

# Dynamic SQL breaks the chain: its statements are checked as the caller's.
statement error 229
EXEC ('SELECT * FROM dbo.orders')
----
error 229: The SELECT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

query IIIIII
SELECT HAS_PERMS_BY_NAME('dbo.order_total', 'OBJECT', 'EXECUTE'), HAS_PERMS_BY_NAME('dbo.orders', 'OBJECT', 'SELECT'),
  HAS_PERMS_BY_NAME(NULL, 'DATABASE', 'CREATE TABLE'), HAS_PERMS_BY_NAME('dbo', 'SCHEMA', 'SELECT'),
  HAS_PERMS_BY_NAME(NULL, 'SERVER', 'VIEW SERVER STATE'), HAS_PERMS_BY_NAME('dbo.nothing', 'OBJECT', 'SELECT')
----
1	0	0	0	0	NULL

statement ok
REVERT

query IIII
SELECT HAS_PERMS_BY_NAME('dbo.orders', 'OBJECT', 'SELECT'), HAS_PERMS_BY_NAME(NULL, 'DATABASE', 'CREATE TABLE'),
  HAS_PERMS_BY_NAME(NULL, 'SERVER', 'CONTROL SERVER'), HAS_PERMS_BY_NAME('nodb', 'DATABASE', 'CONNECT')
----
1	1	1	NULL

# A schema-level GRANT covers the schema's objects; a DENY anywhere wins over it.
statement ok
GRANT SELECT ON SCHEMA::dbo TO clerk;
DENY SELECT ON dbo.orders TO clerk;
EXECUTE AS USER = 'clerk'

statement error 229
SELECT COUNT(*) FROM dbo.orders
----
error 229: The SELECT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement ok
REVERT;
REVOKE SELECT ON dbo.orders FROM clerk;
EXECUTE AS USER = 'clerk'

query I
SELECT COUNT(*) FROM dbo.orders
----
2

statement ok
REVERT

query ITTTTTT rowsort
SELECT class, class_desc, CASE class WHEN 1 THEN OBJECT_NAME(major_id) WHEN 3 THEN SCHEMA_NAME(major_id) END,
  USER_NAME(grantee_principal_id), type, permission_name, state_desc
FROM sys.database_permissions
----
1	OBJECT_OR_COLUMN	big_orders	clerk	SL  	SELECT	GRANT
1	OBJECT_OR_COLUMN	order_total	clerk	EX  	EXECUTE	GRANT
3	SCHEMA	dbo	clerk	SL  	SELECT	GRANT

# Fixed roles: db_datawriter writes, db_denydatareader denies reads, db_ddladmin creates.
statement ok
REVOKE SELECT ON SCHEMA::dbo FROM clerk;
ALTER ROLE db_datawriter ADD MEMBER clerk;
ALTER ROLE db_ddladmin ADD MEMBER clerk;
ALTER ROLE db_denydatareader ADD MEMBER clerk;
EXECUTE AS USER = 'clerk'

statement ok
INSERT INTO dbo.orders VALUES (3, 30)

statement error 229
SELECT * FROM dbo.orders
----
error 229: The SELECT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement ok
CREATE TABLE dbo.scratch (a int)

statement ok
REVERT;
ALTER ROLE db_ddladmin DROP MEMBER clerk;
ALTER ROLE db_denydatareader DROP MEMBER clerk;
GRANT CREATE TABLE TO readers;
ALTER ROLE readers ADD MEMBER clerk;
EXECUTE AS USER = 'clerk'

# CREATE TABLE alone is not enough: the schema must be one the user may alter.
statement error 2760
CREATE TABLE dbo.scratch2 (a int)
----
error 2760: The specified schema name "dbo" either does not exist or you do not have permission to use it.

statement error 3701
DROP TABLE dbo.orders
----
error 3701: Cannot drop the table 'dbo.orders', because it does not exist or you do not have permission.

statement ok
REVERT;
GRANT ALTER ON SCHEMA::dbo TO readers;
EXECUTE AS USER = 'clerk'

statement ok
CREATE TABLE dbo.scratch2 (a int)

statement ok
REVERT

# Permissions follow the login's user across a new session too (EXECUTE AS LOGIN).
statement ok
EXECUTE AS LOGIN = 'clerk'

query T
SELECT USER_NAME()
----
clerk

statement ok
REVERT

# Changing an object takes ALTER on it (here through its schema): 1088 otherwise, 262 for CREATE SCHEMA.
statement ok
REVOKE ALTER ON SCHEMA::dbo FROM readers;
EXECUTE AS USER = 'clerk'

statement error 1088
TRUNCATE TABLE dbo.orders
----
error 1088: Cannot find the object "dbo.orders" because it does not exist or you do not have permissions.

statement error 1088
ALTER TABLE dbo.orders ADD note int
----
error 1088: Cannot find the object "dbo.orders" because it does not exist or you do not have permissions.

statement error 1088
CREATE INDEX ix_amount ON dbo.orders (amount)
----
error 1088: Cannot find the object "dbo.orders" because it does not exist or you do not have permissions.

statement error 262
CREATE SCHEMA clerks
----
error 262: CREATE SCHEMA permission denied in database 'shop'.

statement ok
CREATE TABLE #mine (a int);
TRUNCATE TABLE #mine;
DROP TABLE #mine

statement ok
REVERT

# A cursor's query is checked like any SELECT.
statement ok
REVOKE SELECT ON SCHEMA::dbo FROM clerk;
EXECUTE AS USER = 'clerk'

statement error 229
DECLARE c CURSOR FOR SELECT id FROM dbo.orders;
OPEN c
----
error 229: The SELECT permission was denied on the object 'orders', database 'shop', schema 'dbo'.

statement ok
REVERT

# fn_my_permissions lists what the session holds on a securable.
statement ok
GRANT EXECUTE ON dbo.order_total TO clerk;
EXECUTE AS USER = 'clerk'

query TTT rowsort
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions('dbo.order_total', 'OBJECT')
----
dbo.order_total	(empty)	EXECUTE

query T rowsort
SELECT permission_name FROM sys.fn_my_permissions(NULL, 'DATABASE')
----
CONNECT
CREATE TABLE
DELETE
INSERT
UPDATE

statement ok
REVERT

query I
SELECT COUNT(*) FROM fn_my_permissions(NULL, 'SERVER')
----
34
