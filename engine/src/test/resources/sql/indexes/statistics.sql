# Statistics objects: built from the data by UPDATE STATISTICS, CREATE STATISTICS and CREATE INDEX,
# shown by sys.stats, sys.stats_columns and DBCC SHOW_STATISTICS, dropped by DROP STATISTICS.
statement ok
CREATE TABLE st (id int CONSTRAINT pk_st PRIMARY KEY, a int, b varchar(10))

statement ok
INSERT INTO st VALUES (1, 10, 'x'), (2, 20, 'y'), (3, 20, NULL), (4, NULL, 'x'), (5, 30, 'z')

# The primary key's statistics exist from CREATE TABLE but are empty until first updated.
query TTTTTTTTTTT
DBCC SHOW_STATISTICS ('st', 'pk_st') WITH STAT_HEADER, NO_INFOMSGS
----
pk_st	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL	NULL

# CREATE INDEX builds its statistics over the rows already there.
statement ok
CREATE INDEX ix_st_a ON st (a)

query TTTTT
DBCC SHOW_STATISTICS ('st', ix_st_a) WITH HISTOGRAM, NO_INFOMSGS
----
NULL	0	1	0	1
10	0	1	0	1
20	0	2	0	1
30	0	1	0	1

query TTT
DBCC SHOW_STATISTICS ('st', ix_st_a) WITH DENSITY_VECTOR, NO_INFOMSGS
----
0.25	3.2	a
0.2	7.2	a, id

statement ok
UPDATE STATISTICS st pk_st WITH FULLSCAN

# The header's Updated is the time of the update: read through a table to leave it out.
query TTTTTTTTTTT
CREATE TABLE #h (name sysname, updated datetime, rows bigint, rows_sampled bigint, steps smallint, density real, avg_key_length real, string_index varchar(3), filter nvarchar(max), unfiltered_rows bigint, persisted_sample_percent float)
INSERT INTO #h EXEC ('DBCC SHOW_STATISTICS (''dbo.st'', ''pk_st'') WITH STAT_HEADER, NO_INFOMSGS')
SELECT name, CASE WHEN updated > DATEADD(minute, -5, GETDATE()) THEN 'recent' END, rows, rows_sampled, steps, density, avg_key_length, string_index, filter, unfiltered_rows, persisted_sample_percent FROM #h
DROP TABLE #h
----
pk_st	recent	5	5	5	0	4	NO	NULL	5	0

# SSMS writes the names bracketed.
query TTTTT
DBCC SHOW_STATISTICS (N'[dbo].[st]', N'[pk_st]') WITH HISTOGRAM, NO_INFOMSGS
----
1	0	1	0	1
2	0	1	0	1
3	0	1	0	1
4	0	1	0	1
5	0	1	0	1

statement ok
CREATE STATISTICS st_b ON st (b, a) WITH NORECOMPUTE

statement ok
CREATE STATISTICS st_a_filtered ON dbo.st (a) WHERE a > 10

query TTTTTT
SELECT name, stats_id, user_created, no_recompute, has_filter, filter_definition FROM sys.stats WHERE object_id = OBJECT_ID('st') ORDER BY stats_id
----
pk_st	1	0	0	0	NULL
ix_st_a	2	0	0	0	NULL
st_b	3	1	1	0	NULL
st_a_filtered	4	1	0	1	([a]>(10))

query TTT
SELECT s.name, sc.stats_column_id, COL_NAME(sc.object_id, sc.column_id) FROM sys.stats s JOIN sys.stats_columns sc ON sc.object_id = s.object_id AND sc.stats_id = s.stats_id WHERE s.object_id = OBJECT_ID('st') ORDER BY s.stats_id, sc.stats_column_id
----
pk_st	1	id
ix_st_a	1	a
st_b	1	b
st_b	2	a
st_a_filtered	1	a

query TTTTT
DBCC SHOW_STATISTICS ('st', st_b) WITH HISTOGRAM, DENSITY_VECTOR, NO_INFOMSGS
----
0.25	0.8	b
0.2	4	b, a
NULL	0	1	0	1
x	0	2	0	1
y	0	1	0	1
z	0	1	0	1

