# no-restart (EXECUTE AS is the session's own state)
# CREATE / ALTER / DROP EXTERNAL LIBRARY and their catalog views (ml-services.md §3.3). The bytes
# are any varbinary: a satellite installs them lazily, at the next script of their owner.

statement ok
CREATE EXTERNAL LIBRARY quernlib FROM (CONTENT = 0x504B0506) WITH (LANGUAGE = 'Python')

query TITII
SELECT name, principal_id, language, scope, scope_desc FROM sys.external_libraries
----
quernlib	1	Python	0	PUBLIC

query IT
SELECT platform, platform_desc FROM sys.external_library_files
----
2	LINUX

query T
SELECT CONVERT(varchar(20), f.content, 1) FROM sys.external_library_files f JOIN sys.external_libraries l ON l.external_library_id = f.external_library_id WHERE l.name = 'quernlib'
----
0x504B0506

# Names are unique per owner.
statement error 2714
CREATE EXTERNAL LIBRARY QuernLib FROM (CONTENT = 0x00) WITH (LANGUAGE = 'Python')

# A variable's bytes; a second file for another platform.
statement ok
DECLARE @b varbinary(max) = 0x0102030405;
CREATE EXTERNAL LIBRARY twoplat FROM (CONTENT = @b), (CONTENT = 0x09, PLATFORM = WINDOWS) WITH (LANGUAGE = 'python')

query ITT rowsort
SELECT f.platform, f.platform_desc, CONVERT(varchar(20), f.content, 1) FROM sys.external_library_files f JOIN sys.external_libraries l ON l.external_library_id = f.external_library_id WHERE l.name = 'twoplat'
----
1	WINDOWS	0x09
2	LINUX	0x0102030405

# ALTER replaces the file of its platform and keeps the other.
statement ok
ALTER EXTERNAL LIBRARY twoplat SET (CONTENT = 0xAABB) WITH (LANGUAGE = 'Python')

query ITT rowsort
SELECT f.platform, f.platform_desc, CONVERT(varchar(20), f.content, 1) FROM sys.external_library_files f JOIN sys.external_libraries l ON l.external_library_id = f.external_library_id WHERE l.name = 'twoplat'
----
1	WINDOWS	0x09
2	LINUX	0xAABB

# Errors: an unknown language, NULL or text content, a platform twice, unknown owner, missing library.
statement error 15151
CREATE EXTERNAL LIBRARY l2 FROM (CONTENT = 0x00) WITH (LANGUAGE = 'Cobol')

statement error 515
DECLARE @n varbinary(max);
CREATE EXTERNAL LIBRARY l2 FROM (CONTENT = @n) WITH (LANGUAGE = 'Python')

statement error 257
DECLARE @t nvarchar(10) = N'abc';
CREATE EXTERNAL LIBRARY l2 FROM (CONTENT = @t) WITH (LANGUAGE = 'Python')

statement error 102
CREATE EXTERNAL LIBRARY l2 FROM (CONTENT = 0x00), (CONTENT = 0x01, PLATFORM = LINUX) WITH (LANGUAGE = 'Python')

statement error 15151
CREATE EXTERNAL LIBRARY l2 AUTHORIZATION nobody FROM (CONTENT = 0x00) WITH (LANGUAGE = 'Python')

statement error 15151
DROP EXTERNAL LIBRARY missing_lib

statement error 15151
ALTER EXTERNAL LIBRARY missing_lib SET (CONTENT = 0x00)

# A file path is read by the server: a missing file is BULK INSERT's 4860.
statement error 4860
CREATE EXTERNAL LIBRARY l2 FROM (CONTENT = '/nonexistent/quern-lib.zip') WITH (LANGUAGE = 'Python')

# Rolled back with its transaction.
statement ok
BEGIN TRAN;
CREATE EXTERNAL LIBRARY rolled FROM (CONTENT = 0x01) WITH (LANGUAGE = 'Python');
ROLLBACK

query I
SELECT COUNT(*) FROM sys.external_libraries WHERE name = 'rolled'
----
0

# Private libraries: another user's own library; a user without CREATE EXTERNAL LIBRARY gets 262.
statement ok
CREATE LOGIN libuser WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER libuser FOR LOGIN libuser

statement ok
EXECUTE AS USER = 'libuser'

statement error 262
CREATE EXTERNAL LIBRARY mine FROM (CONTENT = 0x01) WITH (LANGUAGE = 'Python')

statement error 15151
DROP EXTERNAL LIBRARY quernlib AUTHORIZATION dbo

statement ok
REVERT

statement ok
GRANT CREATE EXTERNAL LIBRARY TO libuser

statement ok
EXECUTE AS USER = 'libuser'

statement ok
CREATE EXTERNAL LIBRARY quernlib FROM (CONTENT = 0x0C) WITH (LANGUAGE = 'Python')

statement ok
REVERT

query TTIT rowsort
SELECT l.name, USER_NAME(l.principal_id), l.scope, l.scope_desc FROM sys.external_libraries l
----
quernlib	dbo	0	PUBLIC
quernlib	libuser	1	PRIVATE
twoplat	dbo	0	PUBLIC

# dbo drops a user's library through AUTHORIZATION.
statement ok
DROP EXTERNAL LIBRARY quernlib AUTHORIZATION libuser

statement ok
DROP EXTERNAL LIBRARY quernlib

statement ok
DROP EXTERNAL LIBRARY twoplat

query I
SELECT COUNT(*) FROM sys.external_library_files
----
0

statement ok
DROP USER libuser;
DROP LOGIN libuser
