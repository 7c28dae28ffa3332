# no-restart: the counters live in memory; a restart starts them at 0.
# sys.dm_db_index_operational_stats: the rows each statement changed per index, scans and seeks, lookups.
statement ok
CREATE TABLE ios (id int PRIMARY KEY, v int, w int)

statement ok
CREATE INDEX ios_v ON ios (v)

query IIIIII
SELECT index_id, partition_number, leaf_insert_count, leaf_delete_count, leaf_update_count, range_scan_count
FROM sys.dm_db_index_operational_stats(DB_ID(), OBJECT_ID('ios'), NULL, NULL) ORDER BY index_id
----
1	1	0	0	0	0
2	1	0	0	0	0

statement ok
INSERT INTO ios VALUES (1, 10, 1), (2, 20, 2), (3, 30, 3)

# An UPDATE of w changes the rows only; of v the rows and ios_v.
statement ok
UPDATE ios SET w = 0 WHERE id > 1

statement ok
UPDATE ios SET v = 11 WHERE id = 1

statement ok
DELETE FROM ios WHERE id = 3

query III
SELECT * FROM ios WHERE v = 20
----
2	20	0

query IIIIII
SELECT index_id, leaf_insert_count, leaf_delete_count, leaf_update_count, range_scan_count, singleton_lookup_count
FROM sys.dm_db_index_operational_stats(DB_ID(), OBJECT_ID('ios'), NULL, NULL) ORDER BY index_id
----
1	3	1	3	3	1
2	3	1	1	1	0

# Filters: one index (-1 and 0 mean all), another database or partition give no rows.
query I
SELECT COUNT(*) FROM sys.dm_db_index_operational_stats(DB_ID(), OBJECT_ID('ios'), 2, 1)
----
1

query I
SELECT COUNT(*) FROM sys.dm_db_index_operational_stats(DB_ID(), OBJECT_ID('ios'), -1, 0)
----
2

query I
SELECT COUNT(*) FROM sys.dm_db_index_operational_stats(DB_ID(), OBJECT_ID('ios'), NULL, 2)
----
0

query I
SELECT COUNT(*) FROM sys.dm_db_index_operational_stats(DB_ID('tempdb'), NULL, NULL, NULL)
----
0

query IIII
SELECT SUM(row_lock_count), SUM(page_lock_count), SUM(page_latch_wait_count), SUM(index_lock_promotion_count)
FROM sys.dm_db_index_operational_stats(NULL, OBJECT_ID('ios'), NULL, NULL)
----
0	0	0	0

describe
SELECT TOP 0 * FROM sys.dm_db_index_operational_stats(DEFAULT, DEFAULT, DEFAULT, DEFAULT)
----
database_id	smallint	NOT NULL
object_id	int	NOT NULL
index_id	int	NOT NULL
partition_number	int	NOT NULL
hobt_id	bigint	NOT NULL
leaf_insert_count	bigint	NOT NULL
leaf_delete_count	bigint	NOT NULL
leaf_update_count	bigint	NOT NULL
leaf_ghost_count	bigint	NOT NULL
nonleaf_insert_count	bigint	NOT NULL
nonleaf_delete_count	bigint	NOT NULL
nonleaf_update_count	bigint	NOT NULL
leaf_allocation_count	bigint	NOT NULL
nonleaf_allocation_count	bigint	NOT NULL
leaf_page_merge_count	bigint	NOT NULL
nonleaf_page_merge_count	bigint	NOT NULL
range_scan_count	bigint	NOT NULL
singleton_lookup_count	bigint	NOT NULL
forwarded_fetch_count	bigint	NOT NULL
lob_fetch_in_pages	bigint	NOT NULL
lob_fetch_in_bytes	bigint	NOT NULL
lob_orphan_create_count	bigint	NOT NULL
lob_orphan_insert_count	bigint	NOT NULL
row_overflow_fetch_in_pages	bigint	NOT NULL
row_overflow_fetch_in_bytes	bigint	NOT NULL
column_value_push_off_row_count	bigint	NOT NULL
column_value_pull_in_row_count	bigint	NOT NULL
row_lock_count	bigint	NOT NULL
row_lock_wait_count	bigint	NOT NULL
row_lock_wait_in_ms	bigint	NOT NULL
page_lock_count	bigint	NOT NULL
page_lock_wait_count	bigint	NOT NULL
page_lock_wait_in_ms	bigint	NOT NULL
index_lock_promotion_attempt_count	bigint	NOT NULL
index_lock_promotion_count	bigint	NOT NULL
page_latch_wait_count	bigint	NOT NULL
page_latch_wait_in_ms	bigint	NOT NULL
page_io_latch_wait_count	bigint	NOT NULL
page_io_latch_wait_in_ms	bigint	NOT NULL
tree_page_latch_wait_count	bigint	NOT NULL
tree_page_latch_wait_in_ms	bigint	NOT NULL
tree_page_io_latch_wait_count	bigint	NOT NULL
tree_page_io_latch_wait_in_ms	bigint	NOT NULL
page_compression_attempt_count	bigint	NOT NULL
page_compression_success_count	bigint	NOT NULL
version_generated_inrow	bigint	NOT NULL
version_generated_offrow	bigint	NOT NULL
ghost_version_inrow	bigint	NOT NULL
ghost_version_offrow	bigint	NOT NULL
insert_over_ghost_version_inrow	bigint	NOT NULL
insert_over_ghost_version_offrow	bigint	NOT NULL

statement error 174
SELECT * FROM sys.dm_db_index_operational_stats(NULL, NULL, NULL)
----
error 174: The dm_db_index_operational_stats function requires 4 argument(s).
