# System-versioned temporal tables: the period and its GENERATED ALWAYS columns, SYSTEM_VERSIONING
# ON (history table named, created or checked) and OFF, what a versioned table and its history
# table refuse, and the catalog views that show them.
statement ok
CREATE TABLE dept (id int PRIMARY KEY, name varchar(20) NOT NULL, ValidFrom datetime2 GENERATED ALWAYS AS ROW START NOT NULL, ValidTo datetime2 GENERATED ALWAYS AS ROW END NOT NULL, PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.dept_history))

query TITI rowsort
SELECT t.name, t.temporal_type, t.temporal_type_desc, CASE WHEN t.history_table_id = h.object_id THEN 1 ELSE 0 END FROM sys.tables AS t LEFT JOIN sys.tables AS h ON h.name = 'dept_history' WHERE t.name IN ('dept', 'dept_history')
----
dept	2	SYSTEM_VERSIONED_TEMPORAL_TABLE	1
dept_history	1	HISTORY_TABLE	0

query TIIT rowsort
SELECT c.name, c.is_hidden, c.generated_always_type, c.generated_always_type_desc FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name = 'dept'
----
ValidFrom	0	1	AS_ROW_START
ValidTo	0	2	AS_ROW_END
id	0	0	NOT_APPLICABLE
name	0	0	NOT_APPLICABLE

query TITII
SELECT p.name, p.period_type, p.period_type_desc, CASE WHEN p.start_column_id = 3 THEN 1 ELSE 0 END, p.end_column_id FROM sys.periods AS p JOIN sys.tables AS t ON t.object_id = p.object_id WHERE t.name = 'dept'
----
SYSTEM_TIME	1	SYSTEM_TIME_PERIOD	1	4

query TITI rowsort
SELECT c.name, c.column_id, TYPE_NAME(c.system_type_id), c.is_nullable FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name = 'dept_history'
----
ValidFrom	3	datetime2	0
ValidTo	4	datetime2	0
id	1	int	0
name	2	varchar	0

query II
SELECT history_retention_period, history_retention_period_unit FROM sys.tables WHERE name = 'dept'
----
-1	-1

# The history table without HISTORY_TABLE is named after the table's object_id, as in SQL Server.
statement ok
CREATE TABLE anon (id int PRIMARY KEY, v int, SysStart datetime2(0) GENERATED ALWAYS AS ROW START HIDDEN, SysEnd datetime2(0) GENERATED ALWAYS AS ROW END HIDDEN, PERIOD FOR SYSTEM_TIME (SysStart, SysEnd)) WITH (SYSTEM_VERSIONING = ON (HISTORY_RETENTION_PERIOD = 6 MONTHS))

query I
SELECT COUNT(*) FROM sys.tables AS t JOIN sys.tables AS h ON h.object_id = t.history_table_id WHERE t.name = 'anon' AND h.name = 'MSSQL_TemporalHistoryFor_' + CAST(t.object_id AS varchar(12)) AND h.temporal_type = 1
----
1

query IIT
SELECT history_retention_period, history_retention_period_unit, history_retention_period_unit_desc FROM sys.tables WHERE name = 'anon'
----
6	5	MONTH

# HIDDEN period columns: not in SELECT *, not in an INSERT without a column list, there by name.
query III
INSERT INTO anon VALUES (1, 10)
SELECT *, CASE WHEN SysEnd = '9999-12-31 23:59:59' THEN 1 ELSE 0 END FROM anon
----
1	10	1

query I
SELECT CASE WHEN SysStart <= SYSUTCDATETIME() AND SysStart > DATEADD(minute, -5, SYSUTCDATETIME()) THEN 1 ELSE 0 END FROM anon
----
1

# Visible period columns: INSERT gives them DEFAULT or leaves them out; a value is 13536.
statement ok
INSERT INTO dept (id, name) VALUES (1, 'sales')
INSERT INTO dept VALUES (2, 'ops', DEFAULT, DEFAULT)

statement error 13536
INSERT INTO dept (id, name, ValidFrom) VALUES (3, 'x', SYSUTCDATETIME())
----
error 13536: Cannot insert an explicit value into a GENERATED ALWAYS column in table 'master.dbo.dept'. Use INSERT with a column list to exclude the GENERATED ALWAYS column, or insert a DEFAULT into GENERATED ALWAYS column.

