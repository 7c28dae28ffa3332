# no-restart (EXECUTE AS is the session's own state)
# Column permissions: GRANT / DENY / REVOKE SELECT | UPDATE | REFERENCES (columns) on a table, one
# sys.database_permissions row per column (minor_id = column_id), checked for the columns a
# statement references (230); a DENY on the table beats a GRANT on a column, a DENY on a column
# beats a GRANT on the table.
statement ok
CREATE DATABASE cp;
CREATE LOGIN dora_cp WITH PASSWORD = 'P@ssw0rd-1';
USE cp;
CREATE USER dora FOR LOGIN dora_cp;
CREATE TABLE dbo.people (id int PRIMARY KEY, name varchar(20), salary int);
INSERT INTO dbo.people VALUES (1, 'Ada', 100), (2, 'Bo', 200);
GRANT SELECT (id, name) ON dbo.people TO dora;
GRANT UPDATE ON dbo.people (name) TO dora

query ITTIIT rowsort
SELECT class, class_desc, OBJECT_NAME(major_id), minor_id, COL_NAME(major_id, minor_id), permission_name
FROM sys.database_permissions WHERE grantee_principal_id = USER_ID('dora')
----
1	OBJECT_OR_COLUMN	people	1	id	SELECT
1	OBJECT_OR_COLUMN	people	2	name	SELECT
1	OBJECT_OR_COLUMN	people	2	name	UPDATE

statement ok
EXECUTE AS USER = 'dora'

# The granted columns only, wherever the statement names them.
query IT rowsort
SELECT id, name FROM dbo.people WHERE id > 0 ORDER BY name
----
1	Ada
2	Bo

query T
SELECT p.name FROM dbo.people p JOIN dbo.people q ON q.id = p.id WHERE p.id = 2
----
Bo

statement error 230
SELECT id, salary FROM dbo.people
----
error 230: The SELECT permission was denied on the column 'salary' of the object 'people', database 'cp', schema 'dbo'.

statement error 230
SELECT id FROM dbo.people WHERE salary > 150
----
error 230: The SELECT permission was denied on the column 'salary' of the object 'people', database 'cp', schema 'dbo'.

statement error 230
SELECT id FROM dbo.people ORDER BY salary
----
error 230: The SELECT permission was denied on the column 'salary' of the object 'people', database 'cp', schema 'dbo'.

# * stands for every column.
statement error 230
SELECT * FROM dbo.people
----
error 230: The SELECT permission was denied on the column 'salary' of the object 'people', database 'cp', schema 'dbo'.

# UPDATE: the columns SET assigns; INSERT and DELETE were not granted at all.
statement ok
UPDATE dbo.people SET name = 'Bob' WHERE id = 2

statement error 230
UPDATE dbo.people SET salary = 0 WHERE id = 2
----
error 230: The UPDATE permission was denied on the column 'salary' of the object 'people', database 'cp', schema 'dbo'.

statement error 229
DELETE FROM dbo.people WHERE id = 2
----
error 229: The DELETE permission was denied on the object 'people', database 'cp', schema 'dbo'.

query IIIII
SELECT HAS_PERMS_BY_NAME('dbo.people', 'OBJECT', 'SELECT'), HAS_PERMS_BY_NAME('dbo.people', 'OBJECT', 'SELECT', 'name', 'COLUMN'),
  HAS_PERMS_BY_NAME('dbo.people', 'OBJECT', 'SELECT', 'salary', 'COLUMN'), HAS_PERMS_BY_NAME('dbo.people', 'OBJECT', 'UPDATE', 'name', 'COLUMN'),
  HAS_PERMS_BY_NAME('dbo.people', 'OBJECT', 'SELECT', 'nothing', 'COLUMN')
----
0	1	0	1	NULL

query TTT rowsort
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions('dbo.people', 'OBJECT')
----
dbo.people	id	SELECT
dbo.people	name	SELECT
dbo.people	name	UPDATE

statement ok
REVERT

query IT
SELECT id, name FROM dbo.people WHERE id = 2
----
2	Bob

# A DENY on a column beats the GRANT on the table.
statement ok
GRANT SELECT ON dbo.people TO dora;
DENY SELECT (salary) ON dbo.people TO dora;
EXECUTE AS USER = 'dora'

query IT rowsort
SELECT id, name FROM dbo.people
----
1	Ada
2	Bob

statement error 230
SELECT * FROM dbo.people
----
error 230: The SELECT permission was denied on the column 'salary' of the object 'people', database 'cp', schema 'dbo'.

query I
SELECT COUNT(*) FROM dbo.people
----
2

statement ok
REVERT

# A statement on the whole table replaces what was said of its columns for that permission.
statement ok
REVOKE SELECT ON dbo.people FROM dora

query TIT rowsort
SELECT COL_NAME(major_id, minor_id), minor_id, state_desc FROM sys.database_permissions WHERE grantee_principal_id = USER_ID('dora')
----
name	2	GRANT

statement ok
EXECUTE AS USER = 'dora'

statement error 229
SELECT name FROM dbo.people
----
error 229: The SELECT permission was denied on the object 'people', database 'cp', schema 'dbo'.

statement ok
REVERT

# A DENY on the table beats a GRANT on a column.
statement ok
GRANT SELECT (name) ON dbo.people TO dora;
DENY SELECT ON SCHEMA::dbo TO dora;
EXECUTE AS USER = 'dora'

statement error 229
SELECT name FROM dbo.people
----
error 229: The SELECT permission was denied on the object 'people', database 'cp', schema 'dbo'.

statement ok
REVERT;
REVOKE SELECT ON SCHEMA::dbo FROM dora

# REVOKE of a column, and what a column list may name.
statement ok
REVOKE SELECT (name) ON dbo.people FROM dora;
REVOKE UPDATE (name) ON dbo.people FROM dora

query I
SELECT COUNT(*) FROM sys.database_permissions WHERE grantee_principal_id = USER_ID('dora')
----
0

statement error 207
GRANT SELECT (nothing) ON dbo.people TO dora
----
error 207: Invalid column name 'nothing'.

statement error 102
GRANT DELETE (name) ON dbo.people TO dora
----
error 102: Incorrect syntax near 'DELETE'.

statement ok
CREATE VIEW dbo.people_names AS SELECT id, name FROM dbo.people

statement error 40517
GRANT SELECT (name) ON dbo.people_names TO dora
----
error 40517: Keyword or statement option 'column permissions on a view' is not supported in this version of SQL Server.
