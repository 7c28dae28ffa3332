# no-restart: missing-index entries live in memory; a restart empties them, as SQL Server's do.
# sys.dm_db_missing_index_details / _groups / _group_stats: the indexes query WHEREs lacked.
statement ok
CREATE TABLE mi (id int CONSTRAINT pk_mi PRIMARY KEY, a int, b int, c varchar(10), d varchar(max))

statement ok
CREATE INDEX ix_mi_b ON mi (b)

statement ok
INSERT INTO mi VALUES (1, 10, 100, 'x', 'dx'), (2, 20, 200, 'y', 'dy'), (3, 30, 300, 'z', 'dz'), (4, 20, 400, 'w', 'dw')

query I
SELECT COUNT(*) FROM sys.dm_db_missing_index_details WHERE object_id = OBJECT_ID('mi')
----
0

# A scan for a = 20 lacks an index on a, including the other column the query reads.
query IT rowsort
SELECT id, c FROM mi WHERE a = 20
----
2	y
4	w

query IT rowsort
SELECT id, c FROM mi WHERE a = 20
----
2	y
4	w

# The plan names the index it lacked, ahead of its operators (SSMS's "Missing Index" line).
query I
SELECT COUNT(*) FROM sys.dm_exec_cached_plans cp CROSS APPLY sys.dm_exec_sql_text(cp.plan_handle) t CROSS APPLY sys.dm_exec_query_plan(cp.plan_handle) p WHERE t.text = 'SELECT id, c FROM mi WHERE a = 20' AND CAST(p.query_plan AS nvarchar(max)) LIKE '%<QueryPlan % CompileCPU="0"><MissingIndexes><MissingIndexGroup Impact="%"><MissingIndex Database="_master_" Schema="_dbo_" Table="_mi_"><ColumnGroup Usage="EQUALITY"><Column Name="_a_" ColumnId="2" /></ColumnGroup><ColumnGroup Usage="INCLUDE"><Column Name="_c_" ColumnId="4" /></ColumnGroup></MissingIndex></MissingIndexGroup></MissingIndexes><RelOp %'
----
1

# A seek on every equality column lacks nothing; a point select on the key neither.
query I
SELECT a FROM mi WHERE b = 200
----
20

query T
SELECT c FROM mi WHERE id = 3
----
z

# Equality and inequality columns; b has an index, but not one that seeks both.
query I
SELECT id FROM mi WHERE b = 400 AND a > 5 AND c <> 'q'
----
4

query TTTTT
SELECT OBJECT_NAME(object_id), equality_columns, inequality_columns, included_columns, statement FROM sys.dm_db_missing_index_details WHERE database_id = DB_ID() AND object_id = OBJECT_ID('mi') ORDER BY index_handle
----
mi	[a]	NULL	[c]	[master].[dbo].[mi]
mi	[b]	[a], [c]	NULL	[master].[dbo].[mi]

query IIIII
SELECT s.unique_compiles, s.user_seeks, s.user_scans, CASE WHEN s.last_user_seek IS NULL THEN 0 ELSE 1 END, CASE WHEN s.avg_total_user_cost > 0 AND s.avg_user_impact >= 0 AND s.avg_user_impact < 100 THEN 1 ELSE 0 END
FROM sys.dm_db_missing_index_details d JOIN sys.dm_db_missing_index_groups g ON g.index_handle = d.index_handle
JOIN sys.dm_db_missing_index_group_stats s ON s.group_handle = g.index_group_handle
WHERE d.object_id = OBJECT_ID('mi') ORDER BY d.index_handle
----
2	2	0	1	1
1	1	0	1	1

# An ad hoc batch reading a table is compiled each time it runs (unique_compiles counts each); a
# procedure's plan is compiled once and run many times.
statement ok
CREATE PROCEDURE mi_by_c @c varchar(10) AS SELECT id FROM mi WHERE c = @c

statement ok
EXEC mi_by_c 'x'
EXEC mi_by_c 'y'
EXEC mi_by_c 'z'

query TTII
SELECT d.equality_columns, d.included_columns, s.unique_compiles, s.user_seeks
FROM sys.dm_db_missing_index_details d JOIN sys.dm_db_missing_index_groups g ON g.index_handle = d.index_handle
JOIN sys.dm_db_missing_index_group_stats s ON s.group_handle = g.index_group_handle
WHERE d.object_id = OBJECT_ID('mi') AND d.equality_columns = '[c]'
----
[c]	NULL	1	3

