# CREATE CLUSTERED COLUMNSTORE INDEX: the index holds the table's rows (index_id 1, type 5). Quern
# keeps them row by row, as a heap keeps them, so every statement reads and writes them as before.
statement ok
CREATE TABLE fact (id int NOT NULL, region varchar(10), amount decimal(10, 2), note nvarchar(max))
INSERT INTO fact VALUES (1, 'north', 10.50, N'a'), (2, 'south', 20.00, NULL), (3, 'north', 5.25, N'c')

statement ok
CREATE CLUSTERED COLUMNSTORE INDEX cci_fact ON dbo.fact

query ITTTI
SELECT index_id, name, type, type_desc, is_unique FROM sys.indexes WHERE object_id = OBJECT_ID('fact')
----
1	cci_fact	5	CLUSTERED COLUMNSTORE	0

query IIT
SELECT index_id, data_compression, data_compression_desc FROM sys.partitions WHERE object_id = OBJECT_ID('fact')
----
1	3	COLUMNSTORE

query TR
SELECT region, SUM(amount) FROM fact GROUP BY region ORDER BY region
----
north	15.75
south	20.00

statement ok
INSERT INTO fact VALUES (4, 'east', 1.00, N'd')
UPDATE fact SET amount = amount * 2 WHERE region = 'north'
DELETE FROM fact WHERE id = 2

query ITR
SELECT id, region, amount FROM fact ORDER BY id
----
1	north	21.00
3	north	10.50
4	east	1.00

statement ok
MERGE fact AS t USING (SELECT 4 AS id UNION ALL SELECT 5) AS s ON t.id = s.id
WHEN MATCHED THEN UPDATE SET region = 'west'
WHEN NOT MATCHED THEN INSERT (id, region, amount) VALUES (s.id, 'new', 0);

query IT
SELECT id, region FROM fact ORDER BY id
----
1	north
3	north
4	west
5	new

statement ok
BEGIN TRAN
DELETE FROM fact
ROLLBACK

query I
SELECT COUNT(*) FROM fact
----
4

query I
SELECT INDEXPROPERTY(OBJECT_ID('fact'), 'cci_fact', 'IsColumnstore')
----
1

# A rowstore nonclustered index beside the clustered columnstore (SQL Server 2016 on), and a
# primary key, which is nonclustered there: the columnstore already holds the rows.
statement ok
CREATE INDEX ix_region ON fact (region)
ALTER TABLE fact ADD CONSTRAINT pk_fact PRIMARY KEY (id)

query ITT
SELECT index_id, name, type_desc FROM sys.indexes WHERE object_id = OBJECT_ID('fact') ORDER BY index_id
----
1	cci_fact	CLUSTERED COLUMNSTORE
2	ix_region	NONCLUSTERED
3	pk_fact	NONCLUSTERED

statement error 2627
INSERT INTO fact (id, region) VALUES (1, 'dup')
----
error 2627: Violation of PRIMARY KEY constraint 'pk_fact'. Cannot insert duplicate key in object 'dbo.fact'. The duplicate key value is (1).
! The statement has been terminated.

query IT
SELECT id, region FROM fact WHERE region = 'west'
----
4	west

# sys.index_columns: a clustered columnstore names every stored column, none of them a key.
query IIIII
SELECT index_column_id, column_id, key_ordinal, is_included_column, column_store_order_ordinal FROM sys.index_columns WHERE object_id = OBJECT_ID('fact') AND index_id = 1 ORDER BY index_column_id
----
1	1	0	1	0
2	2	0	1	0
3	3	0	1	0
4	4	0	1	0

query TTT
EXEC sp_helpindex 'fact'
----
cci_fact	clustered columnstore located on PRIMARY	NULL
ix_region	nonclustered located on PRIMARY	region
pk_fact	nonclustered, unique, primary key located on PRIMARY	id

statement ok
DROP INDEX cci_fact ON fact

query IT
SELECT index_id, type_desc FROM sys.indexes WHERE object_id = OBJECT_ID('fact') ORDER BY index_id
----
0	HEAP
2	NONCLUSTERED
3	NONCLUSTERED

query I
SELECT COUNT(*) FROM fact
----
4
