# A columnstore declared inside CREATE TABLE, with ORDER and the columnstore options.
statement ok
CREATE TABLE sales (id int NOT NULL, d date, qty int, INDEX cci_sales CLUSTERED COLUMNSTORE ORDER (d) WITH (COMPRESSION_DELAY = 30 MINUTES, DATA_COMPRESSION = COLUMNSTORE_ARCHIVE))
INSERT INTO sales VALUES (1, '2024-01-01', 5), (2, '2024-01-02', 7)

query ITII
SELECT i.index_id, i.type_desc, p.data_compression, p.rows FROM sys.indexes AS i JOIN sys.partitions AS p ON p.object_id = i.object_id AND p.index_id = i.index_id WHERE i.object_id = OBJECT_ID('sales')
----
1	CLUSTERED COLUMNSTORE	4	2

query III
SELECT column_id, key_ordinal, column_store_order_ordinal FROM sys.index_columns WHERE object_id = OBJECT_ID('sales') ORDER BY column_id
----
1	0	0
2	0	1
3	0	0

statement ok
CREATE TABLE orders (id int NOT NULL PRIMARY KEY, customer int, total money, INDEX ncci_orders NONCLUSTERED COLUMNSTORE (customer, total))
INSERT INTO orders VALUES (1, 10, 5.00), (2, 11, 6.00)

query ITI
SELECT index_id, type_desc, type FROM sys.indexes WHERE object_id = OBJECT_ID('orders') ORDER BY index_id
----
1	CLUSTERED	1
2	NONCLUSTERED COLUMNSTORE	6

query IIII
SELECT index_column_id, column_id, key_ordinal, is_included_column FROM sys.index_columns WHERE object_id = OBJECT_ID('orders') AND index_id = 2 ORDER BY index_column_id
----
1	2	0	1
2	3	0	1

# Table variables and table types take no columnstore (35310); nor does a column's INDEX (35306).
statement error 35310
DECLARE @t TABLE (a int, INDEX cci CLUSTERED COLUMNSTORE)
----
error 35310: The statement failed because columnstore indexes are not allowed on table types and table variables. Remove the column store index specification from the table type or table variable declaration.

statement error 35306
CREATE TABLE colidx (a int INDEX cci CLUSTERED COLUMNSTORE)
----
error 35306: The statement failed because a columnstore index cannot be specified using INDEX specification at the column level.
