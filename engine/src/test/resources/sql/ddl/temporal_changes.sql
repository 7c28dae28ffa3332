# Changes around system-versioned temporal tables: DATA_CONSISTENCY_CHECK over an existing history
# table, DROP COLUMN and ALTER COLUMN passed on to the history table, ALTER COLUMN … ADD | DROP
# HIDDEN, the schema changes still refused, ADD PERIOD's checks of existing rows, and the
# database's TEMPORAL_HISTORY_RETENTION option.
statement ok
CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL, ValidFrom datetime2 GENERATED ALWAYS AS ROW START NOT NULL, ValidTo datetime2 GENERATED ALWAYS AS ROW END NOT NULL, PERIOD FOR SYSTEM_TIME (ValidFrom, ValidTo))
INSERT INTO acct (id, bal) VALUES (1, 10), (2, 20)
CREATE TABLE acct_hist (id int NOT NULL, bal int NOT NULL, ValidFrom datetime2 NOT NULL, ValidTo datetime2 NOT NULL)
INSERT INTO acct_hist VALUES (1, 5, '2020-01-01', '2019-01-01')

# The check (ON by default) finds a period that ends before it starts; versioning stays OFF.
statement error 13541
ALTER TABLE acct SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.acct_hist))
----
error 13541: Setting SYSTEM_VERSIONING to ON failed because history table 'master.dbo.acct_hist' contains invalid records with end of period set before start.

query TI rowsort
SELECT name, temporal_type FROM sys.tables WHERE name IN ('acct', 'acct_hist')
----
acct	0
acct_hist	0

# A period ending in the future.
statement error 13543
DELETE FROM acct_hist
INSERT INTO acct_hist VALUES (1, 5, '2020-01-01', '9000-01-01')
ALTER TABLE acct SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.acct_hist, DATA_CONSISTENCY_CHECK = ON))
----
error 13543: Setting SYSTEM_VERSIONING to ON failed because history table 'master.dbo.acct_hist' contains invalid records with end of period set to a value in the future.

# Two periods of one key that overlap.
statement error 13573
DELETE FROM acct_hist
INSERT INTO acct_hist VALUES (2, 5, '2020-01-01', '2022-01-01'), (2, 6, '2021-06-01', '2023-01-01'), (1, 7, '2020-01-01', '2021-01-01')
ALTER TABLE acct SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.acct_hist))
----
error 13573: Setting SYSTEM_VERSIONING to ON failed because history table 'master.dbo.acct_hist' contains overlapping records.

# Periods that meet but do not overlap pass, empty ones too (which no FOR SYSTEM_TIME returns).
statement ok
DELETE FROM acct_hist WHERE bal = 6
INSERT INTO acct_hist VALUES (2, 6, '2022-01-01', '2022-01-01'), (2, 8, '2022-01-01', '2023-01-01')
ALTER TABLE acct SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.acct_hist))
ALTER TABLE acct SET (SYSTEM_VERSIONING = OFF)

# DATA_CONSISTENCY_CHECK = OFF takes the history table as it is.
statement ok
INSERT INTO acct_hist VALUES (2, 9, '2020-06-01', '2021-01-01')
ALTER TABLE acct SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.acct_hist, DATA_CONSISTENCY_CHECK = OFF))

query TI rowsort
SELECT name, temporal_type FROM sys.tables WHERE name IN ('acct', 'acct_hist')
----
acct	2
acct_hist	1

# ALTER COLUMN and DROP COLUMN on the versioned table change the history table too.
statement ok
ALTER TABLE acct ALTER COLUMN bal bigint NOT NULL
ALTER TABLE acct ADD note varchar(10) NULL, memo varchar(5) NULL
ALTER TABLE acct DROP COLUMN note

query TTI rowsort
SELECT t.name, TYPE_NAME(c.system_type_id), COUNT(*) OVER (PARTITION BY t.name) FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name IN ('acct', 'acct_hist') AND c.name = 'bal'
----
acct	bigint	1
acct_hist	bigint	1

query TI rowsort
SELECT t.name, COUNT(*) FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name IN ('acct', 'acct_hist') GROUP BY t.name
----
acct	5
acct_hist	5

