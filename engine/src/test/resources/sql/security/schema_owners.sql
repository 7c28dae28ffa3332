# no-restart (EXECUTE AS is the session's own state)
# Schema owners: CREATE SCHEMA … AUTHORIZATION, ALTER AUTHORIZATION ON SCHEMA::, sys.schemas
# principal_id; the owner holds CONTROL on the schema's objects; ownership chains compare the real
# owners; a user owning a schema cannot be dropped (15138).
statement ok
CREATE DATABASE so;
CREATE LOGIN ann_so WITH PASSWORD = 'P@ssw0rd-1';
CREATE LOGIN carl_so WITH PASSWORD = 'P@ssw0rd-1';
USE so;
CREATE USER ann FOR LOGIN ann_so;
CREATE USER carl FOR LOGIN carl_so;
CREATE SCHEMA hr AUTHORIZATION ann;
CREATE TABLE hr.staff (id int, name varchar(20));
INSERT INTO hr.staff VALUES (1, 'Ada');
CREATE TABLE dbo.salaries (id int, amount int);
INSERT INTO dbo.salaries VALUES (1, 100)

query TT rowsort
SELECT name, USER_NAME(principal_id) FROM sys.schemas WHERE name IN ('hr', 'dbo')
----
dbo	dbo
hr	ann

query TT rowsort
SELECT name, USER_NAME(principal_id) FROM sys.schemas WHERE name IN ('dbo', 'guest', 'INFORMATION_SCHEMA', 'sys')
----
INFORMATION_SCHEMA	INFORMATION_SCHEMA
dbo	dbo
guest	guest
sys	sys

statement error 15151
CREATE SCHEMA nobodys AUTHORIZATION nobody
----
error 15151: Cannot find the user 'nobody', because it does not exist or you do not have permission.

# The owner may do anything with the schema's objects without a GRANT; creating still takes CREATE TABLE.
statement ok
EXECUTE AS USER = 'ann'

query IT
SELECT id, name FROM hr.staff
----
1	Ada

statement ok
INSERT INTO hr.staff VALUES (2, 'Bo');
UPDATE hr.staff SET name = 'Bob' WHERE id = 2;
DELETE FROM hr.staff WHERE id = 2

statement error 262
CREATE TABLE hr.more (a int)
----
error 262: CREATE TABLE permission denied in database 'so'.

statement error 229
SELECT * FROM dbo.salaries
----
error 229: The SELECT permission was denied on the object 'salaries', database 'so', schema 'dbo'.

query III
SELECT HAS_PERMS_BY_NAME('hr.staff', 'OBJECT', 'DELETE'), HAS_PERMS_BY_NAME('hr', 'SCHEMA', 'ALTER'), HAS_PERMS_BY_NAME('dbo.salaries', 'OBJECT', 'SELECT')
----
1	1	0

statement ok
REVERT

# A view in hr (owned by ann) reading dbo's table: the owners differ, the chain breaks, the
# caller needs SELECT on the table too. A view over hr's own table chains.
statement ok
CREATE VIEW hr.pay AS SELECT s.name, p.amount FROM hr.staff s JOIN dbo.salaries p ON p.id = s.id

statement ok
CREATE VIEW hr.names AS SELECT name FROM hr.staff

statement ok
CREATE PROCEDURE dbo.staff_count AS SELECT COUNT(*) FROM hr.staff

statement ok
GRANT SELECT ON hr.pay TO carl;
GRANT SELECT ON hr.names TO carl;
GRANT EXECUTE ON dbo.staff_count TO carl;
EXECUTE AS USER = 'carl'

statement error 229
SELECT * FROM hr.pay
----
error 229: The SELECT permission was denied on the object 'salaries', database 'so', schema 'dbo'.

query T
SELECT * FROM hr.names
----
Ada

statement error 229
EXEC dbo.staff_count
----
error 229: The SELECT permission was denied on the object 'staff', database 'so', schema 'hr'.

statement ok
REVERT;
GRANT SELECT ON dbo.salaries TO carl;
EXECUTE AS USER = 'carl'

query TI
SELECT * FROM hr.pay
----
Ada	100

statement ok
REVERT;
REVOKE SELECT ON dbo.salaries FROM carl

# ann owns hr: she cannot be dropped until the schema has another owner.
statement error 15138
DROP USER ann
----
error 15138: The database principal owns a schema in the database, and cannot be dropped.

statement error 15151
ALTER AUTHORIZATION ON SCHEMA::nowhere TO ann
----
error 15151: Cannot find the schema 'nowhere', because it does not exist or you do not have permission.

statement error 15151
ALTER AUTHORIZATION ON SCHEMA::hr TO nobody
----
error 15151: Cannot find the user 'nobody', because it does not exist or you do not have permission.

statement error 40517
ALTER AUTHORIZATION ON OBJECT::hr.staff TO carl
----
error 40517: Keyword or statement option 'ALTER AUTHORIZATION ON OBJECT' is not supported in this version of SQL Server.

statement ok
ALTER AUTHORIZATION ON SCHEMA::hr TO dbo

# Now dbo owns both: the chains hold.
statement ok
EXECUTE AS USER = 'carl'

query TI
SELECT * FROM hr.pay
----
Ada	100

query I
EXEC dbo.staff_count
----
1

statement ok
REVERT

statement ok
EXECUTE AS USER = 'ann'

statement error 229
SELECT * FROM hr.staff
----
error 229: The SELECT permission was denied on the object 'staff', database 'so', schema 'hr'.

statement ok
REVERT

statement ok
DROP USER ann

# A role may own a schema: its members hold CONTROL there.
statement ok
CREATE ROLE keepers;
ALTER ROLE keepers ADD MEMBER carl;
ALTER AUTHORIZATION ON SCHEMA::hr TO keepers;
EXECUTE AS USER = 'carl'

query IT
SELECT id, name FROM hr.staff
----
1	Ada

statement ok
REVERT

statement error 15144
DROP ROLE keepers
----
error 15144: The role has members. It must be empty before it can be dropped.

statement error 15138
ALTER ROLE keepers DROP MEMBER carl;
DROP ROLE keepers
----
error 15138: The database principal owns a schema in the database, and cannot be dropped.
