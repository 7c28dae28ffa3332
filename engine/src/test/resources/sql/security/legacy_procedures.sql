# no-restart (EXECUTE AS is the session's own state)
# The legacy procedures run the statements they stand for: sp_addlogin, sp_password, sp_defaultdb,
# sp_droplogin, sp_adduser, sp_grantdbaccess, sp_revokedbaccess, sp_dropuser, sp_addrole,
# sp_droprole; and sp_change_users_login for orphaned users.
statement ok
CREATE DATABASE legacy;
EXEC sp_addlogin 'fay', 'simple', 'legacy'

query TTII
SELECT name, default_database_name, is_policy_checked, is_disabled FROM sys.sql_logins WHERE name = 'fay'
----
fay	legacy	0	0

statement error 15025
EXEC sp_addlogin 'fay', 'simple'
----
error 15025: The server principal 'fay' already exists.

statement error 15600
EXEC sp_addlogin 'gil', 'pw', @sid = 0x0102
----
error 15600: An invalid parameter or option was specified for procedure 'sys.sp_addlogin'.

statement ok
EXEC sp_defaultdb 'fay', 'master';
EXEC sp_password NULL, 'N3w-P@ssword', 'fay'

query T
SELECT default_database_name FROM sys.sql_logins WHERE name = 'fay'
----
master

statement ok
USE legacy;
EXEC sp_addrole 'clerks';
EXEC sp_adduser 'fay', 'fay_user', 'clerks'

query TTT
SELECT p.name, p.default_schema_name, s.name FROM sys.database_principals p
JOIN sys.schemas s ON s.principal_id = p.principal_id WHERE p.name = 'fay_user'
----
fay_user	fay_user	fay_user

query TT
SELECT r.name, m.name FROM sys.database_role_members rm
JOIN sys.database_principals r ON r.principal_id = rm.role_principal_id
JOIN sys.database_principals m ON m.principal_id = rm.member_principal_id WHERE m.name = 'fay_user'
----
clerks	fay_user

statement error 15014
EXEC sp_adduser 'fay', 'other', 'nosuchrole'
----
error 15014: The role 'nosuchrole' does not exist in the current database.

statement error 15063
EXEC sp_grantdbaccess 'fay', 'fay_again'
----
error 15063: The login already has an account under a different user name.

statement error 15008
EXEC sp_dropuser 'nobody'
----
error 15008: User 'nobody' does not exist in the current database.

statement error 15014
EXEC sp_droprole 'nosuchrole'
----
error 15014: The role 'nosuchrole' does not exist in the current database.

statement error 15144
EXEC sp_droprole 'clerks'
----
error 15144: The role has members. It must be empty before it can be dropped.

statement error 15007
EXEC sp_droplogin 'nobody'
----
error 15007: 'nobody' is not a valid login or you do not have permission.

# Orphaned users: a user whose login is gone.
statement ok
CREATE LOGIN hal WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER hal FOR LOGIN hal;
CREATE LOGIN ivy WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER ivy_user FOR LOGIN ivy;
DROP LOGIN hal;
DROP LOGIN ivy

query TT
EXEC sp_change_users_login 'Report'
----
hal	0x00000101
ivy_user	0x00000102

statement error 15600
EXEC sp_change_users_login 'Report', 'hal'
----
error 15600: An invalid parameter or option was specified for procedure 'sys.sp_change_users_login'.

statement error 15286
EXEC sp_change_users_login 'Fix_All'
----
error 15286: Terminating this procedure. The @action 'Fix_All' is unrecognized. Try 'REPORT', 'UPDATE_ONE', or 'AUTO_FIX'.

statement error 15291
EXEC sp_change_users_login 'Update_One', 'nobody', 'fay'
----
error 15291: Terminating this procedure. The user name 'nobody' is absent or invalid.

statement error 15291
EXEC sp_change_users_login 'Update_One', 'hal', 'nologin'
----
error 15291: Terminating this procedure. The login name 'nologin' is absent or invalid.

statement ok
CREATE LOGIN hal2 WITH PASSWORD = 'P@ssw0rd-1'

statement ok
EXEC sp_change_users_login 'Update_One', 'hal', 'hal2'

query T
SELECT SUSER_SNAME(sid) FROM sys.database_principals WHERE name = 'hal'
----
hal2

statement error 15289
BEGIN TRANSACTION;
EXEC sp_change_users_login 'Report'
----
error 15289: Terminating this procedure. Cannot have an open transaction when this is run.

statement ok
ROLLBACK

# Auto_Fix: the login of the user's own name, made with @Password when there is none.
statement ok
EXEC sp_change_users_login 'Auto_Fix', 'ivy_user', NULL, 'Ivy-p@ss1'
----
! Barring a conflict, the row for user 'ivy_user' will be fixed by updating its link to a new login.
! The number of orphaned users fixed by updating users was 0.
! The number of orphaned users fixed by adding new logins and then updating users was 1.

query T
SELECT SUSER_SNAME(sid) FROM sys.database_principals WHERE name = 'ivy_user'
----
ivy_user

statement ok
DROP USER hal;
DROP LOGIN hal2;
CREATE USER hal2 WITHOUT LOGIN;
CREATE LOGIN hal3 WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER hal3 FOR LOGIN hal3;
DROP LOGIN hal3;
CREATE LOGIN hal3 WITH PASSWORD = 'P@ssw0rd-1'

statement ok
EXEC sp_change_users_login 'Auto_Fix', 'hal3'
----
! The row for user 'hal3' will be fixed by updating its login link to a login already in existence.
! The number of orphaned users fixed by updating users was 1.
! The number of orphaned users fixed by adding new logins and then updating users was 0.

statement error 15291
EXEC sp_change_users_login 'Auto_Fix', 'hal2'
----
error 15291: Terminating this procedure. The user name 'hal2' is absent or invalid.

statement error 15287
EXEC sp_change_users_login 'Update_One', 'sa', 'fay'
----
error 15287: Terminating this procedure. 'sa' is a forbidden value for the login name parameter in this procedure.

statement ok
EXEC sp_revokedbaccess 'ivy_user';
EXEC sp_dropuser 'hal3';
ALTER ROLE clerks DROP MEMBER fay_user;
EXEC sp_droprole 'clerks';
DROP SCHEMA fay_user;
EXEC sp_dropuser 'fay_user';
EXEC sp_droplogin 'fay'

query I
SELECT COUNT(*) FROM sys.database_principals WHERE name IN ('ivy_user', 'hal3', 'clerks', 'fay_user')
----
0
