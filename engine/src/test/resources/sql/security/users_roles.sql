# no-restart (EXECUTE AS is the session's own state)
# CREATE / ALTER / DROP USER and ROLE, role membership, sys.database_principals,
# sys.database_role_members, sys.server_role_members, and what a login without a user may enter.
statement ok
CREATE DATABASE sales;
CREATE LOGIN ann WITH PASSWORD = 'P@ssw0rd-1';
CREATE LOGIN bob WITH PASSWORD = 'P@ssw0rd-1';
CREATE LOGIN carl WITH PASSWORD = 'P@ssw0rd-1'

statement ok
USE sales;
CREATE USER ann FOR LOGIN ann WITH DEFAULT_SCHEMA = dbo;
CREATE USER robert FROM LOGIN bob;
CREATE USER nologin WITHOUT LOGIN;
CREATE ROLE analysts AUTHORIZATION dbo

query TTTT
SELECT name, type, type_desc, ISNULL(default_schema_name, '-') FROM sys.database_principals
WHERE principal_id BETWEEN 5 AND 16383 ORDER BY principal_id
----
ann	S	SQL_USER	dbo
robert	S	SQL_USER	dbo
nologin	S	SQL_USER	dbo
analysts	R	DATABASE_ROLE	-

statement error 15023
CREATE USER ann FOR LOGIN carl
----
error 15023: User, group, or role 'ann' already exists in the current database.

statement error 15063
CREATE USER ann2 FOR LOGIN ann
----
error 15063: The login already has an account under a different user name.

statement error 15007
CREATE USER ghost FOR LOGIN ghost
----
error 15007: 'ghost' is not a valid login or you do not have permission.

statement ok
ALTER ROLE analysts ADD MEMBER ann;
EXEC sp_addrolemember 'db_datareader', 'analysts'

query TT rowsort
SELECT r.name, m.name FROM sys.database_role_members rm
JOIN sys.database_principals r ON r.principal_id = rm.role_principal_id
JOIN sys.database_principals m ON m.principal_id = rm.member_principal_id
----
analysts	ann
db_datareader	analysts
db_owner	dbo

statement error 15144
DROP ROLE analysts
----
error 15144: The role has members. It must be empty before it can be dropped.

statement error 15151
ALTER ROLE nosuchrole ADD MEMBER ann
----
error 15151: Cannot alter the role 'nosuchrole', because it does not exist or you do not have permission.

statement error 15151
DROP USER nobody
----
error 15151: Cannot drop the user 'nobody', because it does not exist or you do not have permission.

statement error 15150
DROP USER dbo
----
error 15150: Cannot drop the user 'dbo'.

# The session principal: a login's user, its roles (nested too), and who it is on the server.
statement ok
EXECUTE AS LOGIN = 'ann'

query TTTTIIII
SELECT SUSER_SNAME(), ORIGINAL_LOGIN(), USER_NAME(), CURRENT_USER, IS_MEMBER('analysts'), IS_MEMBER('db_datareader'),
  IS_MEMBER('db_owner'), IS_SRVROLEMEMBER('sysadmin')
----
ann	sa	ann	ann	1	1	0	0

statement ok
REVERT

# carl has no user in sales: guest may not connect there (916); master lets him in as guest.
statement ok
EXECUTE AS LOGIN = 'carl'

statement error 916
USE sales
----
error 916: The server principal "carl" is not able to access the database "sales" under the current security context.

statement ok
REVERT

statement ok
USE master;
EXECUTE AS LOGIN = 'carl'

query TT
SELECT USER_NAME(), DB_NAME()
----
guest	master

statement error 15406
EXECUTE AS LOGIN = 'sa'
----
error 15406: Cannot execute as the server principal because the principal "sa" does not exist, this type of principal cannot be impersonated, or you do not have permission.

statement error 15247
CREATE LOGIN sneaky WITH PASSWORD = 'P@ssw0rd-1'
----
error 15247: User does not have permission to perform this action.

statement ok
REVERT

# IS_ROLEMEMBER: a named principal's roles, nested ones too; NULL for an unknown role or principal.
statement ok
USE sales

query IIIIIII
SELECT IS_ROLEMEMBER('analysts', 'ann'), IS_ROLEMEMBER('db_datareader', 'ann'), IS_ROLEMEMBER('db_owner', 'ann'),
  IS_ROLEMEMBER('db_datareader', 'analysts'), IS_ROLEMEMBER('public', 'ann'), IS_ROLEMEMBER('db_owner', 'dbo'), IS_ROLEMEMBER('db_owner')
----
1	1	0	1	1	1	1

query IIII
SELECT IS_ROLEMEMBER('nosuchrole', 'ann'), IS_ROLEMEMBER('analysts', 'nobody'), IS_ROLEMEMBER('ann', 'ann'), IS_ROLEMEMBER(NULL, 'ann')
----
NULL	NULL	NULL	NULL