query IIT rowsort
UPDATE acct SET bal = bal + 1, memo = 'x' WHERE id = 1
SELECT id, bal, memo FROM acct FOR SYSTEM_TIME ALL
----
1	10	NULL
1	11	x
1	7	NULL
2	20	NULL
2	5	NULL
2	8	NULL
2	9	NULL

# NULL to NOT NULL fails while the history table holds NULLs, and changes neither table.
statement error 515
ALTER TABLE acct ALTER COLUMN memo varchar(5) NOT NULL
----
error 515: Cannot insert the value NULL into column 'memo', table 'master.dbo.acct'; column does not allow nulls. UPDATE fails.

statement error 515
UPDATE acct SET memo = 'y' WHERE id = 2
ALTER TABLE acct ALTER COLUMN memo varchar(5) NOT NULL
----
error 515: Cannot insert the value NULL into column 'memo', table 'master.dbo.acct_hist'; column does not allow nulls. UPDATE fails.

query TI rowsort
SELECT t.name, c.is_nullable FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name IN ('acct', 'acct_hist') AND c.name = 'memo'
----
acct	1
acct_hist	1

# The history table itself is not altered directly, and some changes need versioning OFF.
statement error 13548
ALTER TABLE acct_hist ALTER COLUMN bal int NOT NULL
----
error 13548: Cannot alter column 'bal' on table 'master.dbo.acct_hist' because it is not a supported operation on system-versioned temporal or ledger tables.

statement error 13551
ALTER TABLE acct_hist DROP COLUMN memo
----
error 13551: Drop column operation failed on table 'master.dbo.acct_hist' because it is not a supported operation on system-versioned temporal tables.

statement error 13704
ALTER TABLE acct ADD seq int IDENTITY
----
error 13704: System-versioned table schema modification failed because history table 'master.dbo.acct_hist' has IDENTITY column specification. Consider dropping all IDENTITY column specifications and trying again.

statement error 13724
ALTER TABLE acct ADD twice AS bal * 2
----
error 13724: System-versioned table schema modification failed because adding computed column while system-versioning is ON is not supported.

statement error 13548
ALTER TABLE acct ALTER COLUMN ValidFrom datetime2(0) NOT NULL
----
error 13548: Cannot alter column 'ValidFrom' on table 'master.dbo.acct' because it is not a supported operation on system-versioned temporal or ledger tables.

statement error 5074
ALTER TABLE acct DROP COLUMN ValidTo
----
error 5074: The column 'SYSTEM_TIME' is dependent on column 'ValidTo'.
error 4922: ALTER TABLE DROP COLUMN ValidTo failed because one or more objects access this column.

# ADD HIDDEN and DROP HIDDEN on a period column.
query IIT
ALTER TABLE acct ALTER COLUMN ValidFrom ADD HIDDEN
ALTER TABLE acct ALTER COLUMN ValidTo ADD HIDDEN
SELECT * FROM acct WHERE id = 2
----
2	20	y

query TI rowsort
SELECT c.name, c.is_hidden FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name = 'acct' AND c.name LIKE 'Valid%'
----
ValidFrom	1
ValidTo	1

query TI rowsort
ALTER TABLE acct ALTER COLUMN ValidTo DROP HIDDEN
SELECT c.name, c.is_hidden FROM sys.columns AS c JOIN sys.tables AS t ON t.object_id = c.object_id WHERE t.name = 'acct' AND c.name LIKE 'Valid%'
----
ValidFrom	1
ValidTo	0

statement error 13735
ALTER TABLE acct ALTER COLUMN bal ADD HIDDEN
----
error 13735: Cannot alter HIDDEN attribute on column 'bal' in table 'master.dbo.acct' because this column is not a generated always column.

# ADD PERIOD FOR SYSTEM_TIME checks the rows there are: every one open (its end at the maximum of
# the column's precision), none starting in the future; a failure leaves no period.
statement error 13575
CREATE TABLE adopt (id int PRIMARY KEY, f datetime2(0) NOT NULL, t datetime2(0) NOT NULL)
INSERT INTO adopt VALUES (1, '2020-01-01', '9999-12-31 23:59:59'), (2, '2020-01-01', '2021-01-01')
ALTER TABLE adopt ADD PERIOD FOR SYSTEM_TIME (f, t)
----
error 13575: ADD PERIOD FOR SYSTEM_TIME failed because table 'master.dbo.adopt' contains records where end of period is not equal to MAX datetime.

