# Logins moved from a SQL Server as sp_help_revlogin scripts them: PASSWORD = 0x… HASHED keeps
# SQL Server's own hash (its password goes on working), SID = 0x… keeps the login's SID so the
# database users that carry it map again; LOGINPROPERTY reads the hash back.
statement ok
CREATE LOGIN migrated WITH PASSWORD = 0x020001020304C5340C47FA3E19C06439E4044311EC83458BF235D1E47D43BB9423E9F53A2B673735B4369D0D3DB56634EF28ABBC93FE94651B687BCB015C80FB5682DA58A043 HASHED, SID = 0x14585E90117152449347750164BA00A7, DEFAULT_DATABASE = [master], CHECK_POLICY = OFF, CHECK_EXPIRATION = OFF

query TT
SELECT CONVERT(varchar(40), sid, 1), SUSER_SNAME(0x14585E90117152449347750164BA00A7) FROM sys.server_principals WHERE name = 'migrated'
----
0x14585E90117152449347750164BA00A7	migrated

query II
SELECT PWDCOMPARE('Migrated#Pw1', password_hash), PWDCOMPARE('wrong', password_hash) FROM sys.sql_logins WHERE name = 'migrated'
----
1	0

query IITT
SELECT PWDCOMPARE('Migrated#Pw1', CAST(LOGINPROPERTY('migrated', 'PasswordHash') AS varbinary(256))),
       CAST(LOGINPROPERTY('migrated', 'PasswordHashAlgorithm') AS int), CAST(LOGINPROPERTY('migrated', 'DefaultDatabase') AS sysname),
       SQL_VARIANT_PROPERTY(LOGINPROPERTY('migrated', 'IsLocked'), 'BaseType')
----
1	2	master	int

query II
SELECT CAST(LOGINPROPERTY('migrated', 'BadPasswordCount') AS int), CAST(LOGINPROPERTY('migrated', 'IsExpired') AS int)
----
0	0

# A login made here keeps Quern's PBKDF2 hash, which is no SQL Server hash: NULL.
statement ok
CREATE LOGIN native_login WITH PASSWORD = 'Str0ng!Passw0rd'

query II
SELECT CASE WHEN password_hash IS NULL THEN 1 ELSE 0 END, CASE WHEN LOGINPROPERTY('native_login', 'PasswordHash') IS NULL THEN 1 ELSE 0 END
FROM sys.sql_logins WHERE name = 'native_login'
----
1	1

query I
SELECT CASE WHEN LOGINPROPERTY('no_such_login', 'IsLocked') IS NULL AND LOGINPROPERTY('native_login', 'NoSuchProperty') IS NULL THEN 1 ELSE 0 END
----
1

# ALTER LOGIN takes a hash too, which then replaces the password.
statement ok
ALTER LOGIN native_login WITH PASSWORD = 0x020001020304C5340C47FA3E19C06439E4044311EC83458BF235D1E47D43BB9423E9F53A2B673735B4369D0D3DB56634EF28ABBC93FE94651B687BCB015C80FB5682DA58A043 HASHED

query I
SELECT PWDCOMPARE('Migrated#Pw1', password_hash) FROM sys.sql_logins WHERE name = 'native_login'
----
1

statement error 15021
CREATE LOGIN bad_hash WITH PASSWORD = 0x0200ABCD HASHED
----
error 15021: Invalid value given for parameter PASSWORD. Specify a valid parameter value.

statement error 15419
CREATE LOGIN short_sid WITH PASSWORD = 'Str0ng!Passw0rd', SID = 0x0102
----
error 15419: Supplied parameter sid should be binary(16).

statement error 15433
CREATE LOGIN same_sid WITH PASSWORD = 'Str0ng!Passw0rd', SID = 0x14585E90117152449347750164BA00A7
----
error 15433: Supplied parameter sid is in use.

statement error 102
CREATE LOGIN no_hashed WITH PASSWORD = 0x0200

statement ok
DROP LOGIN migrated

statement ok
DROP LOGIN native_login
