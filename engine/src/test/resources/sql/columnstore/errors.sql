# SQL Server's checks of a columnstore index, each with its number and text.
statement ok
CREATE TABLE e1 (id int NOT NULL, a int, b varchar(20), x xml, c AS a + 1, p AS a * 2 PERSISTED)
CREATE TABLE e2 (id int NOT NULL, a int, t text)
CREATE TABLE e3 (id int NOT NULL CONSTRAINT pk_e3 PRIMARY KEY CLUSTERED, a int, m varchar(max))
CREATE TABLE e4 (id int NOT NULL, a int, p AS a * 2 PERSISTED)
CREATE TABLE e5 (id int NOT NULL, a int)
CREATE TABLE e6 (id int NOT NULL, a int)
CREATE CLUSTERED INDEX cix ON e6 (id)
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e6 (a)
CREATE VIEW v_e3 WITH SCHEMABINDING AS SELECT id, a FROM dbo.e3

statement error 35301
CREATE UNIQUE CLUSTERED COLUMNSTORE INDEX cci ON e1
----
error 35301: The statement failed because a columnstore index cannot be unique. Create the columnstore index without the UNIQUE keyword or create a unique index without the COLUMNSTORE keyword.

statement error 35335
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e1 (id, a)
----
error 35335: The statement failed because specifying a key list is not allowed when creating a clustered columnstore index. Create the clustered columnstore index without specifying a key list.

statement error 35336
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e1
----
error 35336: The statement failed because specifying key list is missing when creating an index. Create the index with specifying key list .

statement error 35311
CREATE COLUMNSTORE INDEX ncci ON e1 (id) INCLUDE (a)
----
error 35311: The statement failed because a columnstore index cannot have included columns.   Create the columnstore index on the desired columns without specifying any included columns.

statement error 35302
CREATE COLUMNSTORE INDEX ncci ON e1 (id DESC, a)
----
error 35302: The statement failed because specifying sort order (ASC or DESC) is not allowed when creating a columnstore index. Create the columnstore index without specifying a sort order.

statement error 35342
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e1 (id, a) ORDER (a)
----
error 35342: The statement failed because specifying ORDER is not a valid option for non-clustered columnstore index creation. Consider creating an non-clustered columnstore index without specifying ORDER, or create a clustered columnstore index.

statement error 35343
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e2
----
error 35343: The statement failed. Column 't' has a data type that cannot participate in a columnstore index. Omit column 't'.

statement error 35343
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e1 (id, x)
----
error 35343: The statement failed. Column 'x' has a data type that cannot participate in a columnstore index. Omit column 'x'.

# A nonclustered columnstore holds no max-length column; a clustered one does.
statement error 35343
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e3 (a, m)
----
error 35343: The statement failed. Column 'm' has a data type that cannot participate in a columnstore index. Omit column 'm'.

statement error 35307
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e1 (id, c)
----
error 35307: The statement failed because column 'c' on table 'e1' is a computed column. Columnstore index cannot include a computed column implicitly or explicitly.

statement error 35307
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e4
----
error 35307: The statement failed because column 'p' on table 'e4' is a computed column. Columnstore index cannot include a computed column implicitly or explicitly.

statement error 35308
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e2 WHERE a > 0
----
error 35308: The statement failed because a columnstore index cannot be a filtered index. Consider creating a columnstore index without the predicate filter.

statement error 35305
CREATE CLUSTERED COLUMNSTORE INDEX cci ON v_e3
----
error 35305: The statement failed because a columnstore index cannot be created on a view. Consider creating a columnstore index on the base table or creating an index without the COLUMNSTORE keyword on the view.

statement error 35317
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e3 WITH (FILLFACTOR = 80)
----
error 35317: The statement failed because specifying FILLFACTOR is not allowed when creating a columnstore index. Consider creating a columnstore index without specifying FILLFACTOR.

statement error 35318
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e5 (a) WITH (ALLOW_ROW_LOCKS = ON)
----
error 35318: The statement failed because the ALLOW_ROW_LOCKS option is not allowed when creating a columnstore index. Create the columnstore index without specifying the ALLOW_ROW_LOCKS option.

statement error 10799
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e5 (a) WITH (DATA_COMPRESSION = PAGE)
----
error 10799: This is not a valid data compression setting for a columnstore index. Please choose COLUMNSTORE or COLUMNSTORE_ARCHIVE compression.

