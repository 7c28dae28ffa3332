# ALTER DATABASE … SET as SSMS's "Script Database as" and migrations write it: options are kept in
# the catalog and shown by sys.databases; the values that would change who may connect or whether
# the database can be written are refused.
statement ok
CREATE DATABASE opts

query TIITITI
SELECT name, compatibility_level, recovery_model, recovery_model_desc, is_read_committed_snapshot_on, snapshot_isolation_state_desc, is_auto_close_on FROM sys.databases WHERE name IN ('opts', 'tempdb') ORDER BY name
----
opts	160	1	FULL	0	OFF	0
tempdb	160	3	SIMPLE	0	OFF	0

statement ok
ALTER DATABASE [opts] SET COMPATIBILITY_LEVEL = 150

statement ok
ALTER DATABASE opts SET RECOVERY SIMPLE, PAGE_VERIFY CHECKSUM, AUTO_CLOSE OFF, AUTO_SHRINK OFF WITH NO_WAIT

statement ok
ALTER DATABASE opts SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE

statement ok
ALTER DATABASE opts SET ALLOW_SNAPSHOT_ISOLATION ON

statement ok
ALTER DATABASE opts SET ANSI_NULL_DEFAULT OFF

statement ok
ALTER DATABASE opts SET ANSI_NULLS OFF

statement ok
ALTER DATABASE opts SET AUTO_CREATE_STATISTICS ON(INCREMENTAL = OFF)

statement ok
ALTER DATABASE opts SET MULTI_USER

statement ok
ALTER DATABASE opts SET READ_WRITE

statement ok
ALTER DATABASE opts SET TARGET_RECOVERY_TIME = 2 MINUTES

statement ok
ALTER DATABASE opts SET QUERY_STORE = ON (OPERATION_MODE = READ_WRITE)

statement ok
ALTER DATABASE opts SET DELAYED_DURABILITY = DISABLED

query TIITITITII
SELECT name, compatibility_level, recovery_model, recovery_model_desc, is_read_committed_snapshot_on, snapshot_isolation_state_desc, is_auto_close_on, page_verify_option_desc, target_recovery_time_in_seconds, is_query_store_on FROM sys.databases WHERE name = 'opts'
----
opts	150	3	SIMPLE	1	ON	0	CHECKSUM	120	1

# A rolled-back ALTER DATABASE leaves the options as they were.
statement ok
BEGIN TRAN; ALTER DATABASE opts SET RECOVERY BULK_LOGGED; ROLLBACK

query T
SELECT recovery_model_desc FROM sys.databases WHERE name = 'opts'
----
SIMPLE

statement ok
USE opts

statement ok
ALTER DATABASE CURRENT SET RECOVERY FULL

query T
SELECT recovery_model_desc FROM sys.databases WHERE database_id = DB_ID()
----
FULL

statement ok
USE master

statement error 15048
ALTER DATABASE opts SET COMPATIBILITY_LEVEL = 90
----
error 15048: Valid values of the database compatibility level are 100, 110, 120, 130, 140, 150, or 160.

statement error 40517
ALTER DATABASE opts SET SINGLE_USER WITH ROLLBACK IMMEDIATE
----
error 40517: Keyword or statement option 'ALTER DATABASE SET SINGLE_USER' is not supported in this version of SQL Server.

statement error 40517
ALTER DATABASE opts SET READ_ONLY
----
error 40517: Keyword or statement option 'ALTER DATABASE SET READ_ONLY' is not supported in this version of SQL Server.

statement error 5058
ALTER DATABASE tempdb SET RECOVERY FULL
----
error 5058: Option 'RECOVERY' cannot be set in database 'tempdb'.

statement error 5011
ALTER DATABASE nope SET RECOVERY SIMPLE
----
error 5011: User does not have permission to alter database 'nope', the database does not exist, or the database is not in a state that allows access checks.
error 5069: ALTER DATABASE statement failed.

statement error 102
ALTER DATABASE opts SET RECOVERY SOMETIMES
----
error 102: Incorrect syntax near 'SOMETIMES'.

# CHECKPOINT writes the committed changes from the log to the data files.
statement ok
CREATE TABLE cp_rows (id int PRIMARY KEY); INSERT cp_rows VALUES (1), (2); CHECKPOINT

statement ok
CHECKPOINT 10

query I
SELECT COUNT(*) FROM cp_rows
----
2

# DBCC SHRINKDATABASE / SHRINKFILE compact the store; the row names the data file and its pages.
statement ok
DELETE cp_rows

statement ok
CREATE TABLE shrunk (DbId smallint, FileId int, CurrentSize int, MinimumSize int, UsedPages int, EstimatedPages int)

statement ok
INSERT shrunk EXEC ('DBCC SHRINKDATABASE (0) WITH NO_INFOMSGS')

query II
SELECT DbId, FileId FROM shrunk
----
1	1

statement ok
INSERT shrunk EXEC ('DBCC SHRINKFILE (1, 10) WITH NO_INFOMSGS')

query I
SELECT COUNT(*) FROM shrunk WHERE CurrentSize >= 0 AND UsedPages = CurrentSize
----
2

statement error 2520
DBCC SHRINKDATABASE (N'nope')
----
error 2520: Could not find database 'nope'. The database either does not exist, or was dropped before a statement tried to use it. Verify if the database exists by querying the sys.databases catalog view.