statement error 13536
INSERT INTO dept VALUES (3, 'x', '2020-01-01', DEFAULT)
----
error 13536: Cannot insert an explicit value into a GENERATED ALWAYS column in table 'master.dbo.dept'. Use INSERT with a column list to exclude the GENERATED ALWAYS column, or insert a DEFAULT into GENERATED ALWAYS column.

statement error 13537
UPDATE dept SET ValidTo = '2020-01-01' WHERE id = 1
----
error 13537: Cannot update GENERATED ALWAYS columns in table 'master.dbo.dept'.

query ITI rowsort
SELECT id, name, CASE WHEN ValidTo = '9999-12-31 23:59:59.9999999' THEN 1 ELSE 0 END FROM dept
----
1	sales	1
2	ops	1

# UPDATE and DELETE keep the old version in the history table, ending when the new one starts.
query ITI rowsort
UPDATE dept SET name = 'sales2' WHERE id = 1
DELETE FROM dept WHERE id = 2
SELECT h.id, h.name, CASE WHEN h.ValidTo >= h.ValidFrom THEN 1 ELSE 0 END FROM dept_history AS h
----
1	sales	1
2	ops	1

query I
SELECT COUNT(*) FROM dept AS d JOIN dept_history AS h ON h.id = d.id WHERE h.ValidTo = d.ValidFrom
----
1

# The history table takes no writes but the system's while versioning is ON.
statement error 13559
INSERT INTO dept_history VALUES (9, 'x', '2020-01-01', '2020-01-02')
----
error 13559: Cannot insert rows in a temporal history table 'master.dbo.dept_history'.

statement error 13561
UPDATE dept_history SET name = 'y'
----
error 13561: Cannot update rows in a temporal history table 'master.dbo.dept_history'.

statement error 13560
DELETE FROM dept_history
----
error 13560: Cannot delete rows from a temporal history table 'master.dbo.dept_history'.

statement error 13562
MERGE dept_history AS h USING (SELECT 1 AS id) AS s ON h.id = s.id WHEN MATCHED THEN DELETE;
----
error 13562: Cannot perform MERGE operation on temporal history table 'master.dbo.dept_history'.

# Neither table can be dropped or truncated while versioning is ON.
statement error 13552
DROP TABLE dept
----
error 13552: Drop table operation failed on table 'master.dbo.dept' because it is not a supported operation on system-versioned temporal tables.

statement error 13552
DROP TABLE dept_history
----
error 13552: Drop table operation failed on table 'master.dbo.dept_history' because it is not a supported operation on system-versioned temporal tables.

statement error 13545
TRUNCATE TABLE dept
----
error 13545: Truncate failed on table 'master.dbo.dept' because it is not a supported operation on system-versioned tables.

statement error 13596
ALTER TABLE dept SET (SYSTEM_VERSIONING = ON)
----
error 13596: SYSTEM_VERSIONING is already turned ON for table 'master.dbo.dept'.

statement error 13551
ALTER TABLE dept_history DROP COLUMN name
----
error 13551: Drop column operation failed on table 'master.dbo.dept_history' because it is not a supported operation on system-versioned temporal tables.

statement error 13550
ALTER TABLE dept_history ADD extra int NULL
----
error 13550: Add column operation failed on table 'master.dbo.dept_history' because it is not a supported operation on system-versioned temporal tables.

# ADD COLUMN on a versioned table adds it to the history table too.
query TI rowsort
ALTER TABLE dept ADD budget int NULL
UPDATE dept SET budget = 5 WHERE id = 1
SELECT name, budget FROM dept_history
----
ops	NULL
sales	NULL
sales2	NULL

# OFF: both become ordinary tables; the period stays on the table.
statement ok
ALTER TABLE dept SET (SYSTEM_VERSIONING = OFF)

query TI rowsort
SELECT name, temporal_type FROM sys.tables WHERE name IN ('dept', 'dept_history')
----
dept	0
dept_history	0

query I
SELECT COUNT(*) FROM sys.periods AS p JOIN sys.tables AS t ON t.object_id = p.object_id WHERE t.name = 'dept'
----
1

statement error 13591
ALTER TABLE dept SET (SYSTEM_VERSIONING = OFF)
----
error 13591: SYSTEM_VERSIONING is not turned ON for table 'master.dbo.dept'.