query TTTTTTTTTTT
CREATE TABLE #h (name sysname, updated datetime, rows bigint, rows_sampled bigint, steps smallint, density real, avg_key_length real, string_index varchar(3), filter nvarchar(max), unfiltered_rows bigint, persisted_sample_percent float)
INSERT INTO #h EXEC ('DBCC SHOW_STATISTICS (''st'', st_a_filtered) WITH STAT_HEADER, NO_INFOMSGS')
SELECT name, CASE WHEN updated > DATEADD(minute, -5, GETDATE()) THEN 'recent' END, rows, rows_sampled, steps, density, avg_key_length, string_index, filter, unfiltered_rows, persisted_sample_percent FROM #h
DROP TABLE #h
----
st_a_filtered	recent	3	3	2	0	4	NO	([a]>(10))	5	0

# The density vector and histogram with the closing message.
query TTTTT
DBCC SHOW_STATISTICS ('st', st_a_filtered) WITH DENSITY_VECTOR, HISTOGRAM
----
0.5	4	a
20	0	2	0	1
30	0	1	0	1
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

statement ok
UPDATE STATISTICS st (st_b, ix_st_a) WITH SAMPLE 50 PERCENT, NORECOMPUTE

query TT
SELECT name, no_recompute FROM sys.stats WHERE object_id = OBJECT_ID('st') AND name IN ('st_b', 'ix_st_a') ORDER BY name
----
ix_st_a	1
st_b	1

# An update without NORECOMPUTE turns automatic updates back on.
statement ok
UPDATE STATISTICS st ix_st_a WITH FULLSCAN

query TT
SELECT name, no_recompute FROM sys.stats WHERE object_id = OBJECT_ID('st') AND name IN ('st_b', 'ix_st_a') ORDER BY name
----
ix_st_a	0
st_b	1

statement ok
UPDATE STATISTICS st WITH COLUMNS

statement ok
UPDATE STATISTICS st

# Errors.
statement error 1927
CREATE STATISTICS st_b ON st (a)
----
error 1927: There are already statistics on table 'st' named 'st_b'.

statement error 1927
CREATE STATISTICS ix_st_a ON st (a)
----
error 1927: There are already statistics on table 'st' named 'ix_st_a'.

statement error 1088
CREATE STATISTICS st_x ON nope (a)
----
error 1088: Cannot find the object "nope" because it does not exist or you do not have permissions.

statement error 1911
CREATE STATISTICS st_x ON st (zzz)
----
error 1911: Column name 'zzz' does not exist in the target table, index or view.

statement error 1909
CREATE STATISTICS st_x ON st (a, a)
----
error 1909: Cannot use duplicate column names in statistics. Column name 'a' listed more than once.

statement error 1088
UPDATE STATISTICS st nope
----
error 1088: Cannot find the object "nope" because it does not exist or you do not have permissions.

statement error 208
UPDATE STATISTICS nope
----
error 208: Invalid object name 'nope'.

statement error 3739
DROP STATISTICS st.ix_st_a
----
error 3739: Cannot DROP the index 'st.ix_st_a' because it is not a statistics collection.

statement error 3701
DROP STATISTICS dbo.st.nope
----
error 3701: Cannot drop the statistics 'dbo.st.nope', because it does not exist or you do not have permission.

statement error 2767
DBCC SHOW_STATISTICS ('st', nope)
----
error 2767: Could not locate statistics 'nope' in the system catalogs.

statement error 2583
DBCC SHOW_STATISTICS ('st')
----
error 2583: An incorrect number of parameters was given to the DBCC statement.

statement error 2501
DBCC SHOW_STATISTICS ('nope', ix_st_a)
----
error 2501: Cannot find a table or object with the name 'nope'. Check the system catalog.

statement ok
DROP STATISTICS st.st_b, dbo.st.st_a_filtered

query T
SELECT name FROM sys.stats WHERE object_id = OBJECT_ID('st') ORDER BY stats_id
----
pk_st
ix_st_a

# A rolled-back CREATE STATISTICS leaves nothing.
statement ok
BEGIN TRAN; CREATE STATISTICS st_tx ON st (b); ROLLBACK

