# no-restart (EXECUTE AS is the session's own state)
# sys.fn_builtin_permissions: the permission hierarchy of each securable class; fn_my_permissions
# asks about each permission of the class.
query TTTTTT
SELECT * FROM sys.fn_builtin_permissions('APPLICATION ROLE')
----
APPLICATION ROLE	ALTER	AL	CONTROL	DATABASE	ALTER ANY APPLICATION ROLE
APPLICATION ROLE	CONTROL	CL	NULL	DATABASE	CONTROL
APPLICATION ROLE	VIEW DEFINITION	VW	CONTROL	DATABASE	VIEW DEFINITION

query TTTTT rowsort
SELECT permission_name, type, ISNULL(covering_permission_name, '-'), parent_class_desc, parent_covering_permission_name
FROM fn_builtin_permissions('object')
----
ALTER	AL	CONTROL	SCHEMA	ALTER
CONTROL	CL	-	SCHEMA	CONTROL
DELETE	DL	CONTROL	SCHEMA	DELETE
EXECUTE	EX	CONTROL	SCHEMA	EXECUTE
INSERT	IN	CONTROL	SCHEMA	INSERT
RECEIVE	RC	CONTROL	SCHEMA	CONTROL
REFERENCES	RF	CONTROL	SCHEMA	REFERENCES
SELECT	SL	CONTROL	SCHEMA	SELECT
TAKE OWNERSHIP	TO	CONTROL	SCHEMA	CONTROL
UPDATE	UP	CONTROL	SCHEMA	UPDATE
VIEW CHANGE TRACKING	VWCT	CONTROL	SCHEMA	VIEW CHANGE TRACKING
VIEW DEFINITION	VW	CONTROL	SCHEMA	VIEW DEFINITION

query TTTT
SELECT permission_name, covering_permission_name, parent_class_desc, parent_covering_permission_name
FROM sys.fn_builtin_permissions(DEFAULT) WHERE class_desc = 'DATABASE' AND permission_name IN ('CREATE TABLE', 'ALTER', 'SHOWPLAN')
----
ALTER	CONTROL	SERVER	ALTER ANY DATABASE
CREATE TABLE	ALTER	SERVER	CONTROL SERVER
SHOWPLAN	CONTROL	SERVER	ALTER TRACE

query TTI rowsort
SELECT class_desc, ISNULL(parent_class_desc, '-'), COUNT(*) FROM sys.fn_builtin_permissions(NULL) GROUP BY class_desc, parent_class_desc
----
APPLICATION ROLE	DATABASE	3
CERTIFICATE	DATABASE	5
DATABASE	SERVER	76
LOGIN	SERVER	4
OBJECT	SCHEMA	12
ROLE	DATABASE	4
SCHEMA	DATABASE	12
SERVER	-	34
SERVER ROLE	SERVER	4
SYMMETRIC KEY	DATABASE	5
TYPE	SCHEMA	5
USER	DATABASE	4

query I
SELECT COUNT(*) FROM sys.fn_builtin_permissions('') 
----
168

query I
SELECT COUNT(*) FROM sys.fn_builtin_permissions('no such class')
----
0

describe
SELECT * FROM sys.fn_builtin_permissions(DEFAULT)
----
class_desc	nvarchar(60)	NULL
permission_name	nvarchar(60)	NULL
type	varchar(4)	NULL
covering_permission_name	nvarchar(60)	NULL
parent_class_desc	nvarchar(60)	NULL
parent_covering_permission_name	nvarchar(60)	NULL

# A sysadmin holds every permission of a class that applies to the object, and each column's.
statement ok
CREATE DATABASE perms;
USE perms;
CREATE TABLE dbo.t (a int, b int);
CREATE LOGIN pat WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER pat FOR LOGIN pat;
CREATE ROLE auditors;
CREATE APPLICATION ROLE reporting WITH PASSWORD = 'Rep0rt-r0le!'

query TTT
SELECT entity_name, subentity_name, permission_name FROM fn_my_permissions('dbo.t', 'OBJECT')
----
dbo.t	(empty)	ALTER
dbo.t	(empty)	CONTROL
dbo.t	(empty)	DELETE
dbo.t	(empty)	INSERT
dbo.t	(empty)	REFERENCES
dbo.t	(empty)	SELECT
dbo.t	(empty)	TAKE OWNERSHIP
dbo.t	(empty)	UPDATE
dbo.t	(empty)	VIEW CHANGE TRACKING
dbo.t	(empty)	VIEW DEFINITION
dbo.t	a	SELECT
dbo.t	a	UPDATE
dbo.t	a	REFERENCES
dbo.t	b	SELECT
dbo.t	b	UPDATE
dbo.t	b	REFERENCES

query I
SELECT COUNT(*) FROM fn_my_permissions(NULL, 'SERVER')
----
34

query TT
SELECT entity_name, permission_name FROM fn_my_permissions('reporting', 'APPLICATION ROLE')
----
reporting	ALTER
reporting	CONTROL
reporting	VIEW DEFINITION

statement ok
CREATE PROCEDURE dbo.p AS SELECT 1

query T
SELECT permission_name FROM fn_my_permissions('dbo.p', 'OBJECT')
----
ALTER
CONTROL
EXECUTE
REFERENCES
TAKE OWNERSHIP
VIEW DEFINITION

query I
SELECT COUNT(*) FROM fn_my_permissions('nobody', 'USER')
----
0

# Another login: what it was granted, and through its container what that implies.
statement ok
GRANT ALTER ANY USER TO pat;
GRANT SELECT ON SCHEMA::dbo TO pat;
EXECUTE AS LOGIN = 'pat'

query T rowsort
SELECT permission_name FROM fn_my_permissions(NULL, 'SERVER')
----
CONNECT SQL
VIEW ANY DATABASE

query T rowsort
SELECT permission_name FROM fn_my_permissions('dbo.t', 'OBJECT') WHERE subentity_name = ''
----
SELECT

query T rowsort
SELECT permission_name FROM fn_my_permissions('pat', 'USER')
----
ALTER

query I
SELECT COUNT(*) FROM fn_my_permissions('auditors', 'ROLE')
----
0

statement ok
REVERT

# Certificates and symmetric keys: their owner and db_owner hold everything; a GRANT on the key, or
# the database permission that implies it, for others.
statement ok
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Master-k3y-pw!';
CREATE CERTIFICATE perms_cert WITH SUBJECT = 'perms';
CREATE SYMMETRIC KEY perms_key WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE perms_cert;
GRANT VIEW DEFINITION ON CERTIFICATE::perms_cert TO pat;
GRANT ALTER ANY SYMMETRIC KEY TO pat

query T rowsort
SELECT permission_name FROM fn_my_permissions('perms_key', 'SYMMETRIC KEY')
----
ALTER
CONTROL
REFERENCES
TAKE OWNERSHIP
VIEW DEFINITION

statement ok
EXECUTE AS LOGIN = 'pat'

query T rowsort
SELECT permission_name FROM fn_my_permissions('perms_key', 'SYMMETRIC KEY')
----
ALTER

query T rowsort
SELECT permission_name FROM fn_my_permissions('perms_cert', 'CERTIFICATE')
----
VIEW DEFINITION

query I
SELECT COUNT(*) FROM fn_my_permissions('no_such_key', 'SYMMETRIC KEY')
----
0

statement ok
REVERT