# Without versioning, history is not kept, but the period columns are still GENERATED ALWAYS.
query I
UPDATE dept SET name = 'sales3' WHERE id = 1
INSERT INTO dept_history (id, name, ValidFrom, ValidTo, budget) VALUES (50, 'old', '2001-01-01', '2002-01-01', NULL)
SELECT COUNT(*) FROM dept_history
----
4

statement error 13536
INSERT INTO dept (id, name, ValidFrom) VALUES (7, 'x', '2020-01-01')
----
error 13536: Cannot insert an explicit value into a GENERATED ALWAYS column in table 'master.dbo.dept'. Use INSERT with a column list to exclude the GENERATED ALWAYS column, or insert a DEFAULT into GENERATED ALWAYS column.

# ON again over the existing history table: it is checked, then used.
statement ok
ALTER TABLE dept SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.dept_history, DATA_CONSISTENCY_CHECK = ON))

query I
SELECT temporal_type FROM sys.tables WHERE name = 'dept_history'
----
1

# A history table must match the table column for column.
statement ok
CREATE TABLE h_short (id int NOT NULL, name varchar(20) NOT NULL)
CREATE TABLE h_name (id int NOT NULL, title varchar(20) NOT NULL, ValidFrom datetime2 NOT NULL, ValidTo datetime2 NOT NULL)
CREATE TABLE h_type (id int NOT NULL, name varchar(30) NOT NULL, ValidFrom datetime2 NOT NULL, ValidTo datetime2 NOT NULL)
CREATE TABLE h_null (id int NOT NULL, name varchar(20) NULL, ValidFrom datetime2 NOT NULL, ValidTo datetime2 NOT NULL)
CREATE TABLE h_key (id int PRIMARY KEY, name varchar(20) NOT NULL, ValidFrom datetime2 NOT NULL, ValidTo datetime2 NOT NULL)
CREATE TABLE t2 (id int PRIMARY KEY, name varchar(20) NOT NULL, ValidFrom datetime2 GENERATED ALWAYS AS ROW START, ValidTo datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo))

statement error 13523
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.h_short))
----
error 13523: Setting SYSTEM_VERSIONING to ON failed because table 'master.dbo.t2' has 4 columns and table 'master.dbo.h_short' has 2 columns.

statement error 13524
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.h_name))
----
error 13524: Setting SYSTEM_VERSIONING to ON failed because column 'title' at ordinal 2 in history table 'master.dbo.h_name' has a different name than the column 'name' at the same ordinal in table 'master.dbo.t2'.

statement error 13525
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.h_type))
----
error 13525: Setting SYSTEM_VERSIONING to ON failed because column 'name' has data type varchar(30) in history table 'master.dbo.h_type' which is different from corresponding column type varchar(20) in table 'master.dbo.t2'.

statement error 13531
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.h_null))
----
error 13531: Setting SYSTEM_VERSIONING to ON failed because column 'name' does not have the same nullability attribute in tables 'master.dbo.t2' and 'master.dbo.h_null'.

statement error 13515
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.h_key))
----
error 13515: Setting SYSTEM_VERSIONING to ON failed because history table 'master.dbo.h_key' has custom unique keys defined. Consider dropping all unique keys and trying again.

statement error 13514
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.dept_history))
----
error 13514: History table 'master.dbo.dept_history' is already in use.

statement error 13539
ALTER TABLE t2 SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = h_short))
----
error 13539: Setting SYSTEM_VERSIONING to ON failed because history table 'h_short' is not specified in two-part name format.

# Definition errors.
statement error 13509
CREATE TABLE bad1 (id int PRIMARY KEY, s datetime2 GENERATED ALWAYS AS ROW START)
----
error 13509: Cannot create generated always column when SYSTEM_TIME period is not defined.

statement error 13505
CREATE TABLE bad2 (id int PRIMARY KEY, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2, PERIOD FOR SYSTEM_TIME (s, e))
----
error 13505: Temporal 'GENERATED ALWAYS AS ROW END' column definition missing.

statement error 13506
CREATE TABLE bad3 (id int PRIMARY KEY, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, x datetime2, PERIOD FOR SYSTEM_TIME (x, e))
----
error 13506: System-versioned table SYSTEM_TIME period definition start column name not matching 'GENERATED ALWAYS AS ROW START' column name.

statement error 13501
CREATE TABLE bad4 (id int PRIMARY KEY, s datetime GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e))
----
error 13501: Temporal generated always column 's' has invalid data type.

