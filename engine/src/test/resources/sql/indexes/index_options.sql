# Relational index options are recorded with the index and reported by sys.indexes, sys.stats,
# sys.partitions and INDEXPROPERTY (Quern's LSM store does not fill or compress pages by them).

statement ok
CREATE TABLE io (id int NOT NULL, a int, b int, c varchar(10),
  CONSTRAINT pk_io PRIMARY KEY CLUSTERED (id) WITH (FILLFACTOR = 90, PAD_INDEX = ON, DATA_COMPRESSION = ROW),
  CONSTRAINT uq_io_c UNIQUE (c) WITH (ALLOW_ROW_LOCKS = OFF, OPTIMIZE_FOR_SEQUENTIAL_KEY = ON))

statement ok
CREATE INDEX ix_io_a ON io (a) WITH (FILLFACTOR = 80, PAD_INDEX = ON, ALLOW_PAGE_LOCKS = OFF, DATA_COMPRESSION = PAGE, STATISTICS_NORECOMPUTE = ON)

statement ok
CREATE INDEX ix_io_b ON io (b) WITH FILLFACTOR = 70, PAD_INDEX

statement ok
CREATE INDEX ix_io_ab ON io (a, b)

statement ok
INSERT INTO io VALUES (1, 10, 100, 'x'), (2, 20, 200, 'y')

query TIIIIII
SELECT name, fill_factor, is_padded, allow_row_locks, allow_page_locks, optimize_for_sequential_key, ignore_dup_key FROM sys.indexes WHERE object_id = OBJECT_ID('io') ORDER BY index_id
----
pk_io	90	1	1	1	0	0
uq_io_c	0	0	0	1	1	0
ix_io_a	80	1	1	0	0	0
ix_io_b	70	1	1	1	0	0
ix_io_ab	0	0	1	1	0	0

query TIT
SELECT i.name, p.data_compression, p.data_compression_desc FROM sys.partitions p JOIN sys.indexes i ON i.object_id = p.object_id AND i.index_id = p.index_id WHERE p.object_id = OBJECT_ID('io') ORDER BY p.index_id
----
pk_io	1	ROW
uq_io_c	0	NONE
ix_io_a	2	PAGE
ix_io_b	0	NONE
ix_io_ab	0	NONE

query TI
SELECT name, no_recompute FROM sys.stats WHERE object_id = OBJECT_ID('io') ORDER BY stats_id
----
pk_io	0
uq_io_c	0
ix_io_a	1
ix_io_b	0
ix_io_ab	0

query IIIIII
SELECT INDEXPROPERTY(OBJECT_ID('io'), 'ix_io_a', 'IndexFillFactor'), INDEXPROPERTY(OBJECT_ID('io'), 'ix_io_a', 'IsPadIndex'), INDEXPROPERTY(OBJECT_ID('io'), 'ix_io_a', 'IsPageLockDisallowed'), INDEXPROPERTY(OBJECT_ID('io'), 'uq_io_c', 'IsRowLockDisallowed'), INDEXPROPERTY(OBJECT_ID('io'), 'uq_io_c', 'IsOptimizedForSequentialKey'), INDEXPROPERTY(OBJECT_ID('io'), 'ix_io_ab', 'IndexFillFactor')
----
80	1	1	1	1	0

# PAGLOCK asks for the page locks an index of the table refuses (651); ROWLOCK is fine.
statement error 651
SELECT COUNT(*) FROM io WITH (PAGLOCK)
----
error 651: Cannot use the PAGE granularity hint on the table "dbo.io" because locking at the specified granularity is inhibited.

query I
SELECT COUNT(*) FROM io WITH (ROWLOCK)
----
2

# REBUILD WITH (…) sets the options it names and keeps the others; the rows are unchanged.
statement ok
ALTER INDEX ix_io_a ON io REBUILD WITH (FILLFACTOR = 60, DATA_COMPRESSION = NONE, ONLINE = OFF)

query TIIIT
SELECT i.name, i.fill_factor, i.is_padded, i.allow_page_locks, p.data_compression_desc FROM sys.indexes i JOIN sys.partitions p ON i.object_id = p.object_id AND i.index_id = p.index_id WHERE i.object_id = OBJECT_ID('io') AND i.name = 'ix_io_a'
----
ix_io_a	60	1	0	NONE

statement ok
ALTER INDEX ALL ON io REBUILD WITH (FILLFACTOR = 95)

