# Change tracking: enabling on a database and tables, versions per commit, CHANGETABLE, errors.
# no-restart: the blocks share USE ct_db and an open transaction's rollback (durable.sql restarts)
statement ok
CREATE DATABASE ct_db

statement ok
USE ct_db

statement error 1718
CREATE TABLE early (id int PRIMARY KEY)
ALTER TABLE early ENABLE CHANGE_TRACKING
----
error 1718: Change tracking must be enabled on database 'ct_db' before it can be enabled on table 'early'.

statement error 5089
ALTER DATABASE ct_db SET CHANGE_TRACKING = OFF
----
error 5089: Change tracking is disabled for database 'ct_db'. Change tracking must be enabled on a database to modify change tracking settings.
error 5069: ALTER DATABASE statement failed.

statement ok
ALTER DATABASE ct_db SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 3 HOURS, AUTO_CLEANUP = OFF)

statement error 5088
ALTER DATABASE ct_db SET CHANGE_TRACKING = ON
----
error 5088: Change tracking is already enabled for database 'ct_db'.
error 5069: ALTER DATABASE statement failed.

statement error 5091
ALTER DATABASE ct_db SET CHANGE_TRACKING (AUTO_CLEANUP = ON, AUTO_CLEANUP = OFF)
----
error 5091: ALTER DATABASE change tracking option 'AUTO_CLEANUP' was specified more than once. Each option can be specified only once.

statement error 155
ALTER DATABASE ct_db SET CHANGE_TRACKING (CHANGE_RETENTION = 2 DAY)
----
error 155: 'DAY' is not a recognized CHANGE RETENTION UNIT option.

statement error 5092
ALTER DATABASE ct_db SET CHANGE_TRACKING (CHANGE_RETENTION = 0 MINUTES)
----
error 5092: The value for change tracking option 'CHANGE_RETENTION' is not valid. The value must be between 1 and 2147483647 minutes.

statement error 5090
ALTER DATABASE master SET CHANGE_TRACKING = ON
----
error 5090: Database 'master' is a system database. Change tracking settings cannot be modified for system databases.
error 5069: ALTER DATABASE statement failed.

query I
SELECT CHANGE_TRACKING_CURRENT_VERSION()
----
0

statement ok
CREATE TABLE t (id int PRIMARY KEY, a int, b varchar(10))
CREATE TABLE heap (id int, a int)
CREATE TABLE untracked (id int PRIMARY KEY)

statement error 4997
ALTER TABLE heap ENABLE CHANGE_TRACKING
----
error 4997: Cannot enable change tracking on table 'heap'. Change tracking requires a primary key on the table. Create a primary key on the table before enabling change tracking.

statement ok
ALTER TABLE t ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = ON)

statement error 4996
ALTER TABLE t ENABLE CHANGE_TRACKING
----
error 4996: Change tracking is already enabled for table 't'.

statement error 4998
ALTER TABLE untracked DISABLE CHANGE_TRACKING
----
error 4998: Change tracking is not enabled on table 'untracked'.

statement error 22105
SELECT * FROM CHANGETABLE(CHANGES dbo.untracked, 0) AS c
----
error 22105: Change tracking is not enabled on table 'dbo.untracked'.

statement error 22104
SELECT * FROM CHANGETABLE(CHANGES t, 0)
----
error 22104: A table returned by the CHANGETABLE function must be aliased.

statement error 22115
ALTER DATABASE ct_db SET CHANGE_TRACKING = OFF
----
error 22115: Change tracking is enabled for one or more tables in database 'ct_db'. Disable change tracking on each table before disabling it for the database. Use the sys.change_tracking_tables catalog view to obtain a list of tables for which change tracking is enabled.
error 5069: ALTER DATABASE statement failed.

# One version per committed transaction: two statements in one transaction share it.
statement ok
INSERT INTO t VALUES (1, 10, 'x'), (2, 20, 'y')
BEGIN TRAN
INSERT INTO t VALUES (3, 30, 'z')
UPDATE t SET a = 11 WHERE id = 1
COMMIT
INSERT INTO untracked VALUES (1)

query I
SELECT CHANGE_TRACKING_CURRENT_VERSION()
----
2

query IIIT rowsort
SELECT c.id, c.SYS_CHANGE_VERSION, c.SYS_CHANGE_CREATION_VERSION, c.SYS_CHANGE_OPERATION FROM CHANGETABLE(CHANGES t, 0) AS c
----
1	2	1	I
2	1	1	I
3	2	2	I

# Since version 1: row 1 was updated (column a only), row 3 inserted.
query ITII rowsort
SELECT c.id, c.SYS_CHANGE_OPERATION, CHANGE_TRACKING_IS_COLUMN_IN_MASK(COLUMNPROPERTY(OBJECT_ID('t'), 'a', 'ColumnId'), c.SYS_CHANGE_COLUMNS), CHANGE_TRACKING_IS_COLUMN_IN_MASK(COLUMNPROPERTY(OBJECT_ID('t'), 'b', 'ColumnId'), c.SYS_CHANGE_COLUMNS) FROM CHANGETABLE(CHANGES t, 1) AS c
----
1	U	1	0
3	I	1	1

# A rolled-back transaction leaves no change and takes no version.
statement ok
BEGIN TRAN
DELETE FROM t WHERE id = 2
ROLLBACK

query I
SELECT CHANGE_TRACKING_CURRENT_VERSION()
----
2

