# CREATE TABLE / CREATE INDEX / PRIMARY KEY … ON ps(column): partitions are logical, a row's
# partition is its column's value under the function; sys.indexes names the scheme,
# sys.partitions and sys.dm_db_partition_stats have a row per partition with its rows.
statement ok
CREATE PARTITION FUNCTION pf_year (date) AS RANGE RIGHT FOR VALUES ('2023-01-01', '2024-01-01', '2025-01-01')

statement ok
CREATE PARTITION SCHEME ps_year AS PARTITION pf_year ALL TO ([PRIMARY])

statement ok
CREATE TABLE orders (
  id int NOT NULL,
  order_date date NOT NULL,
  amount int,
  CONSTRAINT pk_orders PRIMARY KEY CLUSTERED (id, order_date)
) ON ps_year(order_date)

statement ok
INSERT INTO orders VALUES (1, '2022-05-01', 10), (2, '2023-02-01', 20), (3, '2023-12-31', 30),
  (4, '2024-01-01', 40), (5, '2026-07-01', 50), (6, '2026-08-01', 60)

query II
SELECT $PARTITION.pf_year(order_date) AS p, COUNT(*) FROM orders GROUP BY $PARTITION.pf_year(order_date) ORDER BY p
----
1	1
2	2
3	1
4	2

query TIT
SELECT i.name, i.index_id, ds.name FROM sys.indexes i JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id
WHERE i.object_id = OBJECT_ID('orders')
----
pk_orders	1	ps_year

query IIII
SELECT index_id, partition_number, rows, CASE WHEN partition_id = hobt_id THEN 1 ELSE 0 END
FROM sys.partitions WHERE object_id = OBJECT_ID('orders') ORDER BY index_id, partition_number
----
1	1	1	1
1	2	2	1
1	3	1	1
1	4	2	1

query III
SELECT partition_number, row_count, CASE WHEN partition_id IS NOT NULL THEN 1 ELSE 0 END
FROM sys.dm_db_partition_stats WHERE object_id = OBJECT_ID('orders') ORDER BY partition_number
----
1	1	1
2	2	1
3	1	1
4	2	1

query I
SELECT COUNT(DISTINCT partition_id) FROM sys.partitions WHERE object_id = OBJECT_ID('orders')
----
4

# Each partition has its in-row allocation unit, on the PRIMARY filegroup.
query II
SELECT COUNT(*), SUM(CASE WHEN au.data_space_id = 1 AND au.type_desc = 'IN_ROW_DATA' THEN 1 ELSE 0 END)
FROM sys.allocation_units au JOIN sys.partitions p ON au.container_id = p.hobt_id
WHERE p.object_id = OBJECT_ID('orders')
----
4	4

# A nonclustered index with no ON clause is aligned with the table; ON [PRIMARY] is not.
statement ok
CREATE NONCLUSTERED INDEX ix_amount ON orders (amount)

statement ok
CREATE UNIQUE NONCLUSTERED INDEX ux_id ON orders (id) ON [PRIMARY]

statement ok
CREATE UNIQUE NONCLUSTERED INDEX ux_id_date ON orders (id, order_date) ON ps_year(order_date)

query TIT
SELECT i.name, i.index_id, ds.name FROM sys.indexes i JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id
WHERE i.object_id = OBJECT_ID('orders') ORDER BY i.index_id
----
pk_orders	1	ps_year
ix_amount	2	ps_year
ux_id	3	PRIMARY
ux_id_date	4	ps_year

query II
SELECT index_id, COUNT(*) FROM sys.partitions WHERE object_id = OBJECT_ID('orders') GROUP BY index_id ORDER BY index_id
----
1	4
2	4
3	1
4	4

# A unique index aligned with the table must have the partitioning column in its key (1908).
statement error 1908
CREATE UNIQUE NONCLUSTERED INDEX ux_amount ON orders (amount)
----
error 1908: Column 'order_date' is partitioning column of the index 'ux_amount'. Partition columns for a unique index must be a subset of the index key.

statement error 1908
CREATE TABLE bad_pk (id int NOT NULL, d date NOT NULL, CONSTRAINT pk_bad PRIMARY KEY (id)) ON ps_year(d)
----
error 1908: Column 'd' is partitioning column of the index 'pk_bad'. Partition columns for a unique index must be a subset of the index key.

