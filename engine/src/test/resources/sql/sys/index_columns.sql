# sys.index_columns, sys.partitions, sys.all_objects, sys.all_columns, sys.system_objects: what
# SSMS's object explorer and ORMs read to list indexes, row counts and system objects.
statement ok
CREATE TABLE ic_orders (id int NOT NULL, customer int NOT NULL, placed datetime2 NOT NULL, total money NULL, note nvarchar(100) NULL,
  CONSTRAINT pk_ic_orders PRIMARY KEY (id), CONSTRAINT uq_ic_orders UNIQUE (customer, placed))

statement ok
CREATE INDEX ix_ic_orders_placed ON ic_orders (placed DESC, customer) INCLUDE (total, note)

statement ok
CREATE TABLE ic_heap (a int, b varchar(10))

# Key columns in key order, then included ones with key_ordinal 0.
query TTIITIII
SELECT OBJECT_NAME(ic.object_id), i.name, ic.index_column_id, ic.key_ordinal, COL_NAME(ic.object_id, ic.column_id),
  ic.is_descending_key, ic.is_included_column, ic.partition_ordinal
FROM sys.index_columns AS ic JOIN sys.indexes AS i ON i.object_id = ic.object_id AND i.index_id = ic.index_id
WHERE ic.object_id IN (OBJECT_ID('ic_orders'), OBJECT_ID('ic_heap'))
ORDER BY ic.index_id, ic.index_column_id
----
ic_orders	pk_ic_orders	1	1	id	0	0	0
ic_orders	uq_ic_orders	1	1	customer	0	0	0
ic_orders	uq_ic_orders	2	2	placed	0	0	0
ic_orders	ix_ic_orders_placed	1	1	placed	1	0	0
ic_orders	ix_ic_orders_placed	2	2	customer	0	0	0
ic_orders	ix_ic_orders_placed	3	0	total	0	1	0
ic_orders	ix_ic_orders_placed	4	0	note	0	1	0

# The primary key's columns, the way tools find them.
query T
SELECT c.name FROM sys.indexes AS i
JOIN sys.index_columns AS ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
WHERE i.is_primary_key = 1 AND i.object_id = OBJECT_ID('dbo.ic_orders')
ORDER BY ic.key_ordinal
----
id

describe
SELECT * FROM sys.index_columns
----
object_id	int	NOT NULL
index_id	int	NOT NULL
index_column_id	int	NOT NULL
column_id	int	NOT NULL
key_ordinal	tinyint	NOT NULL
partition_ordinal	tinyint	NOT NULL
is_descending_key	bit	NULL
is_included_column	bit	NULL
column_store_order_ordinal	tinyint	NOT NULL

statement ok
INSERT INTO ic_orders VALUES (1, 10, '2026-01-01', 5, NULL), (2, 10, '2026-01-02', 7, N'x'), (3, 11, '2026-01-02', NULL, NULL)

statement ok
INSERT INTO ic_heap VALUES (1, 'a'), (2, 'b')

# One partition per heap or index, numbered 1, with the table's row count.
query TIIIIT
SELECT OBJECT_NAME(object_id), index_id, partition_number, rows, data_compression, data_compression_desc
FROM sys.partitions WHERE object_id IN (OBJECT_ID('ic_orders'), OBJECT_ID('ic_heap')) ORDER BY object_id, index_id
----
ic_orders	1	1	3	0	NONE
ic_orders	2	1	3	0	NONE
ic_orders	3	1	3	0	NONE
ic_heap	0	1	2	0	NONE

# The row count SSMS shows for a table.
query TI
SELECT t.name, SUM(p.rows) FROM sys.tables AS t JOIN sys.partitions AS p ON p.object_id = t.object_id AND p.index_id IN (0, 1)
WHERE t.name LIKE 'ic[_]%' GROUP BY t.name ORDER BY t.name
----
ic_heap	2
ic_orders	3

# A deleted row is gone from the count, and an uncommitted insert counts for its own transaction.
query I
BEGIN TRAN
DELETE FROM ic_heap WHERE a = 1
INSERT INTO ic_heap VALUES (3, 'c'), (4, 'd')
SELECT rows FROM sys.partitions WHERE object_id = OBJECT_ID('ic_heap')
ROLLBACK
----
3

# partition_id = hobt_id, unique per index.
query I
SELECT COUNT(DISTINCT partition_id) - COUNT(*) FROM sys.partitions WHERE partition_id = hobt_id
----
0

