# no-restart: EXECUTE AS is session state
# Who may run each DBCC command: the server-wide ones take sysadmin (2571), the database checks
# db_owner of the database they check (7983), CHECKTABLE db_owner or db_ddladmin (2557); the
# errors name the caller's database user.
statement ok
CREATE DATABASE dp_db

statement ok
USE dp_db

statement ok
CREATE TABLE dp_t (id int NOT NULL PRIMARY KEY, v int NULL)

statement ok
CREATE STATISTICS st_v ON dp_t (v)

statement ok
CREATE LOGIN dp_clerk WITH PASSWORD = 'P@ssw0rd-1'

statement ok
CREATE USER dp_clerk FOR LOGIN dp_clerk

statement ok
CREATE LOGIN dp_owner WITH PASSWORD = 'P@ssw0rd-1'

statement ok
CREATE USER dp_owner FOR LOGIN dp_owner

statement ok
ALTER ROLE db_owner ADD MEMBER dp_owner

statement ok
CREATE LOGIN dp_ddl WITH PASSWORD = 'P@ssw0rd-1'

statement ok
CREATE USER dp_ddl FOR LOGIN dp_ddl

statement ok
ALTER ROLE db_ddladmin ADD MEMBER dp_ddl

statement ok
EXECUTE AS LOGIN = 'dp_clerk'

statement error 7983
DBCC CHECKDB
----
error 7983: User 'dp_clerk' does not have permission to run DBCC checkdb for database 'dp_db'.

statement error 7983
DBCC CHECKDB ('master') WITH NO_INFOMSGS
----
error 7983: User 'dp_clerk' does not have permission to run DBCC checkdb for database 'master'.

statement error 7983
DBCC CHECKALLOC
----
error 7983: User 'dp_clerk' does not have permission to run DBCC checkalloc for database 'dp_db'.

statement error 7983
DBCC CHECKCATALOG
----
error 7983: User 'dp_clerk' does not have permission to run DBCC checkcatalog for database 'dp_db'.

statement error 7983
DBCC CHECKCONSTRAINTS
----
error 7983: User 'dp_clerk' does not have permission to run DBCC checkconstraints for database 'dp_db'.

statement error 7983
DBCC OPENTRAN
----
error 7983: User 'dp_clerk' does not have permission to run DBCC opentran for database 'dp_db'.

statement error 7983
DBCC UPDATEUSAGE (0)
----
error 7983: User 'dp_clerk' does not have permission to run DBCC updateusage for database 'dp_db'.

statement error 7983
DBCC SHRINKFILE (1)
----
error 7983: User 'dp_clerk' does not have permission to run DBCC shrinkfile for database 'dp_db'.

statement error 7983
DBCC SHRINKDATABASE (0)
----
error 7983: User 'dp_clerk' does not have permission to run DBCC shrinkdatabase for database 'dp_db'.

statement error 2557
DBCC CHECKTABLE (dp_t)
----
error 2557: User 'dp_clerk' does not have permission to run DBCC checktable for object 'dp_t'.

statement error 2571
DBCC FREEPROCCACHE
----
error 2571: User 'dp_clerk' does not have permission to run DBCC freeproccache.

statement error 2571
DBCC TRACEON (3604)
----
error 2571: User 'dp_clerk' does not have permission to run DBCC TRACEON.

statement error 2571
DBCC TRACEOFF (3604)
----
error 2571: User 'dp_clerk' does not have permission to run DBCC TRACEOFF.

statement error 297
DBCC SQLPERF (LOGSPACE)
----
error 297: The user does not have permission to perform this action.

statement error 2571
DBCC SQLPERF ('sys.dm_os_wait_stats', CLEAR)
----
error 2571: User 'dp_clerk' does not have permission to run DBCC SQLPERF.

statement error 2571
DBCC INPUTBUFFER (1)
----
error 2571: User 'dp_clerk' does not have permission to run DBCC INPUTBUFFER.

statement error 229
DBCC SHOW_STATISTICS ('dp_t', st_v)
----
error 229: The SELECT permission was denied on the object 'dp_t', database 'dp_db', schema 'dbo'.

# What anyone may run: their own input buffer, USEROPTIONS, TRACESTATUS.
query T
DECLARE @s int = @@SPID
DECLARE @b TABLE (t nvarchar(30), p smallint, i nvarchar(4000))
INSERT INTO @b EXEC ('DBCC INPUTBUFFER (' + CAST(@@SPID AS varchar(10)) + ') WITH NO_INFOMSGS')
SELECT t FROM @b
----
Language Event

statement ok
DBCC TRACESTATUS WITH NO_INFOMSGS

statement ok
REVERT

statement ok
GRANT SELECT ON dp_t TO dp_clerk

statement ok
EXECUTE AS LOGIN = 'dp_clerk'

statement ok
DBCC SHOW_STATISTICS ('dp_t', st_v) WITH STAT_HEADER, NO_INFOMSGS

statement ok
REVERT

# db_owner runs the database checks; db_ddladmin CHECKTABLE.
statement ok
EXECUTE AS LOGIN = 'dp_owner'

statement ok
DBCC CHECKDB WITH NO_INFOMSGS

statement ok
DBCC CHECKTABLE (dp_t) WITH NO_INFOMSGS

statement ok
DBCC OPENTRAN WITH NO_INFOMSGS

statement error 2571
DBCC TRACEON (3604)
----
error 2571: User 'dp_owner' does not have permission to run DBCC TRACEON.

statement ok
REVERT

statement ok
EXECUTE AS LOGIN = 'dp_ddl'

statement ok
DBCC CHECKTABLE ('dp_t') WITH NO_INFOMSGS

statement error 7983
DBCC CHECKDB WITH NO_INFOMSGS
----
error 7983: User 'dp_ddl' does not have permission to run DBCC checkdb for database 'dp_db'.

statement ok
REVERT

statement ok
USE master

statement ok
DROP DATABASE dp_db

statement ok
DROP LOGIN dp_clerk

statement ok
DROP LOGIN dp_owner

statement ok
DROP LOGIN dp_ddl
