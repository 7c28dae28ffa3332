# Change tracking survives a restart: settings, table records, changes and the version counter
# (the restart test runs every block in a new engine; each block names its database).
statement ok
CREATE DATABASE ct_durable

statement ok
ALTER DATABASE ct_durable SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 90 MINUTES)

statement ok
USE ct_durable
CREATE TABLE d (k varchar(10) PRIMARY KEY, v int)
ALTER TABLE d ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = ON)
----
! Changed database context to 'ct_durable'.

statement ok
USE ct_durable
INSERT INTO d VALUES ('a', 1), ('B', 2)
----
! Changed database context to 'ct_durable'.

statement ok
USE ct_durable
UPDATE d SET v = 3 WHERE k = 'b'
----
! Changed database context to 'ct_durable'.

query IIIT
USE ct_durable
SELECT d.database_id - DB_ID('ct_durable'), d.is_auto_cleanup_on, d.retention_period, d.retention_period_units_desc FROM sys.change_tracking_databases AS d WHERE d.database_id = DB_ID('ct_durable')
----
! Changed database context to 'ct_durable'.
0	1	90	MINUTES

query IIII
USE ct_durable
SELECT t.object_id - OBJECT_ID('d'), t.is_track_columns_updated_on, t.begin_version, t.min_valid_version FROM sys.change_tracking_tables AS t
----
! Changed database context to 'ct_durable'.
0	1	0	0

query TTII rowsort
USE ct_durable
SELECT c.k, c.SYS_CHANGE_OPERATION, c.SYS_CHANGE_VERSION, CHANGE_TRACKING_CURRENT_VERSION() FROM CHANGETABLE(CHANGES d, 1) AS c
----
B	U	2	2
! Changed database context to 'ct_durable'.

statement ok
USE ct_durable
DELETE FROM d WHERE k = 'a'
----
! Changed database context to 'ct_durable'.

query TTI rowsort
USE ct_durable
SELECT c.k, c.SYS_CHANGE_OPERATION, c.SYS_CHANGE_VERSION FROM CHANGETABLE(CHANGES d, 0) AS c
----
B	I	2
a	D	3
! Changed database context to 'ct_durable'.

statement ok
USE ct_durable
ALTER TABLE d DISABLE CHANGE_TRACKING
ALTER DATABASE ct_durable SET CHANGE_TRACKING = OFF
----
! Changed database context to 'ct_durable'.

query I
SELECT COUNT(*) FROM sys.change_tracking_databases WHERE database_id = DB_ID('ct_durable')
----
0

statement ok
USE master
DROP DATABASE ct_durable
----
! Changed database context to 'master'.
