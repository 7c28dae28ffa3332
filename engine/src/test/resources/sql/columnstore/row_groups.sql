# sys.column_store_row_groups and sys.dm_db_column_store_row_group_physical_stats: Quern keeps no
# delta store, so every row counts in a COMPRESSED row group of at most 1,048,576 rows; the counts
# follow every INSERT, UPDATE and DELETE, and a filtered nonclustered columnstore counts its rows.
statement ok
CREATE TABLE rg (id int NOT NULL, flag bit)
CREATE CLUSTERED COLUMNSTORE INDEX cci_rg ON rg

query I
SELECT COUNT(*) FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg')
----
0

statement ok
INSERT INTO rg SELECT TOP (1500) ROW_NUMBER() OVER (ORDER BY (SELECT NULL)), 0 FROM sys.all_columns AS a CROSS JOIN sys.all_columns AS b

query IIIITII
SELECT index_id, partition_number, row_group_id, state, state_description, total_rows, deleted_rows FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('rg')
----
1	1	0	3	COMPRESSED	1500	0

statement ok
DELETE FROM rg WHERE id > 1000

query ITITT
SELECT row_group_id, state_desc, total_rows, trim_reason_desc, transition_to_compressed_state_desc FROM sys.dm_db_column_store_row_group_physical_stats WHERE object_id = OBJECT_ID('rg')
----
0	COMPRESSED	1000	RESIDUAL_ROW_GROUP	INDEX_BUILD

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
