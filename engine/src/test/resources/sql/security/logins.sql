# CREATE / ALTER / DROP LOGIN, sys.server_principals and sys.sql_logins, the login errors.
statement ok
CREATE LOGIN app_reader WITH PASSWORD = 'Str0ng!Passw0rd', DEFAULT_DATABASE = tempdb

query TTIT
SELECT name, type_desc, is_disabled, default_database_name FROM sys.server_principals WHERE name = 'app_reader'
----
app_reader	SQL_LOGIN	0	tempdb

query TII
SELECT name, is_policy_checked, is_expiration_checked FROM sys.sql_logins ORDER BY principal_id
----
sa	0	0
app_reader	1	0

query I
SELECT CASE WHEN SUSER_ID('app_reader') >= 256 AND SUSER_NAME(SUSER_ID('app_reader')) = 'app_reader' THEN 1 ELSE 0 END

statement error 15025
CREATE LOGIN APP_READER WITH PASSWORD = 'Str0ng!Passw0rd'
----
error 15025: The server principal 'APP_READER' already exists.

statement error 15025
CREATE LOGIN sa WITH PASSWORD = 'Str0ng!Passw0rd'
----
error 15025: The server principal 'sa' already exists.

# CHECK_POLICY is ON by default: 8 characters and three of the four classes, not the login name.
statement error 15118
CREATE LOGIN weak WITH PASSWORD = 'password'
----
error 15118: Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.

statement error 15118
CREATE LOGIN weak2 WITH PASSWORD = 'weak2WEAK2!'
----
error 15118: Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.

statement ok
CREATE LOGIN weak WITH PASSWORD = 'password', CHECK_POLICY = OFF

statement error 15122
CREATE LOGIN weak3 WITH PASSWORD = 'password', CHECK_POLICY = OFF, CHECK_EXPIRATION = ON
----
error 15122: The CHECK_EXPIRATION option cannot be used when CHECK_POLICY is OFF.

statement error 15010
CREATE LOGIN nodb WITH PASSWORD = 'Str0ng!Passw0rd', DEFAULT_DATABASE = nosuchdb
----
error 15010: The database 'nosuchdb' does not exist. Supply a valid database name. To see available databases, use sys.databases.

statement ok
ALTER LOGIN weak DISABLE

query TI
SELECT name, is_disabled FROM sys.server_principals WHERE name = 'weak'
----
weak	1

statement ok
ALTER LOGIN weak ENABLE;
ALTER LOGIN weak WITH NAME = weak_renamed, DEFAULT_DATABASE = msdb

query TIT
SELECT name, is_disabled, default_database_name FROM sys.server_principals WHERE name LIKE 'weak%'
----
weak_renamed	0	msdb

statement error 15151
ALTER LOGIN weak WITH PASSWORD = 'x'
----
error 15151: Cannot alter the login 'weak', because it does not exist or you do not have permission.

statement error 15151
DROP LOGIN nobody
----
error 15151: Cannot drop the login 'nobody', because it does not exist or you do not have permission.

# A login still logged in cannot be dropped (this session is sa's).
statement error 15434
DROP LOGIN sa
----
error 15434: Could not drop login 'sa' as the user is currently logged in.

statement ok
DROP LOGIN weak_renamed

query I
SELECT COUNT(*) FROM sys.server_principals WHERE name LIKE 'weak%'
----
0

# A rolled-back CREATE LOGIN leaves nothing.
statement ok
BEGIN TRAN;
CREATE LOGIN temp_login WITH PASSWORD = 'Str0ng!Passw0rd';
ROLLBACK

query I
SELECT COUNT(*) FROM sys.server_principals WHERE name = 'temp_login'
----
0

query TTIT
SELECT SUSER_SNAME(), ORIGINAL_LOGIN(), IS_SRVROLEMEMBER('sysadmin'), SUSER_SID()
----
sa	sa	1	0x01

query II
SELECT CASE WHEN SUSER_SNAME(SUSER_SID('app_reader')) = 'app_reader' THEN 1 ELSE 0 END,
  CASE WHEN SUSER_SID('nobody') IS NULL THEN 1 ELSE 0 END
----
1	1
