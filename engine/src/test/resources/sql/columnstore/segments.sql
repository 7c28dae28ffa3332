# sys.column_store_segments: one row per column of each row group, with the row count, whether the
# group holds NULLs and, for an integer column, its smallest and largest value. Quern builds no
# dictionaries (sys.column_store_dictionaries has no rows).
statement ok
CREATE TABLE seg (id int NOT NULL, name nvarchar(20), qty smallint)
INSERT INTO seg VALUES (1, N'ab', 5), (2, NULL, 7), (3, N'cde', -2)
CREATE CLUSTERED COLUMNSTORE INDEX cci_seg ON seg

query IIIIIIIII
SELECT s.column_id, s.segment_id, s.encoding_type, s.row_count, s.has_nulls, s.min_data_id, s.max_data_id, s.primary_dictionary_id, s.on_disk_size FROM sys.column_store_segments AS s JOIN sys.partitions AS p ON p.hobt_id = s.hobt_id WHERE p.object_id = OBJECT_ID('seg') ORDER BY s.column_id
----
1	0	1	3	0	1	3	-1	12
2	0	5	3	1	NULL	NULL	-1	10
3	0	1	3	0	-2	7	-1	6

query I
SELECT COUNT(*) FROM sys.column_store_dictionaries
----
0

query IT
SELECT total_rows, state_desc FROM sys.dm_db_column_store_row_group_physical_stats WHERE object_id = OBJECT_ID('seg')
----
3	COMPRESSED

# A column added to a clustered columnstore table joins it, so it must be of a type it holds.
statement error 35343
ALTER TABLE seg ADD doc xml
----
error 35343: The statement failed. Column 'doc' has a data type that cannot participate in a columnstore index. Omit column 'doc'.

statement ok
ALTER TABLE seg ADD extra bigint NULL

query I
SELECT COUNT(*) FROM sys.column_store_segments AS s JOIN sys.partitions AS p ON p.hobt_id = s.hobt_id WHERE p.object_id = OBJECT_ID('seg')
----
4

statement ok
TRUNCATE TABLE seg

query I
SELECT COUNT(*) FROM sys.column_store_row_groups WHERE object_id = OBJECT_ID('seg')
----
0
