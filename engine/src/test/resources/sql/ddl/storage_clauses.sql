# What SSMS's "Script Table as CREATE" writes runs as it is: relational index options, ON [PRIMARY],
# TEXTIMAGE_ON, and defaults added by ALTER TABLE … ADD CONSTRAINT … DEFAULT … FOR. Storage options
# are checked and change nothing in Quern's store; DROP_EXISTING replaces an index.
statement ok
CREATE TABLE [dbo].[Scripted](
	[id] [int] IDENTITY(1,1) NOT NULL,
	[name] [nvarchar](50) NULL,
	[notes] [nvarchar](max) NULL,
 CONSTRAINT [PK_Scripted] PRIMARY KEY CLUSTERED 
(
	[id] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]

statement ok
ALTER TABLE [dbo].[Scripted] ADD  CONSTRAINT [DF_Scripted_name]  DEFAULT (N'unnamed') FOR [name]

statement ok
CREATE NONCLUSTERED INDEX [IX_Scripted_name] ON [dbo].[Scripted]
(
	[name] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, ONLINE = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON, OPTIMIZE_FOR_SEQUENTIAL_KEY = OFF) ON [PRIMARY]

statement ok
INSERT dbo.Scripted (notes) VALUES (N'a'), (N'b')

query IT
SELECT id, name FROM dbo.Scripted ORDER BY id
----
1	unnamed
2	unnamed

query TT
SELECT name, type_desc FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID('dbo.Scripted')
----
DF_Scripted_name	DEFAULT_CONSTRAINT

# An unnamed one gets SQL Server's generated name.
statement ok
CREATE TABLE sc_plain (a int, b int)

statement ok
ALTER TABLE sc_plain ADD DEFAULT 7 FOR b

statement ok
INSERT sc_plain (a) VALUES (1)

query II
SELECT a, b FROM sc_plain
----
1	7

query I
SELECT COUNT(*) FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID('sc_plain') AND name LIKE 'DF__sc_plain__b__%'
----
1

# The other forms scripts use: key options inline, the old WITH FILLFACTOR = n, compression.
statement ok
CREATE TABLE sc_keys (id int NOT NULL CONSTRAINT pk_sc_keys PRIMARY KEY WITH (FILLFACTOR = 90), code varchar(10) UNIQUE WITH FILLFACTOR = 80, v int) WITH (DATA_COMPRESSION = PAGE)

statement ok
CREATE INDEX ix_sc_v ON sc_keys (v) WITH (FILLFACTOR = 70, DATA_COMPRESSION = ROW, MAXDOP = 2, ONLINE = ON)

statement ok
ALTER TABLE sc_plain ADD CONSTRAINT uq_sc_plain UNIQUE (a) WITH (SORT_IN_TEMPDB = ON, ONLINE = OFF) ON "default"

statement ok
CREATE INDEX ix_sc_old ON sc_keys (code, v) WITH PAD_INDEX, FILLFACTOR = 60

# DROP_EXISTING = ON rebuilds the index under its new definition.
statement ok
CREATE INDEX ix_sc_v ON sc_keys (v DESC, code) WITH (DROP_EXISTING = ON)

query TI
SELECT COL_NAME(ic.object_id, ic.column_id), ic.is_descending_key FROM sys.index_columns AS ic JOIN sys.indexes AS i ON i.object_id = ic.object_id AND i.index_id = ic.index_id WHERE i.name = 'ix_sc_v' ORDER BY ic.key_ordinal
----
v	1
code	0

statement ok
INSERT sc_keys VALUES (1, 'x', 5), (2, 'y', 6)

query I
SELECT id FROM sc_keys WITH (INDEX(ix_sc_v)) WHERE v = 6
----
2

statement error 7999
CREATE INDEX ix_none ON sc_keys (v) WITH (DROP_EXISTING = ON)
----
error 7999: Could not find any index named 'ix_none' for table 'sc_keys'.

statement error 155
CREATE INDEX ix_bad ON sc_keys (v) WITH (NOPE = ON)
----
error 155: 'NOPE' is not a recognized CREATE INDEX option.

statement error 155
CREATE TABLE sc_bad (a int PRIMARY KEY WITH (ONLINE = ON))
----
error 155: 'ONLINE' is not a recognized CREATE TABLE option.

statement error 155
ALTER TABLE sc_plain ADD CONSTRAINT uq_bad UNIQUE (b) WITH (DROP_EXISTING = OFF)
----
error 155: 'DROP_EXISTING' is not a recognized ALTER TABLE option.

statement error 129
CREATE INDEX ix_bad ON sc_keys (v) WITH (FILLFACTOR = 0)
----
error 129: Fillfactor 0 is not a valid percentage; fillfactor must be between 1 and 100.

statement error 11431
CREATE INDEX ix_bad ON sc_keys (v) WITH (MAX_DURATION = 5 MINUTES)
----
error 11431: The MAX_DURATION option is not permitted as the RESUMABLE option is not turned 'ON'.

statement error 1921
CREATE TABLE sc_bad (a int) ON [SECONDARY]
----
error 1921: Invalid filegroup 'SECONDARY' specified.

statement error 1916
CREATE INDEX ix_bad ON sc_keys (v) WITH (IGNORE_DUP_KEY = ON)
----
error 1916: CREATE INDEX options nonunique and ignore_dup_key are mutually exclusive.

statement error 10618
CREATE UNIQUE INDEX ix_bad ON sc_keys (v) WHERE v > 0 WITH (IGNORE_DUP_KEY = ON)
----
error 10618: Cannot create filtered index 'ix_bad' on table 'sc_keys' because the statement sets the IGNORE_DUP_KEY option to ON. Rewrite the statement so that it does not use the IGNORE_DUP_KEY option.

# IGNORE_DUP_KEY = ON: an INSERT drops the rows that would duplicate the key (3604 once, severity
# 0) and keeps the others; their identity values stay used. UPDATE and MERGE still fail.
statement ok
CREATE TABLE sc_dedup (id int IDENTITY, u int NOT NULL, w int NULL, CONSTRAINT pk_sc_dedup PRIMARY KEY (u) WITH (IGNORE_DUP_KEY = ON))

statement ok
CREATE UNIQUE INDEX ux_sc_dedup_w ON sc_dedup (w) WITH IGNORE_DUP_KEY

statement ok
INSERT sc_dedup (u, w) VALUES (1, 10)

query I
INSERT sc_dedup (u, w) OUTPUT inserted.u VALUES (1, 11), (2, 20), (2, 21), (3, 10), (4, 40)
----
2
4
! Duplicate key was ignored.

query III
SELECT id, u, w FROM sc_dedup ORDER BY u
----
1	1	10
3	2	20
6	4	40

query TI
SELECT name, ignore_dup_key FROM sys.indexes WHERE object_id = OBJECT_ID('sc_dedup') ORDER BY index_id
----
pk_sc_dedup	1
ux_sc_dedup_w	1

statement error 2627
UPDATE sc_dedup SET u = 1 WHERE u = 2
----
error 2627: Violation of PRIMARY KEY constraint 'pk_sc_dedup'. Cannot insert duplicate key in object 'dbo.sc_dedup'. The duplicate key value is (1).
! The statement has been terminated.

statement error 2627
MERGE sc_dedup AS t USING (VALUES (1, 99)) AS s (u, w) ON t.w = s.w WHEN NOT MATCHED THEN INSERT (u, w) VALUES (s.u, s.w);
----
error 2627: Violation of PRIMARY KEY constraint 'pk_sc_dedup'. Cannot insert duplicate key in object 'dbo.sc_dedup'. The duplicate key value is (1).
! The statement has been terminated.

statement error 40517
ALTER INDEX ALL ON sc_dedup REBUILD WITH (IGNORE_DUP_KEY = ON)
----
error 40517: Keyword or statement option 'ALTER INDEX REBUILD WITH (IGNORE_DUP_KEY = ON)' is not supported in this version of SQL Server.

statement error 1781
ALTER TABLE sc_plain ADD DEFAULT 8 FOR b
----
error 1781: Column already has a DEFAULT bound to it.

statement error 1752
ALTER TABLE sc_plain ADD DEFAULT 8 FOR nope
----
error 1752: Column 'nope' in table 'sc_plain' is invalid for creating a default constraint.

statement error 1752
ALTER TABLE dbo.Scripted ADD DEFAULT 8 FOR id
----
error 1752: Column 'id' in table 'Scripted' is invalid for creating a default constraint.

# Index maintenance as jobs and scripts run it. REBUILD writes the table's indexes again.
statement ok
ALTER INDEX ALL ON sc_keys REBUILD

statement ok
ALTER INDEX ix_sc_v ON sc_keys REBUILD WITH (FILLFACTOR = 80, ONLINE = ON, SORT_IN_TEMPDB = ON)

statement ok
ALTER INDEX pk_sc_keys ON dbo.sc_keys REBUILD PARTITION = ALL WITH (PAD_INDEX = OFF, DATA_COMPRESSION = PAGE)

statement ok
ALTER INDEX ALL ON sc_keys REORGANIZE WITH (LOB_COMPACTION = ON)

query ITI
SELECT id, code, v FROM sc_keys WITH (INDEX(ix_sc_v)) ORDER BY v DESC
----
2	y	6
1	x	5

statement ok
UPDATE STATISTICS sc_keys

statement ok
UPDATE STATISTICS dbo.sc_keys ix_sc_v WITH FULLSCAN

statement ok
UPDATE STATISTICS sc_keys (ix_sc_v, pk_sc_keys) WITH SAMPLE 50 PERCENT, NORECOMPUTE

statement ok
ALTER TABLE sc_keys SET (LOCK_ESCALATION = TABLE)

# LOCK_ESCALATION is kept (sys.tables shows it; Quern does not escalate row locks).
query IT
SELECT lock_escalation, lock_escalation_desc FROM sys.tables WHERE name = 'sc_keys'
----
0	TABLE

statement ok
ALTER TABLE sc_keys SET (LOCK_ESCALATION = DISABLE)

query IT
SELECT lock_escalation, lock_escalation_desc FROM sys.tables WHERE name = 'sc_keys'
----
1	DISABLE

statement ok
ALTER TABLE sc_keys SET (LOCK_ESCALATION = AUTO)

query IT
SELECT lock_escalation, lock_escalation_desc FROM sys.tables WHERE name = 'sc_keys'
----
2	AUTO

statement ok
ALTER TABLE sc_keys SET (LOCK_ESCALATION = TABLE)

statement error 2727
ALTER INDEX nope ON sc_keys REBUILD
----
error 2727: Cannot find index 'nope'.

statement error 1088
ALTER INDEX ALL ON nope REBUILD
----
error 1088: Cannot find the object "nope" because it does not exist or you do not have permissions.

statement error 155
ALTER INDEX ALL ON sc_keys REBUILD WITH (DROP_EXISTING = ON)
----
error 155: 'DROP_EXISTING' is not a recognized ALTER INDEX REBUILD option.

statement error 40517
ALTER INDEX ix_sc_v ON sc_keys PAUSE
----
error 40517: Keyword or statement option 'ALTER INDEX PAUSE' is not supported in this version of SQL Server.

statement error 208
UPDATE STATISTICS nope
----
error 208: Invalid object name 'nope'.

statement error 102
ALTER TABLE sc_keys SET (LOCK_ESCALATION = SOMETIMES)
----
error 102: Incorrect syntax near 'SOMETIMES'.

# Tools filter user objects with is_ms_shipped.
query TI
SELECT name, is_ms_shipped FROM sys.objects WHERE type = 'U' AND name LIKE 'sc[_]%' ORDER BY name
----
sc_dedup	0
sc_keys	0
sc_plain	0

query I
SELECT COUNT(*) FROM sys.tables WHERE is_ms_shipped = 0 AND name = 'Scripted'
----
1

query II
SELECT is_ms_shipped, is_published FROM sys.all_objects WHERE name = 'objects' AND schema_id = SCHEMA_ID('sys')
----
1	0

# The one data space everything lives in, and each partition's in-row allocation unit.
query TITTII
SELECT name, data_space_id, type, type_desc, is_default, is_read_only FROM sys.filegroups
----
PRIMARY	1	FG	ROWS_FILEGROUP	1	0

query TI
SELECT name, data_space_id FROM sys.data_spaces
----
PRIMARY	1

query II
SELECT COUNT(*), SUM(CASE WHEN au.type_desc = 'IN_ROW_DATA' AND au.data_space_id = 1 THEN 1 ELSE 0 END) FROM sys.allocation_units AS au JOIN sys.partitions AS p ON au.container_id = p.hobt_id WHERE p.object_id = OBJECT_ID('sc_keys')
----
4	4

# What index maintenance jobs read of an index, and each IDENTITY column's seed and last value.
query TIIIIII
SELECT name, data_space_id, fill_factor, is_disabled, allow_row_locks, allow_page_locks, ignore_dup_key FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.Scripted') ORDER BY index_id
----
PK_Scripted	1	0	0	1	1	0
IX_Scripted_name	1	0	0	1	1	0

query TTTTT
SELECT name, CAST(seed_value AS varchar(10)), CAST(increment_value AS varchar(10)), CAST(last_value AS varchar(10)), CAST(SQL_VARIANT_PROPERTY(last_value, 'BaseType') AS varchar(10)) FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.Scripted')
----
id	1	1	2	int

query II
SELECT CASE WHEN cpu_count > 0 AND physical_memory_kb > 0 AND sqlserver_start_time <= GETDATE() THEN 1 ELSE 0 END, CASE WHEN scheduler_count = cpu_count THEN 1 ELSE 0 END FROM sys.dm_os_sys_info
----
1	1

query I
SELECT CASE WHEN total_physical_memory_kb >= available_physical_memory_kb AND available_physical_memory_kb > 0 THEN 1 ELSE 0 END FROM sys.dm_os_sys_memory
----
1

# Indexes declared inside CREATE TABLE (table-level and on a column), NOT FOR REPLICATION, SPARSE,
# ROWGUIDCOL and the default collation written out, as scripts carry them.
statement ok
CREATE TABLE sc_inline (id int IDENTITY(1,1) NOT FOR REPLICATION NOT NULL, a int INDEX ix_sc_inline_a, b varchar(10) COLLATE SQL_Latin1_General_CP1_CI_AS SPARSE NULL, g uniqueidentifier ROWGUIDCOL NOT NULL DEFAULT NEWID(), CONSTRAINT pk_sc_inline PRIMARY KEY (id), CONSTRAINT ck_sc_inline CHECK NOT FOR REPLICATION (a > 0), INDEX ix_sc_inline_b UNIQUE NONCLUSTERED (b DESC) WITH (FILLFACTOR = 90))

statement ok
CREATE TABLE sc_inline_child (id int NOT NULL, parent int NULL, CONSTRAINT fk_sc_inline FOREIGN KEY (parent) REFERENCES sc_inline (id) NOT FOR REPLICATION)

query TIII
SELECT name, index_id, is_unique, type FROM sys.indexes WHERE object_id = OBJECT_ID('sc_inline') ORDER BY index_id
----
pk_sc_inline	1	1	1
ix_sc_inline_a	2	0	2
ix_sc_inline_b	3	1	2

statement error 2601
INSERT sc_inline (a, b) VALUES (1, 'x'), (2, 'X')
----
error 2601: Cannot insert duplicate key row in object 'dbo.sc_inline' with unique index 'ix_sc_inline_b'. The duplicate key value is (X).
! The statement has been terminated.

statement error 448
CREATE TABLE sc_bad (a varchar(10) COLLATE Japanese_CI_AS)
----
error 448: Invalid collation 'Japanese_CI_AS'.

query I
DECLARE @t TABLE (a int, b int INDEX ix_b, INDEX ix_a UNIQUE (a)); INSERT @t VALUES (1, 1), (2, 1); SELECT COUNT(*) FROM @t
----
2

# sp_updatestats updates each table's statistics never built or with rows changed since their last
# update (the index built by CREATE TABLE's inline INDEX was built then), and reports each.
statement ok
CREATE DATABASE upd_stats

statement ok
CREATE TABLE upd_stats.dbo.us_t (id int CONSTRAINT pk_us_t PRIMARY KEY, a int INDEX ix_us_a)

statement ok
USE upd_stats; EXEC sp_updatestats; USE master
----
! Changed database context to 'upd_stats'.
! Updating [dbo].[us_t]
!     [pk_us_t] has been updated...
!     [ix_us_a], update is not necessary...
!     1 index(es)/statistic(s) have been updated, 1 did not require update.
! (empty)
! Statistics for all tables have been updated.
! Changed database context to 'master'.

# In one block: the counts of changed rows are kept in memory (a restart forgets them).
statement ok
INSERT INTO upd_stats.dbo.us_t VALUES (1, 10), (2, 20); USE upd_stats; EXEC sp_updatestats; EXEC sp_updatestats; USE master
----
! Changed database context to 'upd_stats'.
! Updating [dbo].[us_t]
!     [pk_us_t] has been updated...
!     [ix_us_a] has been updated...
!     2 index(es)/statistic(s) have been updated, 0 did not require update.
! (empty)
! Statistics for all tables have been updated.
! Updating [dbo].[us_t]
!     [pk_us_t], update is not necessary...
!     [ix_us_a], update is not necessary...
!     0 index(es)/statistic(s) have been updated, 2 did not require update.
! (empty)
! Statistics for all tables have been updated.
! Changed database context to 'master'.

# create_date and modify_date: an object's creation and its last ALTER; a constraint shares its table's.
statement ok
CREATE TABLE sc_dates (id int CONSTRAINT pk_sc_dates PRIMARY KEY)

query II
SELECT CASE WHEN create_date IS NOT NULL AND create_date = modify_date AND create_date <= GETDATE() THEN 1 ELSE 0 END, COUNT(*) OVER () FROM sys.objects WHERE name = 'sc_dates'
----
1	1

statement ok
WAITFOR DELAY '00:00:00.050'; ALTER TABLE sc_dates ADD v int

query III
SELECT CASE WHEN o.modify_date > o.create_date THEN 1 ELSE 0 END, CASE WHEN k.create_date = o.create_date AND k.modify_date = o.modify_date THEN 1 ELSE 0 END, CASE WHEN t.modify_date = o.modify_date THEN 1 ELSE 0 END FROM sys.objects AS o JOIN sys.objects AS k ON k.parent_object_id = o.object_id JOIN sys.tables AS t ON t.object_id = o.object_id WHERE o.name = 'sc_dates'
----
1	1	1