statement error 1908
ALTER TABLE orders ADD CONSTRAINT uq_amount UNIQUE (amount)
----
error 1908: Column 'order_date' is partitioning column of the index 'uq_amount'. Partition columns for a unique index must be a subset of the index key.

statement ok
ALTER TABLE orders ADD CONSTRAINT uq_amount_date UNIQUE (amount, order_date)

query T
SELECT ds.name FROM sys.indexes i JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id
WHERE i.name = 'uq_amount_date'
----
ps_year

# The partitioning column's type must be the function's parameter type exactly (7726).
statement error 7726
CREATE TABLE bad_type (id int, d datetime) ON ps_year(d)
----
error 7726: Partition column 'd' has data type datetime which is different from the partition function 'pf_year' parameter data type date.

statement error 1911
CREATE TABLE bad_column (id int, d date) ON ps_year(nope)
----
error 1911: Column name 'nope' does not exist in the target table, index or view.

statement error 1921
CREATE TABLE bad_scheme (id int, d date) ON no_such_scheme(d)
----
error 1921: Invalid partition scheme 'no_such_scheme' specified.

statement error 7724
CREATE TABLE bad_computed (id int, d date, d2 AS DATEADD(day, 1, d)) ON ps_year(d2)
----
error 7724: Computed column cannot be used as a partition key if it is not persisted. Partition key column 'd2' in table 'bad_computed' is not persisted.

# A heap partitioned on a scheme; its clustered index, created later, stays on it.
statement ok
CREATE TABLE events (id int NOT NULL, happened date NOT NULL) ON ps_year(happened)

statement ok
INSERT INTO events VALUES (1, '2021-01-01'), (2, '2025-03-03')

query II
SELECT index_id, COUNT(*) FROM sys.partitions WHERE object_id = OBJECT_ID('events') GROUP BY index_id
----
0	4

statement ok
CREATE CLUSTERED INDEX cx_events ON events (id)

query TII
SELECT ds.name, i.index_id, (SELECT SUM(rows) FROM sys.partitions p WHERE p.object_id = i.object_id AND p.index_id = 1)
FROM sys.indexes i JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id WHERE i.object_id = OBJECT_ID('events')
----
ps_year	1	2

# Dropping the clustered index leaves the heap on the scheme.
statement ok
DROP INDEX cx_events ON events

query TI
SELECT ds.name, i.index_id FROM sys.indexes i JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id
WHERE i.object_id = OBJECT_ID('events')
----
ps_year	0

# The partitioning column can be neither dropped nor changed while it partitions the table.
statement error 5074
ALTER TABLE events DROP COLUMN happened
----
error 5074: The object 'events' is dependent on column 'happened'.
error 4922: ALTER TABLE DROP COLUMN happened failed because one or more objects access this column.

statement error 5074
ALTER TABLE events ALTER COLUMN happened datetime NOT NULL
----
error 5074: The object 'events' is dependent on column 'happened'.
error 4922: ALTER TABLE ALTER COLUMN happened failed because one or more objects access this column.

# A scheme a table uses cannot be dropped (7717); once its tables are gone it can.
statement error 7717
DROP PARTITION SCHEME ps_year
----
error 7717: The partition scheme "ps_year" is currently being used to partition one or more tables.

statement ok
DROP TABLE orders

statement error 7717
DROP PARTITION SCHEME ps_year

statement ok
DROP TABLE events

statement ok
DROP PARTITION SCHEME ps_year

statement ok
DROP PARTITION FUNCTION pf_year

# Character columns: the collation must match the function's (the database's, case-insensitive:
# 'M' equals the boundary 'm', so RANGE LEFT puts it in partition 1).
statement ok
CREATE PARTITION FUNCTION pf_code (varchar(10)) AS RANGE LEFT FOR VALUES ('m')

statement ok
CREATE PARTITION SCHEME ps_code AS PARTITION pf_code ALL TO ([PRIMARY])

statement error 7727
CREATE TABLE codes (code varchar(10) COLLATE Latin1_General_BIN) ON ps_code(code)
----
error 7727: Collation of partition column 'code' does not match collation of corresponding parameter in partition function 'pf_code'.

statement ok
CREATE TABLE codes (code varchar(10)) ON ps_code(code)

statement ok
INSERT INTO codes VALUES ('apple'), ('M'), ('zebra')

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('codes') ORDER BY partition_number
----
1	2
2	1