query T
SELECT COUNT(*) FROM sys.stats WHERE name = 'st_tx'
----
0

# Dropping an index drops its statistics; a new statistics object takes an id past the indexes'.
statement ok
CREATE STATISTICS st_c ON st (b)

statement error 1913
CREATE INDEX st_c ON st (a)
----
error 1913: The operation failed because an index or statistics with name 'st_c' already exists on table 'dbo.st'.

statement ok
DROP INDEX ix_st_a ON st

statement ok
CREATE INDEX ix_st_b ON st (b)

query TTT
SELECT name, stats_id, user_created FROM sys.stats WHERE object_id = OBJECT_ID('st') ORDER BY stats_id
----
pk_st	1	0
ix_st_b	2	0
st_c	3	1

statement ok
DROP TABLE st

# STATS_DATE and the stats DMFs: NULL and no rows for statistics never built.
statement ok
CREATE TABLE sd (id int CONSTRAINT pk_sd PRIMARY KEY, a int, b int)

query TT
SELECT CASE WHEN STATS_DATE(OBJECT_ID('sd'), 1) IS NULL THEN 'never' END, STATS_DATE(OBJECT_ID('sd'), 99)
----
never	NULL

query T
SELECT COUNT(*) FROM sys.dm_db_stats_properties(OBJECT_ID('sd'), 1)
----
0

# What IndexOptimize-style jobs read: statistics never built have no properties row.
query TTT
SELECT s.name, p.rows, p.modification_counter FROM sys.stats s OUTER APPLY sys.dm_db_stats_properties(s.object_id, s.stats_id) p WHERE s.object_id = OBJECT_ID('sd') ORDER BY s.stats_id
----
pk_sd	NULL	NULL

# The counter of changes to the leading column since the last update is kept in memory: one block.
query TTTTTTTTT
INSERT INTO sd VALUES (1, 1, 1), (2, 2, 2), (3, 2, 3)
CREATE STATISTICS sd_a ON sd (a)
UPDATE sd SET b = 5
UPDATE sd SET a = 7 WHERE id = 1
SELECT p.stats_id, CASE WHEN p.last_updated > DATEADD(minute, -5, SYSDATETIME()) AND STATS_DATE(p.object_id, p.stats_id) IS NOT NULL THEN 'recent' END, p.rows, p.rows_sampled, p.steps, p.unfiltered_rows, p.modification_counter, p.persisted_sample_percent, s.name FROM sys.stats s CROSS APPLY sys.dm_db_stats_properties(s.object_id, s.stats_id) p WHERE s.object_id = OBJECT_ID('sd') ORDER BY s.stats_id
----
2	recent	3	3	2	3	1	0	sd_a

query TTTTTTTT
SELECT h.stats_id, h.step_number, h.range_high_key, SQL_VARIANT_PROPERTY(h.range_high_key, 'BaseType'), h.range_rows, h.equal_rows, h.distinct_range_rows, h.average_range_rows FROM sys.dm_db_stats_histogram(OBJECT_ID('sd'), 2) h ORDER BY h.step_number
----
2	1	1	int	0	1	0	1
2	2	2	int	0	2	0	1

# ALTER INDEX REBUILD updates its index's statistics with a full scan.
statement ok
ALTER INDEX pk_sd ON sd REBUILD

query TT
SELECT stats_id, rows FROM sys.dm_db_stats_properties(OBJECT_ID('sd'), 1)
----
1	3

# Statistics made by CREATE STATISTICS hold their columns: 5074 then 4922.
statement error 5074
ALTER TABLE sd DROP COLUMN a
----
error 5074: The statistics 'sd_a' is dependent on column 'a'.
error 4922: ALTER TABLE DROP COLUMN a failed because one or more objects access this column.

statement error 5074
ALTER TABLE sd ALTER COLUMN a bigint
----
error 5074: The statistics 'sd_a' is dependent on column 'a'.
error 4922: ALTER TABLE ALTER COLUMN a failed because one or more objects access this column.

statement ok
DROP STATISTICS sd.sd_a

statement ok
ALTER TABLE sd DROP COLUMN a

# A table's statistics go with it.
statement ok
DROP TABLE sd