# Delete, and a primary key update: the old key deleted, the new one inserted.
statement ok
DELETE FROM t WHERE id = 2
UPDATE t SET id = 4 WHERE id = 3

query ITI rowsort
SELECT c.id, c.SYS_CHANGE_OPERATION, c.SYS_CHANGE_VERSION FROM CHANGETABLE(CHANGES t, 2) AS c
----
2	D	3
3	D	4
4	I	4

query II
SELECT COUNT(*), MAX(SYS_CHANGE_VERSION) FROM CHANGETABLE(CHANGES t, 4) AS c
----
0	NULL

query IIT
SELECT v.id, v.SYS_CHANGE_VERSION, v.SYS_CHANGE_CONTEXT FROM CHANGETABLE(VERSION t, (id), (1)) AS v
----
1	2	NULL

query II
SELECT v.id, v.SYS_CHANGE_VERSION FROM CHANGETABLE(VERSION t, (id), (99)) AS v
----
99	NULL

statement error 22110
SELECT * FROM CHANGETABLE(VERSION t, (id, id), (1, 2)) AS v
----
error 22110: The number of columns specified in the CHANGETABLE(VERSION ...) function does not match the number of primary key columns for table 't'.

statement error 22103
SELECT * FROM CHANGETABLE(VERSION t, (id), (1, 2)) AS v
----
error 22103: The arguments supplied are not valid for the VERSION option of the CHANGETABLE function.

statement error 22107
CREATE VIEW vt AS SELECT id FROM t
;SELECT * FROM CHANGETABLE(CHANGES vt, 0) AS c
----
error 22107: Object 'vt' is of a data type that is not supported by the CHANGETABLE function. The object must be a user-defined table.

statement error 22114
ALTER DATABASE ct_db SET CHANGE_TRACKING (AUTO_CLEANUP = ON), RECOVERY SIMPLE
----
error 22114: Change tracking options for ALTER DATABASE cannot be combined with other ALTER DATABASE options.
error 5069: ALTER DATABASE statement failed.

statement error 22111
SELECT * FROM CHANGETABLE(VERSION t, (a), (1)) AS v
----
error 22111: The column 'a' specified in the CHANGETABLE(VERSION ...) function is not part of the primary key for table 't'.

query II
SELECT CHANGE_TRACKING_MIN_VALID_VERSION(OBJECT_ID('t')), CHANGE_TRACKING_MIN_VALID_VERSION(OBJECT_ID('untracked'))
----
0	NULL

# MERGE is tracked like the statements it runs.
statement ok
MERGE t AS d USING (VALUES (1, 12), (5, 50)) AS s (id, a) ON d.id = s.id
WHEN MATCHED THEN UPDATE SET a = s.a
WHEN NOT MATCHED THEN INSERT (id, a, b) VALUES (s.id, s.a, 'm');

query ITI rowsort
SELECT c.id, c.SYS_CHANGE_OPERATION, c.SYS_CHANGE_VERSION FROM CHANGETABLE(CHANGES t, 4) AS c
----
1	U	5
5	I	5

# WITH CHANGE_TRACKING_CONTEXT: the change records the context (varbinary(128) at most).
statement ok
DECLARE @ctx varbinary(128) = CAST('app1' AS varbinary(128))
;WITH CHANGE_TRACKING_CONTEXT (@ctx) UPDATE t SET b = 'c' WHERE id = 5

query IT rowsort
SELECT c.id, CAST(c.SYS_CHANGE_CONTEXT AS varchar(10)) FROM CHANGETABLE(CHANGES t, 5) AS c
----
5	app1

query IIT
SELECT v.id, v.SYS_CHANGE_VERSION, CAST(v.SYS_CHANGE_CONTEXT AS varchar(10)) FROM CHANGETABLE(VERSION t, (id), (5)) AS v
----
5	6	app1

statement error 22109
DECLARE @n nvarchar(10) = N'x'
;WITH CHANGE_TRACKING_CONTEXT (@n) DELETE FROM t WHERE id = 99
----
error 22109: The "context" argument for the CHANGE_TRACKING_CONTEXT WITH clause must be of type varbinary data type with a maximum length of 128.

statement error 156
WITH CHANGE_TRACKING_CONTEXT (0x01) EXEC sp_who

query IIIII
SELECT object_id - OBJECT_ID('t'), is_track_columns_updated_on, begin_version, min_valid_version, cleanup_version FROM sys.change_tracking_tables
----
0	1	0	0	0

query IITI
SELECT COUNT(*), MAX(CAST(is_auto_cleanup_on AS int)), MAX(retention_period_units_desc), MAX(retention_period) FROM sys.change_tracking_databases WHERE database_id = DB_ID()
----
1	0	HOURS	3

# TRUNCATE keeps no per-row change: older versions become invalid.
statement ok
TRUNCATE TABLE t

query III
SELECT CHANGE_TRACKING_CURRENT_VERSION(), CHANGE_TRACKING_MIN_VALID_VERSION(OBJECT_ID('t')), (SELECT COUNT(*) FROM CHANGETABLE(CHANGES t, 0) AS c)
----
7	7	0

statement ok
ALTER TABLE t DISABLE CHANGE_TRACKING

statement error 22105
SELECT * FROM CHANGETABLE(CHANGES t, 0) AS c
----
error 22105: Change tracking is not enabled on table 't'.

statement ok
ALTER DATABASE ct_db SET CHANGE_TRACKING = OFF

query I
SELECT CHANGE_TRACKING_CURRENT_VERSION()
----
NULL

statement ok
USE master
DROP DATABASE ct_db