statement error 13587
CREATE TABLE bad5 (id int PRIMARY KEY, s datetime2 GENERATED ALWAYS AS ROW START NULL, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e))
----
error 13587: Period column 's' in a system-versioned temporal table cannot be nullable.

statement error 13510
CREATE TABLE bad6 (id int PRIMARY KEY) WITH (SYSTEM_VERSIONING = ON)
----
error 13510: Cannot set SYSTEM_VERSIONING to ON when SYSTEM_TIME period is not defined.

statement error 13553
CREATE TABLE bad7 (id int, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e)) WITH (SYSTEM_VERSIONING = ON)
----
error 13553: System versioned temporal table 'master.dbo.bad7' must have primary key defined.

statement error 13744
CREATE TABLE bad8 (id int PRIMARY KEY, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e)) WITH (SYSTEM_VERSIONING = ON (HISTORY_RETENTION_PERIOD = 3 FORTNIGHTS))
----
error 13744: 'FORTNIGHTS' is not a valid history retention period unit for system versioning.

# An existing table made temporal: ADD the period columns (existing rows take their defaults).
statement ok
CREATE TABLE prices (id int PRIMARY KEY, price money)
INSERT INTO prices VALUES (1, 9.50)
ALTER TABLE prices ADD ValidFrom datetime2 GENERATED ALWAYS AS ROW START HIDDEN CONSTRAINT DF_prices_from DEFAULT SYSUTCDATETIME(), ValidTo datetime2 GENERATED ALWAYS AS ROW END HIDDEN CONSTRAINT DF_prices_to DEFAULT CONVERT(datetime2, '9999-12-31 23:59:59.9999999'), PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo)
ALTER TABLE prices SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.prices_history))
UPDATE prices SET price = 10.00

query IRI
SELECT id, price, CASE WHEN ValidFrom < ValidTo THEN 1 ELSE 0 END FROM prices_history
----
1	9.5000	1

query IRI
SELECT *, CASE WHEN ValidTo = '9999-12-31 23:59:59.9999999' THEN 1 ELSE 0 END FROM prices
----
1	10.0000	1

# Dropping: versioning OFF, then both tables are ordinary.
statement ok
ALTER TABLE prices SET (SYSTEM_VERSIONING = OFF)
ALTER TABLE prices DROP PERIOD FOR SYSTEM_TIME
DROP TABLE prices
DROP TABLE prices_history

query I
SELECT COUNT(*) FROM sys.tables WHERE name LIKE 'prices%'
----
0

# ADD PERIOD over datetime2 columns the table has: they become its period columns.
statement ok
CREATE TABLE legacy (id int PRIMARY KEY, v int, since datetime2 NOT NULL DEFAULT '2001-01-01', till datetime2 NOT NULL DEFAULT '9999-12-31 23:59:59.9999999')
INSERT INTO legacy (id, v) VALUES (1, 1)
ALTER TABLE legacy ADD PERIOD FOR SYSTEM_TIME (since, till)
ALTER TABLE legacy SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.legacy_history))
UPDATE legacy SET v = 2

query IIT
SELECT id, v, CONVERT(varchar(30), since, 121) FROM legacy_history
----
1	1	2001-01-01 00:00:00.0000000

query TI rowsort
SELECT c.name, c.generated_always_type FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name = 'legacy'
----
id	0
since	1
till	2
v	0

statement error 13508
ALTER TABLE legacy ADD PERIOD FOR SYSTEM_TIME (since, till)
----
error 13508: System-versioned table cannot have more than one SYSTEM_TIME period definition.

# A cascading delete from a parent keeps the versioned child's rows in its history.
statement ok
CREATE TABLE parent (id int PRIMARY KEY)
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) ON DELETE CASCADE, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e)) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.child_history))
INSERT INTO parent VALUES (1)
INSERT INTO child (id, parent_id) VALUES (10, 1)
DELETE FROM parent

query III
SELECT id, parent_id, CASE WHEN e > s THEN 1 ELSE 0 END FROM child_history
----
10	1	1

# The history table SYSTEM_VERSIONING creates is clustered on (end, start) by ix_<name>.
query TTI
SELECT i.name, i.type_desc, i.is_unique FROM sys.indexes AS i JOIN sys.tables AS t ON t.object_id = i.object_id WHERE t.name = 'child_history'
----
ix_child_history	CLUSTERED	0