statement error 10798
CREATE INDEX ix_a ON e5 (a) WITH (DATA_COMPRESSION = COLUMNSTORE)
----
error 10798: This is not a valid data compression setting for this object. It can only be used with columnstore indexes. Please choose NONE, PAGE, or ROW compression.

statement error 35382
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e3 WITH (COMPRESSION_DELAY = 20000)
----
error 35382: The specified COMPRESSION_DELAY option value 20000 is invalid. The valid range for disk-based table is between (0, 10080) minutes and for memory-optimized table is 0 or between (60, 10080) minutes.

statement error 35331
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e5 ORDER (a, id, a)
----
error 35331: Cannot use duplicate column names in the ORDER column list. Column name 'a' appears more than once.

# A clustered columnstore beside a rowstore clustered index needs DROP_EXISTING (35372).
statement error 35372
CREATE CLUSTERED COLUMNSTORE INDEX cci ON e3
----
error 35372: You cannot create more than one clustered index on table 'dbo.e3'. Consider creating a new clustered index using 'with (drop_existing = on)' option.

# One columnstore index per table.
statement ok
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci ON e3 (id, a)

statement error 35339
CREATE NONCLUSTERED COLUMNSTORE INDEX ncci2 ON e3 (a)
----
error 35339: Multiple columnstore indexes are not supported.

statement error 35339
CREATE CLUSTERED COLUMNSTORE INDEX cix ON e6 WITH (DROP_EXISTING = ON)
----
error 35339: Multiple columnstore indexes are not supported.

# Columnstore-only options on a rowstore index, rowstore options on a columnstore.
statement error 35364
ALTER INDEX pk_e3 ON e3 SET (COMPRESSION_DELAY = 10)
----
error 35364: ALTER INDEX statement option COMPRESSION_DELAY can only be used with columnstore indexes.

statement error 35375
ALTER INDEX pk_e3 ON e3 REORGANIZE WITH (COMPRESS_ALL_ROW_GROUPS = ON)
----
error 35375: ALTER INDEX REORGANIZE statement option COMPRESS_ALL_ROW_GROUPS can only be used with clustered columnstore indexes.

statement error 35327
ALTER INDEX ncci ON e3 REBUILD WITH (FILLFACTOR = 90)
----
error 35327: ALTER INDEX REBUILD statement failed because specifying FILLFACTOR is not allowed when rebuilding a columnstore index. Rebuild the columnstore index without specifying FILLFACTOR.

statement error 35328
ALTER INDEX ncci ON e3 SET (ALLOW_PAGE_LOCKS = OFF)
----
error 35328: ALTER INDEX REBUILD statement failed because the ALLOW_PAGE_LOCKS option is not allowed when rebuilding a columnstore index. Rebuild the columnstore index without specifying the ALLOW_PAGE_LOCKS option.

statement error 10799
ALTER INDEX ncci ON e3 REBUILD WITH (DATA_COMPRESSION = PAGE)
----
error 10799: This is not a valid data compression setting for a columnstore index. Please choose COLUMNSTORE or COLUMNSTORE_ARCHIVE compression.

statement error 10798
ALTER INDEX pk_e3 ON e3 REBUILD WITH (DATA_COMPRESSION = COLUMNSTORE)
----
error 10798: This is not a valid data compression setting for this object. It can only be used with columnstore indexes. Please choose NONE, PAGE, or ROW compression.

statement ok
ALTER INDEX ncci ON e3 REBUILD WITH (DATA_COMPRESSION = COLUMNSTORE_ARCHIVE, MAXDOP = 1)
ALTER INDEX ncci ON e3 REORGANIZE WITH (COMPRESS_ALL_ROW_GROUPS = ON)
ALTER INDEX ncci ON e3 SET (COMPRESSION_DELAY = 15)

query IITI
SELECT i.index_id, p.data_compression, p.data_compression_desc, i.compression_delay FROM sys.indexes AS i JOIN sys.partitions AS p ON p.object_id = i.object_id AND p.index_id = i.index_id WHERE i.object_id = OBJECT_ID('e3') AND i.index_id = 2
----
2	4	COLUMNSTORE_ARCHIVE	15
