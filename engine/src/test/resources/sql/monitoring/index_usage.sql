# no-restart: index usage counts live in memory; a restart starts them at 0.
# sys.dm_db_index_usage_stats counts each plan's index reads and each statement's index updates.
statement ok
CREATE TABLE iu (id int PRIMARY KEY, v int, w int)

statement ok
CREATE INDEX iu_v ON iu (v)

statement ok
CREATE INDEX iu_w ON iu (w) WHERE w > 0

statement ok
INSERT INTO iu VALUES (1, 10, 1), (2, 20, 2), (3, 30, 3)

query TIIII
SELECT CASE WHEN i.is_primary_key = 1 THEN 'PK' ELSE i.name END, u.user_seeks, u.user_scans, u.user_lookups, u.user_updates
FROM sys.dm_db_index_usage_stats AS u JOIN sys.indexes AS i ON i.object_id = u.object_id AND i.index_id = u.index_id
WHERE u.object_id = OBJECT_ID('iu') AND u.database_id = DB_ID() ORDER BY u.index_id
----
PK	0	0	0	1
iu_v	0	0	0	1
iu_w	0	0	0	1

# A key seek, a scan, a seek on iu_v with a lookup of the row (v alone does not cover *).
query I
SELECT v FROM iu WHERE id = 2
----
20

query I
SELECT COUNT(*) FROM iu WITH (INDEX(0))
----
3

query III
SELECT * FROM iu WHERE v = 30
----
3	30	3

# An UPDATE of w maintains the rows and iu_w, not iu_v.
statement ok
UPDATE iu SET w = 5 WHERE id = 1

query TIIII
SELECT CASE WHEN i.is_primary_key = 1 THEN 'PK' ELSE i.name END, u.user_seeks, u.user_scans, u.user_lookups, u.user_updates
FROM sys.dm_db_index_usage_stats AS u JOIN sys.indexes AS i ON i.object_id = u.object_id AND i.index_id = u.index_id
WHERE u.object_id = OBJECT_ID('iu') AND u.database_id = DB_ID() ORDER BY u.index_id
----
PK	2	1	1	2
iu_v	1	0	0	1
iu_w	0	0	0	2

query T
SELECT CASE WHEN last_user_update <= GETDATE() AND last_user_seek IS NOT NULL AND last_system_seek IS NULL THEN 'ok' END
FROM sys.dm_db_index_usage_stats WHERE object_id = OBJECT_ID('iu') AND index_id = 1
----
ok

# sys.stats: one statistics object per index, named and numbered as the index, over its keys.
query TIIT
SELECT CASE WHEN s.name = (SELECT name FROM sys.indexes WHERE object_id = s.object_id AND index_id = 1) THEN 'PK' ELSE s.name END, s.stats_id, CAST(s.has_filter AS int), s.filter_definition FROM sys.stats AS s WHERE s.object_id = OBJECT_ID('iu') ORDER BY s.stats_id
----
PK	1	0	NULL
iu_v	2	0	NULL
iu_w	3	1	([w]>(0))

query III
SELECT sc.stats_id, sc.stats_column_id, sc.column_id FROM sys.stats_columns AS sc WHERE sc.object_id = OBJECT_ID('iu') ORDER BY sc.stats_id, sc.stats_column_id
----
1	1	1
2	1	2
3	1	3

# sys.dm_db_index_physical_stats: each index's pages, no fragmentation in a log-structured store.
query ITIRIT
SELECT ps.index_id, ps.index_type_desc, ps.index_depth, ps.avg_fragmentation_in_percent, ps.page_count, CASE WHEN ps.record_count IS NULL THEN 'limited' END
FROM sys.dm_db_index_physical_stats(DB_ID(), OBJECT_ID('iu'), NULL, NULL, 'LIMITED') AS ps ORDER BY ps.index_id
----
1	CLUSTERED INDEX	1	0	1	limited
2	NONCLUSTERED INDEX	1	0	1	limited
3	NONCLUSTERED INDEX	1	0	1	limited

query II
SELECT ps.index_id, ps.record_count FROM sys.dm_db_index_physical_stats(DB_ID(), OBJECT_ID('iu'), 1, DEFAULT, 'DETAILED') AS ps
----
1	3

query I
SELECT COUNT(*) FROM sys.dm_db_index_physical_stats(DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) WHERE object_id = OBJECT_ID('iu')
----
3
