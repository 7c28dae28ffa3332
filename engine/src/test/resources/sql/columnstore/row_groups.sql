# sys.column_store_row_groups and sys.dm_db_column_store_row_group_physical_stats. A clustered
# columnstore keeps SQL Server's delta store: inserted rows wait in an OPEN row group (CLOSED at
# 1,048,576 rows) until REORGANIZE compresses them (an OPEN one only with COMPRESS_ALL_ROW_GROUPS);
# a deleted row of a compressed group is counted in its deleted_rows, an UPDATE deletes and inserts;
# REORGANIZE drops the deleted rows of a group that has 10% or more; REBUILD compresses everything.
statement ok
CREATE TABLE rg (id int NOT NULL, flag bit)
CREATE CLUSTERED COLUMNSTORE INDEX cci_rg ON rg

query I
SELECT COUNT(*) FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg')
----
0

statement ok
INSERT INTO rg SELECT TOP (1500) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)), 0 FROM sys.all_columns AS a CROSS JOIN sys.all_columns AS b

query IIIITIII
SELECT index_id, partition_number, row_group_id, state, state_description, total_rows, deleted_rows, CASE WHEN delta_store_hobt_id IS NULL THEN 0 ELSE 1 END FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg')
----
1	1	0	1	OPEN	1500	0	1

query I
SELECT COUNT(*) FROM sys.column_store_segments AS s JOIN sys.partitions AS p ON p.hobt_id = s.hobt_id WHERE p.object_id = OBJECT_ID('rg')
----
0

statement ok
ALTER INDEX cci_rg ON rg REORGANIZE

query T
SELECT state_description FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg')
----
OPEN

statement ok
ALTER INDEX cci_rg ON rg REORGANIZE WITH (COMPRESS_ALL_ROW_GROUPS = ON)

query ITIITT
SELECT row_group_id, state_desc, total_rows, deleted_rows, trim_reason_desc, transition_to_compressed_state_desc FROM sys.dm_db_column_store_row_group_physical_stats WHERE object_id = OBJECT_ID('rg')
----
0	COMPRESSED	1500	0	REORG	REORG_FORCED

statement ok
DELETE FROM rg WHERE id > 1400
UPDATE rg SET flag = 1 WHERE id = 1
INSERT INTO rg VALUES (2001, 0), (2002, 0)

query ITII
SELECT row_group_id, state_description, total_rows, deleted_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg') ORDER BY row_group_id
----
0	COMPRESSED	1500	101
1	OPEN	3	0

# Under 10% deleted: REORGANIZE leaves the group as it is.
statement ok
ALTER INDEX cci_rg ON rg REORGANIZE

query ITII
SELECT row_group_id, state_description, total_rows, deleted_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg') ORDER BY row_group_id
----
0	COMPRESSED	1500	101
1	OPEN	3	0

statement ok
DELETE FROM rg WHERE id BETWEEN 1001 AND 1400
ALTER INDEX cci_rg ON rg REORGANIZE

query ITIIT
SELECT row_group_id, state_desc, total_rows, deleted_rows, transition_to_compressed_state_desc FROM sys.dm_db_column_store_row_group_physical_stats WHERE object_id = OBJECT_ID('rg') ORDER BY row_group_id
----
0	COMPRESSED	999	0	MERGE
1	OPEN	3	0	NOT_APPLICABLE

statement ok
ALTER INDEX cci_rg ON rg REBUILD

query ITIITT
SELECT row_group_id, state_desc, total_rows, deleted_rows, trim_reason_desc, transition_to_compressed_state_desc FROM sys.dm_db_column_store_row_group_physical_stats WHERE object_id = OBJECT_ID('rg')
----
0	COMPRESSED	1002	0	RESIDUAL_ROW_GROUP	INDEX_BUILD

query II
SELECT COUNT(*), SUM(CAST(flag AS int)) FROM rg
----
1002	1

statement ok
TRUNCATE TABLE rg
INSERT INTO rg VALUES (1, 1)

query TI
SELECT state_description, total_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg')
----
OPEN	1

statement ok
CREATE TABLE rg2 (id int NOT NULL PRIMARY KEY, flag bit)
INSERT INTO rg2 VALUES (1, 1), (2, 0), (3, 1)
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci_rg2 ON rg2 (id, flag) WHERE flag = 1

query IIT
SELECT index_id, total_rows, state_description FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg2')
----
2	2	COMPRESSED

query IT
SELECT has_filter, filter_definition FROM sys.indexes WHERE object_id = OBJECT_ID('rg2') AND index_id = 2
----
1	([flag]=(1))

statement ok
ALTER INDEX ncci_rg2 ON rg2 DISABLE

query I
SELECT COUNT(*) FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg2')
----
0

statement ok
ALTER INDEX ncci_rg2 ON rg2 REBUILD
UPDATE rg2 SET flag = 1

query I
SELECT total_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg2')
----
3

query I
SELECT COUNT(*) FROM sys.dm_db_index_physical_stats(DB_ID(), OBJECT_ID('rg'), NULL, NULL, 'LIMITED')
----
0

# A partitioned clustered columnstore has row groups per partition.
statement ok
CREATE PARTITION FUNCTION pf_cs (int) AS RANGE LEFT FOR VALUES (10)
CREATE PARTITION SCHEME ps_cs AS PARTITION pf_cs ALL TO ([PRIMARY])
CREATE TABLE pcs (id int NOT NULL, v int) ON ps_cs (id)
INSERT INTO pcs SELECT TOP (15) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)), 1 FROM sys.all_columns
CREATE CLUSTERED COLUMNSTORE INDEX cci_pcs ON pcs ON ps_cs (id)

query IIII
SELECT index_id, partition_number, row_group_id, total_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('pcs') ORDER BY partition_number
----
1	1	0	10
1	2	0	5

query III
SELECT partition_number, rows, data_compression FROM sys.partitions WHERE object_id = OBJECT_ID('pcs') ORDER BY partition_number
----
1	10	3
2	5	3
