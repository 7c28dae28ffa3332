# ALTER TABLE … SWITCH [PARTITION n] TO … [PARTITION m]: the rows move (partitions are logical in
# Quern), the target must be empty there, the tables must match column for column.
statement ok
CREATE PARTITION FUNCTION pf (int) AS RANGE RIGHT FOR VALUES (100, 200)

statement ok
CREATE PARTITION SCHEME ps AS PARTITION pf ALL TO ([PRIMARY])

statement ok
CREATE TABLE sales (id int NOT NULL, amount int NULL, CONSTRAINT pk_sales PRIMARY KEY (id)) ON ps(id)

statement ok
CREATE TABLE sales_archive (id int NOT NULL, amount int NULL, CONSTRAINT pk_sales_archive PRIMARY KEY (id))

statement ok
CREATE TABLE sales_copy (id int NOT NULL, amount int NULL, CONSTRAINT pk_sales_copy PRIMARY KEY (id)) ON ps(id)

statement ok
INSERT INTO sales VALUES (1, 10), (50, 20), (150, 30), (250, 40), (260, 50)

# Switch out: partition 1's rows go to the empty archive table.
statement ok
ALTER TABLE sales SWITCH PARTITION 1 TO sales_archive

query II
SELECT id, amount FROM sales_archive ORDER BY id
----
1	10
50	20

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('sales') ORDER BY partition_number
----
1	0
2	1
3	2

# The archive is not empty any more.
statement error 4905
ALTER TABLE sales SWITCH PARTITION 2 TO sales_archive
----
error 4905: ALTER TABLE SWITCH statement failed. The target table 'master.dbo.sales_archive' must be empty.

# Partition to the same partition of a table on the same function.
statement ok
ALTER TABLE sales SWITCH PARTITION 3 TO sales_copy PARTITION 3

query II
SELECT id, amount FROM sales_copy ORDER BY id
----
250	40
260	50

statement error 4904
INSERT INTO sales VALUES (270, 60)
ALTER TABLE sales SWITCH PARTITION 3 TO sales_copy PARTITION 3
----
error 4904: ALTER TABLE SWITCH statement failed. The specified partition 3 of target table 'master.dbo.sales_copy' must be empty.

statement error 4973
ALTER TABLE sales SWITCH PARTITION 2 TO sales_copy PARTITION 1
----
error 4973: ALTER TABLE SWITCH statement failed. Range defined by partition 2 in table 'master.dbo.sales' is not a subset of range defined by partition 1 in table 'master.dbo.sales_copy'.

statement error 4911
ALTER TABLE sales SWITCH TO sales_copy PARTITION 2
----
error 4911: Cannot specify a partitioned table without partition number in ALTER TABLE SWITCH statement. The table 'master.dbo.sales' is partitioned.

statement error 4950
ALTER TABLE sales SWITCH PARTITION 4 TO sales_copy PARTITION 2
----
error 4950: ALTER TABLE SWITCH statement failed because partition number 4 does not exist in table 'master.dbo.sales'.

# Switch in from an unpartitioned table: its rows must fall in the target partition.
statement ok
CREATE TABLE staging (id int NOT NULL, amount int NULL, CONSTRAINT pk_staging PRIMARY KEY (id))

statement ok
INSERT INTO staging VALUES (5, 1), (99, 2)

statement ok
ALTER TABLE staging SWITCH TO sales PARTITION 1

query II
SELECT $PARTITION.pf(id), COUNT(*) FROM sales GROUP BY $PARTITION.pf(id) ORDER BY 1
----
1	2
2	1
3	1

statement ok
INSERT INTO staging VALUES (500, 3)

statement error 4982
ALTER TABLE staging SWITCH TO sales_copy PARTITION 2
----
error 4982: ALTER TABLE SWITCH statement failed. Check constraints of source table 'master.dbo.staging' allow values that are not allowed by range defined by partition 2 on target table 'master.dbo.sales_copy'.

# A partition number given for a table that is not partitioned is ignored, with a warning.
statement ok
TRUNCATE TABLE sales_archive

statement ok
ALTER TABLE staging SWITCH PARTITION 1 TO sales_archive
----
! Warning: The specified partition 1 for the table 'master.dbo.staging' was ignored in ALTER TABLE SWITCH statement because the table is not partitioned.

query I
SELECT COUNT(*) FROM staging
----
0

# The tables must match.
statement ok
CREATE TABLE other_cols (id int NOT NULL, total int NULL, CONSTRAINT pk_other PRIMARY KEY (id))

statement error 4942
ALTER TABLE sales SWITCH PARTITION 1 TO other_cols
----
error 4942: ALTER TABLE SWITCH statement failed because column 'amount' at ordinal 2 in table 'master.dbo.sales' has a different name than the column 'total' at the same ordinal in table 'master.dbo.other_cols'.

statement ok
CREATE TABLE other_type (id int NOT NULL, amount bigint NULL, CONSTRAINT pk_other_type PRIMARY KEY (id))

statement error 4944
ALTER TABLE sales SWITCH PARTITION 1 TO other_type
----
error 4944: ALTER TABLE SWITCH statement failed because column 'amount' has data type int in source table 'master.dbo.sales' which is different from its type bigint in target table 'master.dbo.other_type'.

statement ok
CREATE TABLE other_count (id int NOT NULL PRIMARY KEY)

statement error 4943
ALTER TABLE sales SWITCH PARTITION 1 TO other_count
----
error 4943: ALTER TABLE SWITCH statement failed because table 'master.dbo.sales' has 2 columns and table 'master.dbo.other_count' has 1 columns.

statement ok
CREATE TABLE other_heap (id int NOT NULL, amount int NULL)

statement error 4913
ALTER TABLE sales SWITCH PARTITION 1 TO other_heap
----
error 4913: ALTER TABLE SWITCH statement failed. The table 'master.dbo.sales' has clustered index 'pk_sales' while the table 'master.dbo.other_heap' does not have clustered index.

statement error 4955
ALTER TABLE sales SWITCH PARTITION 1 TO sales PARTITION 2
----
error 4955: ALTER TABLE SWITCH statement failed. The source table 'master.dbo.sales' and target table 'master.dbo.sales' are same.

# Rolled back, the rows are where they were.
statement ok
BEGIN TRAN
ALTER TABLE sales SWITCH PARTITION 2 TO sales_copy PARTITION 2
ROLLBACK

query II
SELECT (SELECT COUNT(*) FROM sales), (SELECT COUNT(*) FROM sales_copy)
----
4	2
