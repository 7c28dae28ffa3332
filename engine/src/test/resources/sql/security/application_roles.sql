# no-restart (an active application role is the session's own state)
# CREATE / ALTER / DROP APPLICATION ROLE, sp_setapprole / sp_unsetapprole and what the role may do.
statement ok
CREATE DATABASE payroll;
CREATE LOGIN clerk WITH PASSWORD = 'P@ssw0rd-1'

statement ok
USE payroll;
CREATE USER clerk FOR LOGIN clerk;
CREATE TABLE dbo.salaries (id int, amount int);
INSERT INTO dbo.salaries VALUES (1, 100), (2, 200);
CREATE TABLE dbo.audit (id int)

statement ok
CREATE APPLICATION ROLE payapp WITH PASSWORD = 'Pay-r0le!x', DEFAULT_SCHEMA = dbo

query TTTTII
SELECT name, type, type_desc, default_schema_name, CASE WHEN owning_principal_id IS NULL THEN 1 ELSE 0 END,
  CASE WHEN sid IS NULL THEN 1 ELSE 0 END
FROM sys.database_principals WHERE name = 'payapp'
----
payapp	A	APPLICATION_ROLE	dbo	1	1

statement error 15023
CREATE APPLICATION ROLE clerk WITH PASSWORD = 'Pay-r0le!x'
----
error 15023: User, group, or role 'clerk' already exists in the current database.

statement error 15118
CREATE APPLICATION ROLE weak WITH PASSWORD = 'short'
----
error 15118: Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.

statement error 102
CREATE APPLICATION ROLE nopassword WITH DEFAULT_SCHEMA = dbo

statement ok
GRANT SELECT ON dbo.salaries TO payapp

# ALTER APPLICATION ROLE: a new name, password (checked by the policy too) and default schema.
statement ok
CREATE SCHEMA hr;
CREATE APPLICATION ROLE temp_app WITH PASSWORD = 'Temp-r0le!';
ALTER APPLICATION ROLE temp_app WITH NAME = hr_app, PASSWORD = 'Hr-r0le!x1', DEFAULT_SCHEMA = hr

query TTT
SELECT name, type_desc, default_schema_name FROM sys.database_principals WHERE name IN ('temp_app', 'hr_app')
----
hr_app	APPLICATION_ROLE	hr

statement error 15118
ALTER APPLICATION ROLE hr_app WITH PASSWORD = 'hr_app'
----
error 15118: Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.

statement error 15023
ALTER APPLICATION ROLE hr_app WITH NAME = payapp
----
error 15023: User, group, or role 'payapp' already exists in the current database.

statement error 15151
ALTER APPLICATION ROLE nosuch WITH PASSWORD = 'Hr-r0le!x1'
----
error 15151: Cannot alter the application role 'nosuch', because it does not exist or you do not have permission.

statement error 15151
ALTER APPLICATION ROLE clerk WITH DEFAULT_SCHEMA = hr
----
error 15151: Cannot alter the application role 'clerk', because it does not exist or you do not have permission.

# DROP takes the permissions granted to the role with it.
statement ok
GRANT SELECT ON dbo.audit TO hr_app;
DROP APPLICATION ROLE hr_app

query I
SELECT COUNT(*) FROM sys.database_permissions p LEFT JOIN sys.database_principals d
  ON d.principal_id = p.grantee_principal_id WHERE d.principal_id IS NULL
----
0

# An application role is no user, but may be a member of a database role.
statement ok
CREATE ROLE auditors;
GRANT SELECT ON dbo.audit TO auditors;
ALTER ROLE auditors ADD MEMBER payapp

query I
SELECT IS_ROLEMEMBER('auditors', 'payapp')
----
1

statement error 15151
DROP USER payapp
----
error 15151: Cannot drop the user 'payapp', because it does not exist or you do not have permission.

statement error 15517
EXECUTE AS USER = 'payapp'
----
error 15517: Cannot execute as the database principal because the principal "payapp" does not exist, this type of principal cannot be impersonated, or you do not have permission.

statement error 15151
DROP APPLICATION ROLE clerk
----
error 15151: Cannot drop the application role 'clerk', because it does not exist or you do not have permission.

# clerk alone may not read the table; through the application role it may, and is the role.
statement ok
EXECUTE AS LOGIN = 'clerk'

statement error 229
SELECT COUNT(*) FROM dbo.salaries
----
error 229: The SELECT permission was denied on the object 'salaries', database 'payroll', schema 'dbo'.

statement error 15161
EXEC sp_setapprole 'payapp', 'wrong password'
----
error 15161: Cannot set application role 'payapp' because it does not exist or the password is incorrect.

statement error 15161
EXEC sp_setapprole 'nosuchrole', 'Pay-r0le!x'
----
error 15161: Cannot set application role 'nosuchrole' because it does not exist or the password is incorrect.