describe
SELECT * FROM sys.partitions
----
partition_id	bigint	NOT NULL
object_id	int	NOT NULL
index_id	int	NOT NULL
partition_number	int	NOT NULL
hobt_id	bigint	NOT NULL
rows	bigint	NULL
filestream_filegroup_id	smallint	NOT NULL
data_compression	tinyint	NOT NULL
data_compression_desc	nvarchar(60)	NULL
xml_compression	bit	NULL
xml_compression_desc	varchar(3)	NULL

# sys.all_objects: the user objects of sys.objects plus the system views and procedures.
query TTT
SELECT SCHEMA_NAME(schema_id), name, type_desc FROM sys.all_objects
WHERE name IN ('ic_orders', 'pk_ic_orders', 'objects', 'index_columns', 'TABLES', 'sp_helptext', 'sp_executesql')
ORDER BY name
----
dbo	ic_orders	USER_TABLE
sys	index_columns	VIEW
sys	objects	VIEW
dbo	pk_ic_orders	PRIMARY_KEY_CONSTRAINT
sys	sp_executesql	SQL_STORED_PROCEDURE
sys	sp_helptext	SQL_STORED_PROCEDURE
sys	tables	VIEW
INFORMATION_SCHEMA	TABLES	VIEW

query I
SELECT COUNT(*) FROM sys.all_objects WHERE object_id < 0 AND object_id NOT IN (SELECT object_id FROM sys.system_objects)
----
0

query I
SELECT COUNT(*) FROM sys.system_objects WHERE object_id > 0
----
0

# A system view keeps the id sys.system_views gives it.
query I
SELECT COUNT(*) FROM sys.system_views AS v JOIN sys.all_objects AS o ON o.object_id = v.object_id AND o.name = v.name
WHERE v.name IN ('objects', 'columns', 'partitions')
----
3

# sys.all_columns: sys.columns' rows plus the columns of the system views.
query ITTIII
SELECT c.column_id, c.name, TYPE_NAME(c.system_type_id), c.max_length, c.is_nullable, c.is_identity
FROM sys.all_columns AS c JOIN sys.all_objects AS o ON o.object_id = c.object_id
WHERE o.name = 'index_columns' AND o.schema_id = SCHEMA_ID('sys') ORDER BY c.column_id
----
1	object_id	int	4	0	0
2	index_id	int	4	0	0
3	index_column_id	int	4	0	0
4	column_id	int	4	0	0
5	key_ordinal	tinyint	1	0	0
6	partition_ordinal	tinyint	1	0	0
7	is_descending_key	bit	1	1	0
8	is_included_column	bit	1	1	0
9	column_store_order_ordinal	tinyint	1	0	0

# A system view's row carries every column sys.columns has (SELECT * and EXISTS (SELECT * …) read
# them all): not hidden, not generated.
query TIIT
SELECT name, is_hidden, generated_always_type, generated_always_type_desc FROM sys.all_columns
WHERE object_id = OBJECT_ID('sys.dm_exec_sessions') AND name = 'group_id'
----
group_id	0	0	NOT_APPLICABLE

query T
SELECT CASE WHEN EXISTS (SELECT * FROM sys.all_columns AS ac
  WHERE ac.object_id = OBJECT_ID('sys.dm_exec_sessions') AND ac.name = 'group_id') THEN 'found' ELSE 'missing' END
----
found

query I
SELECT COUNT(*) FROM (SELECT * FROM sys.system_columns) AS c WHERE c.generated_always_type_desc = 'NOT_APPLICABLE' AND c.column_id = 1
  AND c.object_id = OBJECT_ID('sys.objects')
----
1

query TI
SELECT name, column_id FROM sys.all_columns WHERE object_id = OBJECT_ID('ic_heap') ORDER BY column_id
----
a	1
b	2

query I
SELECT COUNT(*) FROM sys.system_columns WHERE object_id > 0
----
0

describe
SELECT * FROM sys.all_objects
----
name	nvarchar(128)	NOT NULL
object_id	int	NOT NULL
principal_id	int	NULL
schema_id	int	NOT NULL
parent_object_id	int	NOT NULL
type	nvarchar(2)	NULL
type_desc	nvarchar(60)	NULL
create_date	datetime	NULL
modify_date	datetime	NULL
is_ms_shipped	bit	NOT NULL
is_published	bit	NOT NULL
is_schema_published	bit	NOT NULL