query TI
SELECT name, fill_factor FROM sys.indexes WHERE object_id = OBJECT_ID('io') ORDER BY index_id
----
pk_io	95
uq_io_c	95
ix_io_a	95
ix_io_b	95
ix_io_ab	95

query II
SELECT COUNT(*), SUM(a) FROM io WITH (INDEX(ix_io_a))
----
2	30

# REORGANIZE needs page locks (2552); SET changes the options that need no rebuild.
statement error 2552
ALTER INDEX ix_io_a ON io REORGANIZE
----
error 2552: The index "ix_io_a" (partition 1) on table "io" cannot be reorganized because page level locking is disabled.

statement error 2552
ALTER INDEX ALL ON io REORGANIZE
----
error 2552: The index "ix_io_a" (partition 1) on table "io" cannot be reorganized because page level locking is disabled.

statement ok
ALTER INDEX ix_io_a ON io SET (ALLOW_PAGE_LOCKS = ON, ALLOW_ROW_LOCKS = OFF, STATISTICS_NORECOMPUTE = OFF)

statement ok
ALTER INDEX ix_io_a ON io REORGANIZE

query I
SELECT COUNT(*) FROM io WITH (PAGLOCK)
----
2

query TIIII
SELECT name, fill_factor, allow_row_locks, allow_page_locks, is_padded FROM sys.indexes WHERE object_id = OBJECT_ID('io') AND name = 'ix_io_a'
----
ix_io_a	95	0	1	1

query I
SELECT no_recompute FROM sys.stats WHERE object_id = OBJECT_ID('io') AND name = 'ix_io_a'
----
0

statement ok
ALTER INDEX ix_io_b ON io REBUILD WITH (STATISTICS_NORECOMPUTE = ON)

query TI
SELECT name, no_recompute FROM sys.stats WHERE object_id = OBJECT_ID('io') AND name IN ('ix_io_a', 'ix_io_b') ORDER BY name
----
ix_io_a	0
ix_io_b	1

statement ok
ALTER INDEX ALL ON io SET (OPTIMIZE_FOR_SEQUENTIAL_KEY = ON)

query TI
SELECT name, optimize_for_sequential_key FROM sys.indexes WHERE object_id = OBJECT_ID('io') ORDER BY index_id
----
pk_io	1
uq_io_c	1
ix_io_a	1
ix_io_b	1
ix_io_ab	1

# SET takes only the options that need no rebuild; FILLFACTOR stays in range.
statement error 155
ALTER INDEX ix_io_a ON io SET (FILLFACTOR = 50)
----
error 155: 'FILLFACTOR' is not a recognized ALTER INDEX SET option.

statement error 129
CREATE INDEX ix_io_bad ON io (c) WITH (FILLFACTOR = 101)
----
error 129: Fillfactor 101 is not a valid percentage; fillfactor must be between 1 and 100.

statement error 129
ALTER INDEX ix_io_a ON io REBUILD WITH (FILLFACTOR = 0)
----
error 129: Fillfactor 0 is not a valid percentage; fillfactor must be between 1 and 100.

statement error 2727
ALTER INDEX ix_nope ON io SET (ALLOW_ROW_LOCKS = ON)
----
error 2727: Cannot find index 'ix_nope'.

# A key added by ALTER TABLE keeps its options too.
statement ok
CREATE TABLE io2 (id int NOT NULL)

statement ok
ALTER TABLE io2 ADD CONSTRAINT pk_io2 PRIMARY KEY (id) WITH (FILLFACTOR = 50, ALLOW_PAGE_LOCKS = OFF)

query TII
SELECT name, fill_factor, allow_page_locks FROM sys.indexes WHERE object_id = OBJECT_ID('io2')
----
pk_io2	50	0

# WITH (DATA_COMPRESSION = …) after CREATE TABLE's columns is the heap's or clustered index's.
statement ok
CREATE TABLE io3 (id int NOT NULL, v int) WITH (DATA_COMPRESSION = PAGE)

statement ok
CREATE TABLE io4 (id int CONSTRAINT pk_io4 PRIMARY KEY, v int) WITH (DATA_COMPRESSION = ROW)

query TIT
SELECT OBJECT_NAME(object_id), index_id, data_compression_desc FROM sys.partitions WHERE object_id IN (OBJECT_ID('io3'), OBJECT_ID('io4')) ORDER BY object_id
----
io3	0	PAGE
io4	1	ROW