statement error 15422
BEGIN TRANSACTION;
EXEC sp_setapprole 'payapp', 'Pay-r0le!x'
----
error 15422: Application roles can only be activated at the ad hoc level.

statement ok
ROLLBACK

statement error 15422
EXEC ('EXEC sp_setapprole ''payapp'', ''Pay-r0le!x''')
----
error 15422: Application roles can only be activated at the ad hoc level.

statement error 15432
EXEC sp_executesql N'EXEC sp_setapprole @r, @p', N'@r sysname, @p sysname', @r = 'payapp', @p = 'Pay-r0le!x'
----
error 15432: Stored procedure 'sys.sp_setapprole' can only be executed at the ad hoc level.

statement error 15600
EXEC sp_setapprole 'payapp', 'Pay-r0le!x', @encrypt = 'rot13'
----
error 15600: An invalid parameter or option was specified for procedure 'sys.sp_setapprole'.

query TTTTI
DECLARE @cookie varbinary(8000), @rc int;
EXEC @rc = sp_setapprole @rolename = 'payapp', @password = 'Pay-r0le!x', @fCreateCookie = true, @cookie = @cookie OUTPUT;
SELECT USER_NAME(), CURRENT_USER, SUSER_SNAME(), SCHEMA_NAME(), @rc;
SELECT COUNT(*) FROM dbo.salaries;
EXEC sp_unsetapprole @cookie;
SELECT USER_NAME(), SUSER_SNAME(), NULL, NULL, NULL
----
payapp	payapp	clerk	dbo	0
2
clerk	clerk	NULL	NULL	NULL

# The role's own permissions only: what it was not granted is denied, as is what the login had.
query TI
DECLARE @cookie varbinary(8000);
EXEC sp_setapprole 'payapp', 'Pay-r0le!x', @fCreateCookie = 1, @cookie = @cookie OUTPUT;
SELECT 'audit rows', COUNT(*) FROM dbo.audit;
BEGIN TRY
  INSERT INTO dbo.audit VALUES (1);
END TRY
BEGIN CATCH
  SELECT CAST(ERROR_NUMBER() AS varchar(10)) + ' ' + ERROR_MESSAGE(), DATALENGTH(@cookie);
END CATCH;
EXEC sp_unsetapprole @cookie
----
audit rows	0
229 The INSERT permission was denied on the object 'audit', database 'payroll', schema 'dbo'.	50

query TT rowsort
DECLARE @cookie varbinary(8000);
EXEC sp_setapprole 'payapp', 'Pay-r0le!x', @fCreateCookie = 1, @cookie = @cookie OUTPUT;
SELECT name, type FROM sys.user_token;
EXEC sp_unsetapprole @cookie
----
auditors	ROLE
payapp	APPLICATION ROLE
public	ROLE

# A second sp_setapprole while one is set is 2762; USE to another database is 505.
statement error 2762
DECLARE @cookie varbinary(8000);
EXEC sp_setapprole 'payapp', 'Pay-r0le!x', @fCreateCookie = 1, @cookie = @cookie OUTPUT;
BEGIN TRY
  EXEC sp_setapprole 'payapp', 'Pay-r0le!x';
END TRY
BEGIN CATCH
  EXEC sp_unsetapprole @cookie;
  THROW;
END CATCH
----
error 2762: sp_setapprole was not invoked correctly. Refer to the documentation for more information.

statement error 505
DECLARE @cookie varbinary(8000);
EXEC sp_setapprole 'payapp', 'Pay-r0le!x', @fCreateCookie = 1, @cookie = @cookie OUTPUT;
BEGIN TRY
  USE master;
END TRY
BEGIN CATCH
  EXEC sp_unsetapprole @cookie;
  THROW;
END CATCH
----
error 505: The current user account was invoked with SETUSER or SP_SETAPPROLE. Changing databases is not allowed.

query TT
SELECT USER_NAME(), DB_NAME()
----
clerk	payroll

# Without a cookie, or with another one, the role stays; REVERT does not leave it either.
statement error 15592
DECLARE @cookie varbinary(8000), @other varbinary(8000) = 0x0102;
EXEC sp_setapprole 'payapp', 'Pay-r0le!x', @fCreateCookie = 1, @cookie = @cookie OUTPUT;
EXEC sp_unsetapprole @other
----
error 15592: Cannot unset application role because none was set or the cookie is invalid.

query T
SELECT USER_NAME()
----
payapp

statement error 15357
REVERT
----
error 15357: The current security context was set by "SetAppRole". It cannot be reverted by statement "Revert".

# Pinned to its database for the rest of the session.
statement error 505
USE master
----
error 505: The current user account was invoked with SETUSER or SP_SETAPPROLE. Changing databases is not allowed.

query TT
SELECT USER_NAME(), DB_NAME()
----
payapp	payroll