# _group_stats_query: the queries that needed it, with their text through the sql handle.
query TII
SELECT SUBSTRING(t.text, q.last_statement_start_offset / 2 + 1, (q.last_statement_end_offset - q.last_statement_start_offset) / 2 + 1), q.user_seeks, CASE WHEN q.query_hash = qs.query_hash THEN 1 ELSE 0 END
FROM sys.dm_db_missing_index_details d JOIN sys.dm_db_missing_index_groups g ON g.index_handle = d.index_handle
JOIN sys.dm_db_missing_index_group_stats_query q ON q.group_handle = g.index_group_handle
CROSS APPLY sys.dm_exec_sql_text(q.last_sql_handle) t
JOIN sys.dm_exec_query_stats qs ON qs.sql_handle = q.last_sql_handle AND qs.statement_start_offset = q.last_statement_start_offset
WHERE d.object_id = OBJECT_ID('mi') AND d.equality_columns = '[c]'
----
SELECT id FROM mi WHERE c = @c	3	1

# The DBAs' query: the indexes to create, most useful first.
query T
SELECT 'CREATE INDEX [missing_index_' + LEFT(PARSENAME(mid.statement, 1), 32) + ']' + ' ON ' + mid.statement
  + ' (' + ISNULL(mid.equality_columns, '')
  + CASE WHEN mid.equality_columns IS NOT NULL AND mid.inequality_columns IS NOT NULL THEN ',' ELSE '' END
  + ISNULL(mid.inequality_columns, '') + ')' + ISNULL(' INCLUDE (' + mid.included_columns + ')', '') AS create_index_statement
FROM sys.dm_db_missing_index_groups mig
INNER JOIN sys.dm_db_missing_index_group_stats migs ON migs.group_handle = mig.index_group_handle
INNER JOIN sys.dm_db_missing_index_details mid ON mig.index_handle = mid.index_handle
WHERE mid.database_id = DB_ID() AND mid.object_id = OBJECT_ID('mi')
ORDER BY migs.avg_total_user_cost * migs.avg_user_impact * (migs.user_seeks + migs.user_scans) DESC, mid.index_handle
----
CREATE INDEX [missing_index_mi] ON [master].[dbo].[mi] ([a]) INCLUDE ([c])
CREATE INDEX [missing_index_mi] ON [master].[dbo].[mi] ([b],[a], [c])
CREATE INDEX [missing_index_mi] ON [master].[dbo].[mi] ([c])

# A (max) column is no index key; hints that choose the index leave nothing to suggest.
query I
SELECT id FROM mi WHERE d = 'dx'
----
1

query I
SELECT id FROM mi WITH (INDEX(0)) WHERE c = 'x'
----
1

query I
SELECT COUNT(*) FROM sys.dm_db_missing_index_details WHERE object_id = OBJECT_ID('mi')
----
3

# The rows an UPDATE or DELETE reads count too (no included column: the statement writes the rows).
statement ok
UPDATE mi SET c = c WHERE b > 150 AND a = 20

statement ok
DELETE FROM mi WHERE a = 99

query TTTI rowsort
SELECT d.equality_columns, ISNULL(d.inequality_columns, '-'), ISNULL(d.included_columns, '-'), s.user_seeks
FROM sys.dm_db_missing_index_details d JOIN sys.dm_db_missing_index_groups g ON g.index_handle = d.index_handle
JOIN sys.dm_db_missing_index_group_stats s ON s.group_handle = g.index_group_handle
WHERE d.object_id = OBJECT_ID('mi') AND d.included_columns IS NULL AND d.equality_columns = '[a]'
----
[a]	-	-	1
[a]	[b]	-	1

# Creating an index changes the table: its entries are dropped.
statement ok
CREATE INDEX ix_mi_a ON mi (a) INCLUDE (c)

query I
SELECT COUNT(*) FROM sys.dm_db_missing_index_details WHERE object_id = OBJECT_ID('mi')
----
0

query IT rowsort
SELECT id, c FROM mi WHERE a = 20
----
2	y
4	w

query I
SELECT COUNT(*) FROM sys.dm_db_missing_index_details WHERE object_id = OBJECT_ID('mi')
----
0
