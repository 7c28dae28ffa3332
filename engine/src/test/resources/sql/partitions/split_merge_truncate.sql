# ALTER PARTITION FUNCTION … SPLIT RANGE / MERGE RANGE, and TRUNCATE TABLE … WITH (PARTITIONS).
# Partitions are logical: rows stay where they are and fall into the new partitions at once.
statement ok
CREATE PARTITION FUNCTION pf (int) AS RANGE LEFT FOR VALUES (10, 20)

statement ok
CREATE PARTITION SCHEME ps AS PARTITION pf TO ([PRIMARY], [PRIMARY], [PRIMARY])

statement ok
CREATE TABLE t (id int NOT NULL PRIMARY KEY, note varchar(10)) ON ps(id)

statement ok
INSERT INTO t VALUES (5, 'a'), (10, 'b'), (15, 'c'), (20, 'd'), (25, 'e'), (30, 'f'), (35, 'g')

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('t') ORDER BY partition_number
----
1	2
2	2
3	3

# A split needs a NEXT USED filegroup in every scheme on the function (7710).
statement error 7710
ALTER PARTITION FUNCTION pf() SPLIT RANGE (30)
----
error 7710: Warning: The partition scheme 'ps' does not have any next used filegroup. Partition scheme has not been changed.

statement ok
ALTER PARTITION SCHEME ps NEXT USED [PRIMARY]

statement ok
ALTER PARTITION FUNCTION pf() SPLIT RANGE (30)

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('t') ORDER BY partition_number
----
1	2
2	2
3	2
4	1

# The split took the NEXT USED filegroup: there is none left.
query II
SELECT COUNT(*), MAX(destination_id) FROM sys.destination_data_spaces
----
4	4

query III
SELECT boundary_id, CAST(value AS int), (SELECT fanout FROM sys.partition_functions) FROM sys.partition_range_values ORDER BY boundary_id
----
1	10	4
2	20	4
3	30	4

statement error 7721
ALTER PARTITION SCHEME ps NEXT USED [PRIMARY]
ALTER PARTITION FUNCTION pf() SPLIT RANGE (20)
----
error 7721: Duplicate range boundary values are not allowed in partition function boundary values list. The boundary value being added is already present at ordinal 2 of the boundary value list.

statement ok
ALTER PARTITION FUNCTION pf() MERGE RANGE (10)

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('t') ORDER BY partition_number
----
1	4
2	2
3	1

query II
SELECT $PARTITION.pf(10), $PARTITION.pf(21)
----
1	2

statement error 7715
ALTER PARTITION FUNCTION pf() MERGE RANGE (11)
----
error 7715: The specified partition range value could not be found.

statement error 15151
ALTER PARTITION FUNCTION no_such() MERGE RANGE (11)
----
error 15151: Cannot alter the partition function 'no_such', because it does not exist or you do not have permission.

# TRUNCATE … WITH (PARTITIONS): only the rows of the partitions named go.
statement ok
TRUNCATE TABLE t WITH (PARTITIONS (2))

query IT
SELECT id, note FROM t ORDER BY id
----
5	a
10	b
15	c
20	d
35	g

statement ok
TRUNCATE TABLE t WITH (PARTITIONS (1 TO 1, 3))

query I
SELECT COUNT(*) FROM t
----
0

statement ok
INSERT INTO t VALUES (1, 'x'), (40, 'y')

statement error 7722
TRUNCATE TABLE t WITH (PARTITIONS (4))
----
error 7722: Invalid partition number 4 specified for table 't', partition number can range from 1 to 3.

statement error 7728
TRUNCATE TABLE t WITH (PARTITIONS (3 TO 2))
----
error 7728: Invalid partition range: 3 TO 2. Lower bound must not be greater than upper bound.

statement error 7711
TRUNCATE TABLE t WITH (PARTITIONS (1, 1 TO 2))

# Rolled back, the rows come back.
statement ok
BEGIN TRAN
TRUNCATE TABLE t WITH (PARTITIONS (1 TO 3))
ROLLBACK

query I
SELECT COUNT(*) FROM t
----
2

statement ok
CREATE TABLE plain (id int)

statement error 7729
TRUNCATE TABLE plain WITH (PARTITIONS (1))
----
error 7729: Cannot specify partition number in the truncate table statement as the table 'plain' is not partitioned.

# Every index must be aligned with the table.
statement ok
CREATE INDEX ix_note ON t (note) ON [PRIMARY]

statement error 3756
TRUNCATE TABLE t WITH (PARTITIONS (1))
----
error 3756: TRUNCATE TABLE statement failed. Index 'ix_note' is not partitioned, but table 't' uses partition function 'pf'. Index and table must use an equivalent partition function.

# MERGE down to one partition is refused (7716).
statement ok
ALTER PARTITION FUNCTION pf() MERGE RANGE (20)

statement error 7716
ALTER PARTITION FUNCTION pf() MERGE RANGE (30)
----
error 7716: Can not create or alter a partition function to have zero partitions.
