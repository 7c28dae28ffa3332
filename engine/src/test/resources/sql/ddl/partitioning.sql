# Partition functions, schemes and the tables on them are catalog records: they survive a restart
# (GoldenSqlRestartTest re-runs this folder restarting before every block), a rolled-back DDL
# leaves nothing, and SPLIT RANGE's new boundary is there after a restart too.
statement ok
CREATE PARTITION FUNCTION pf_restart (datetime2(3)) AS RANGE RIGHT FOR VALUES ('2024-01-01', '2025-01-01')

statement ok
CREATE PARTITION SCHEME ps_restart AS PARTITION pf_restart ALL TO ([PRIMARY])
----
! Partition scheme 'ps_restart' has been created successfully. 'PRIMARY' is marked as the next used filegroup in partition scheme 'ps_restart'.

statement ok
CREATE TABLE readings (sensor int NOT NULL, taken datetime2(3) NOT NULL, value float,
  CONSTRAINT pk_readings PRIMARY KEY (sensor, taken)) ON ps_restart(taken)

statement ok
INSERT INTO readings VALUES (1, '2023-06-01', 1.5), (1, '2024-06-01', 2.5), (2, '2025-06-01', 3.5)

statement ok
BEGIN TRAN
CREATE PARTITION FUNCTION pf_rolled_back (int) AS RANGE LEFT FOR VALUES (1)
ROLLBACK

query TIITI
SELECT f.name, f.fanout, CAST(f.boundary_value_on_right AS int), s.name, s.data_space_id
FROM sys.partition_functions f JOIN sys.partition_schemes s ON s.function_id = f.function_id
----
pf_restart	3	1	ps_restart	65601

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('readings') ORDER BY partition_number
----
1	1
2	1
3	1

query T
SELECT ds.name FROM sys.indexes i JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id
WHERE i.object_id = OBJECT_ID('readings')
----
ps_restart

statement ok
ALTER PARTITION FUNCTION pf_restart() SPLIT RANGE ('2024-07-01')

query II
SELECT $PARTITION.pf_restart(CAST('2024-06-30' AS datetime2(3))), $PARTITION.pf_restart(CAST('2024-07-01' AS datetime2(3)))
----
2	3

query II
SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('readings') ORDER BY partition_number
----
1	1
2	1
3	0
4	1

statement error 7717
DROP PARTITION SCHEME ps_restart

statement ok
DROP TABLE readings

statement ok
DROP PARTITION SCHEME ps_restart

statement ok
DROP PARTITION FUNCTION pf_restart

query I
SELECT COUNT(*) FROM sys.partition_functions
----
0