# IS_SRVROLEMEMBER with a login: sa is in every fixed role; a plain login only in public.
query IIIII
SELECT IS_SRVROLEMEMBER('sysadmin', 'sa'), IS_SRVROLEMEMBER('dbcreator', 'sa'), IS_SRVROLEMEMBER('sysadmin', 'ann'),
  IS_SRVROLEMEMBER('public', 'ann'), IS_SRVROLEMEMBER('sysadmin', 'nobody')
----
1	1	0	1	NULL

statement ok
USE master

# sysadmin members are dbo everywhere.
statement ok
ALTER SERVER ROLE sysadmin ADD MEMBER carl;
EXECUTE AS LOGIN = 'carl';
USE sales

query TII
SELECT USER_NAME(), IS_SRVROLEMEMBER('sysadmin'), IS_MEMBER('db_owner')
----
dbo	1	1

statement ok
REVERT;
USE master

query TT
SELECT r.name, m.name FROM sys.server_role_members rm
JOIN sys.server_principals r ON r.principal_id = rm.role_principal_id
JOIN sys.server_principals m ON m.principal_id = rm.member_principal_id ORDER BY m.principal_id
----
sysadmin	sa
sysadmin	carl

statement ok
EXEC sp_dropsrvrolemember 'carl', 'sysadmin'

query I
SELECT COUNT(*) FROM sys.server_role_members
----
1

# EXECUTE AS USER in the database, ALTER USER, DROP.
statement ok
USE sales;
EXECUTE AS USER = 'nologin'

query TT
SELECT USER_NAME(), CURRENT_USER
----
nologin	nologin

statement ok
REVERT;
ALTER USER robert WITH NAME = bobby, DEFAULT_SCHEMA = guest;
EXEC sp_droprolemember 'analysts', 'ann';
EXEC sp_droprolemember 'db_datareader', 'analysts';
DROP ROLE analysts;
DROP USER nologin

query TT
SELECT name, default_schema_name FROM sys.database_principals WHERE principal_id BETWEEN 5 AND 16383 ORDER BY principal_id
----
ann	dbo
bobby	guest

# A login whose user exists may be dropped; the user stays, orphaned (as in SQL Server).
statement ok
USE master;
DROP LOGIN bob

query I
USE sales;
SELECT COUNT(*) FROM sys.database_principals WHERE name = 'bobby'

# Server-level statements need server roles: CREATE DATABASE (dbcreator), sp_configure and
# RECONFIGURE (serveradmin), KILL (processadmin).
statement ok
EXECUTE AS LOGIN = 'carl'

statement error 262
CREATE DATABASE carls
----
error 262: CREATE DATABASE permission denied in database 'master'.

statement error 15247
EXEC sp_configure 'external scripts enabled', 1
----
error 15247: User does not have permission to perform this action.

statement error 5812
RECONFIGURE
----
error 5812: You do not have permission to run the RECONFIGURE statement.

statement error 6102
KILL 999
----
error 6102: User does not have permission to use the KILL statement.

statement ok
REVERT;
ALTER SERVER ROLE dbcreator ADD MEMBER carl;
EXECUTE AS LOGIN = 'carl';
CREATE DATABASE carls;
REVERT

# A login changes its own password only with OLD_PASSWORD, and only its own.
statement ok
EXECUTE AS LOGIN = 'ann'

statement error 15151
ALTER LOGIN ann WITH PASSWORD = 'N3w-P@ssword'
----
error 15151: Cannot alter the login 'ann', because it does not exist or you do not have permission.

statement error 15151
ALTER LOGIN ann WITH PASSWORD = 'N3w-P@ssword' OLD_PASSWORD = 'not-it'
----
error 15151: Cannot alter the login 'ann', because it does not exist or you do not have permission.

statement error 15151
ALTER LOGIN carl WITH PASSWORD = 'N3w-P@ssword' OLD_PASSWORD = 'P@ssw0rd-1'
----
error 15151: Cannot alter the login 'carl', because it does not exist or you do not have permission.

statement ok
ALTER LOGIN ann WITH PASSWORD = 'N3w-P@ssword' OLD_PASSWORD = 'P@ssw0rd-1'

statement ok
REVERT

# DENY CONNECT keeps a user's login out of the database (916); REVOKE lets it back in.
statement ok
USE sales;
DENY CONNECT TO ann;
USE master;
EXECUTE AS LOGIN = 'ann'

statement error 916
USE sales
----
error 916: The server principal "ann" is not able to access the database "sales" under the current security context.

statement ok
REVERT;
USE sales;
REVOKE CONNECT FROM ann;
USE master;
EXECUTE AS LOGIN = 'ann';
USE sales;
REVERT;
USE master