statement error 13542
UPDATE adopt SET t = '9999-12-31 23:59:59', f = '9000-01-01' WHERE id = 2
ALTER TABLE adopt ADD PERIOD FOR SYSTEM_TIME (f, t)
----
error 13542: ADD PERIOD FOR SYSTEM_TIME on table 'master.dbo.adopt' failed because there are open records with start of period set to a value in the future.

# The same of period columns added with defaults.
statement error 13575
ALTER TABLE adopt ADD f2 datetime2 GENERATED ALWAYS AS ROW START NOT NULL DEFAULT SYSUTCDATETIME(), t2 datetime2 GENERATED ALWAYS AS ROW END NOT NULL DEFAULT '9999-12-31', PERIOD FOR SYSTEM_TIME (f2, t2)
----
error 13575: ADD PERIOD FOR SYSTEM_TIME failed because table 'master.dbo.adopt' contains records where end of period is not equal to MAX datetime.

query I
SELECT COUNT(*) FROM sys.periods AS p JOIN sys.tables AS t ON t.object_id = p.object_id WHERE t.name = 'adopt'
----
0

statement ok
UPDATE adopt SET f = '2020-01-01'
ALTER TABLE adopt ADD PERIOD FOR SYSTEM_TIME (f, t)

# TEMPORAL_HISTORY_RETENTION: ON unless set OFF, kept by the database.
query I
SELECT is_temporal_history_retention_enabled FROM sys.databases WHERE name = 'master'
----
1

query I
ALTER DATABASE CURRENT SET TEMPORAL_HISTORY_RETENTION OFF
SELECT is_temporal_history_retention_enabled FROM sys.databases WHERE name = 'master'
----
0

# While it is OFF, history rows past a finite HISTORY_RETENTION_PERIOD stay, and are read.
query I rowsort
CREATE TABLE ret (id int PRIMARY KEY, v int, s datetime2 GENERATED ALWAYS AS ROW START, e datetime2 GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME (s, e))
CREATE TABLE ret_hist (id int NOT NULL, v int NULL, s datetime2 NOT NULL, e datetime2 NOT NULL)
INSERT INTO ret (id, v) VALUES (1, 3)
INSERT INTO ret_hist VALUES (1, 1, '2001-01-01', '2002-01-01'), (1, 2, '2002-01-01', '2003-01-01')
ALTER TABLE ret SET (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.ret_hist, HISTORY_RETENTION_PERIOD = 10 YEARS))
SELECT v FROM ret FOR SYSTEM_TIME ALL
----
1
2
3

# ON: FOR SYSTEM_TIME leaves them out, whether the background cleanup has deleted them yet or not.
query I rowsort
ALTER DATABASE CURRENT SET TEMPORAL_HISTORY_RETENTION ON
SELECT is_temporal_history_retention_enabled FROM sys.databases WHERE name = 'master'
SELECT v FROM ret FOR SYSTEM_TIME ALL
SELECT COUNT(*) FROM ret FOR SYSTEM_TIME AS OF '2001-06-01'
----
0
1
3

# sys.sp_cleanup_temporal_history deletes the aged rows at once (whatever the option), @rowcount
# the number deleted; history rows younger than the retention stay.
query II
UPDATE ret SET v = 4
DECLARE @n int
EXEC sys.sp_cleanup_temporal_history @schema_name = N'dbo', @table_name = N'ret', @rowcount = @n OUTPUT
SELECT @n, (SELECT COUNT(*) FROM ret_hist)
----
2	1

query I
DECLARE @n int
EXEC sys.sp_cleanup_temporal_history N'dbo', N'ret', @n OUTPUT
SELECT @n
----
0

statement error 13591
EXEC sys.sp_cleanup_temporal_history N'dbo', N'adopt'
----
error 13591: SYSTEM_VERSIONING is not turned ON for table 'master.dbo.adopt'.

statement error 15009
EXEC sys.sp_cleanup_temporal_history N'dbo', N'nothing'
----
error 15009: The object 'dbo.nothing' does not exist in database 'master' or is invalid for this operation.
