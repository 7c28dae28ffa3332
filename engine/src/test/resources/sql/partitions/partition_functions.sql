# CREATE / ALTER / DROP PARTITION FUNCTION and $PARTITION: boundaries converted to the parameter
# type and sorted, the 1-based partition number of a value under RANGE LEFT and RANGE RIGHT.
statement ok
CREATE PARTITION FUNCTION pf_left (int) AS RANGE LEFT FOR VALUES (10, 20, 30)

statement ok
CREATE PARTITION FUNCTION pf_right (int) AS RANGE RIGHT FOR VALUES (10, 20, 30)

query IIIIIIII
SELECT $PARTITION.pf_left(5), $PARTITION.pf_left(10), $PARTITION.pf_left(11), $PARTITION.pf_left(31),
       $PARTITION.pf_right(5), $PARTITION.pf_right(10), $PARTITION.pf_right(29), $PARTITION.pf_right(30)
----
1	1	2	4	1	2	3	4

# NULL sorts below every boundary; a string argument converts to the parameter type.
query III
SELECT $PARTITION.pf_left(NULL), $PARTITION.pf_right(NULL), $PARTITION.pf_right('25')
----
1	1	3

# Three-part name: the function of the named database.
query I
SELECT master.$PARTITION.pf_left(15)
----
2

query TIITTII
SELECT name, function_id, fanout, type, type_desc, CAST(boundary_value_on_right AS int), CAST(is_system AS int)
FROM sys.partition_functions ORDER BY function_id
----
pf_left	65536	4	R 	RANGE	0	0
pf_right	65537	4	R 	RANGE	1	0

query TII
SELECT f.name, v.boundary_id, CAST(v.value AS int)
FROM sys.partition_range_values v JOIN sys.partition_functions f ON f.function_id = v.function_id
ORDER BY f.name, v.boundary_id
----
pf_left	1	10
pf_left	2	20
pf_left	3	30
pf_right	1	10
pf_right	2	20
pf_right	3	30

query TIII
SELECT f.name, p.parameter_id, p.system_type_id, p.max_length
FROM sys.partition_parameters p JOIN sys.partition_functions f ON f.function_id = p.function_id
ORDER BY f.name
----
pf_left	1	56	4
pf_right	1	56	4

# Written unsorted: SQL Server sorts them and warns (7709).
statement ok
CREATE PARTITION FUNCTION pf_dates (date) AS RANGE RIGHT FOR VALUES ('2024-01-01', '2023-01-01', '2025-01-01')
----
! Warning: Range value list for partition function 'pf_dates' is not sorted by value. Mapping of partitions to filegroups during CREATE PARTITION SCHEME will use the sorted boundary values if the function 'pf_dates' is referenced in CREATE PARTITION SCHEME.

query TI
SELECT CONVERT(varchar(10), CAST(value AS date), 23), boundary_id FROM sys.partition_range_values
WHERE function_id = (SELECT function_id FROM sys.partition_functions WHERE name = 'pf_dates') ORDER BY boundary_id
----
2023-01-01	1
2024-01-01	2
2025-01-01	3

query II
SELECT $PARTITION.pf_dates('2022-12-31'), $PARTITION.pf_dates(CAST('2024-06-30' AS date))
----
1	3

# No boundaries: one partition.
statement ok
CREATE PARTITION FUNCTION pf_one (bigint) AS RANGE LEFT FOR VALUES ()

query II
SELECT $PARTITION.pf_one(123456789012), fanout FROM sys.partition_functions WHERE name = 'pf_one'
----
1	1

# A NULL boundary sorts first; under RANGE RIGHT it puts NULL in partition 2.
statement ok
CREATE PARTITION FUNCTION pf_null (int) AS RANGE RIGHT FOR VALUES (NULL, 0)

query III
SELECT $PARTITION.pf_null(NULL), $PARTITION.pf_null(-5), $PARTITION.pf_null(0)
----
2	2	3

# Character parameters compare under the database collation (case-insensitive here).
statement ok
CREATE PARTITION FUNCTION pf_names (varchar(20)) AS RANGE LEFT FOR VALUES ('g', 'n')

query III
SELECT $PARTITION.pf_names('A'), $PARTITION.pf_names('G'), $PARTITION.pf_names('Zed')
----
1	1	3

statement error 2714
CREATE PARTITION FUNCTION pf_left (int) AS RANGE LEFT FOR VALUES (1)
----
error 2714: There is already an object named 'pf_left' in the database.

statement error 7708
CREATE PARTITION FUNCTION pf_dup (int) AS RANGE LEFT FOR VALUES (1, 5, 3, 5)
----
error 7708: Duplicate range boundary values are not allowed in partition function boundary values list. Partition boundary values at ordinal 2 and 4 are equal.

statement error 7705
CREATE PARTITION FUNCTION pf_bad (int) AS RANGE LEFT FOR VALUES (1, 'abc')
----
error 7705: Could not implicitly convert range values type specified at ordinal 2 to partition function parameter type.

statement error 7703
CREATE PARTITION FUNCTION pf_two (int, int) AS RANGE LEFT FOR VALUES (1)
----
error 7703: Can not create RANGE partition function with multiple parameter types.

statement error 7702
CREATE PARTITION FUNCTION pf_none () AS RANGE LEFT FOR VALUES (1)
----
error 7702: Empty Partition function type-parameter-list is not allowed when defining a partition function.

statement error 7704
CREATE PARTITION FUNCTION pf_text (nvarchar(max)) AS RANGE LEFT FOR VALUES (N'a')
----
error 7704: The type 'nvarchar' is not valid for this operation.

statement error 208
SELECT $PARTITION.no_such_function(1)
----
error 208: Invalid object name 'no_such_function'.

statement error 15151
DROP PARTITION FUNCTION no_such_function
----
error 15151: Cannot drop the partition function 'no_such_function', because it does not exist or you do not have permission.

# The 15,000 partition limit: 14,999 boundaries are allowed, 15,000 are not.
statement ok
DECLARE @sql nvarchar(max) = N'CREATE PARTITION FUNCTION pf_max (int) AS RANGE LEFT FOR VALUES (0'
DECLARE @i int = 1
WHILE @i < 14999 BEGIN SET @sql += N',' + CAST(@i AS nvarchar(10)); SET @i += 1 END
EXEC (@sql + N')')

query II
SELECT fanout, $PARTITION.pf_max(20000) FROM sys.partition_functions WHERE name = 'pf_max'
----
15000	15000

statement error 7719
DECLARE @sql nvarchar(max) = N'CREATE PARTITION FUNCTION pf_over (int) AS RANGE LEFT FOR VALUES (0'
DECLARE @i int = 1
WHILE @i < 15000 BEGIN SET @sql += N',' + CAST(@i AS nvarchar(10)); SET @i += 1 END
EXEC (@sql + N')')
----
error 7719: CREATE/ALTER partition function failed as only a maximum of 15000 partitions can be created.

statement ok
DROP PARTITION FUNCTION pf_max

# A rolled-back CREATE leaves nothing.
statement ok
BEGIN TRAN
CREATE PARTITION FUNCTION pf_gone (int) AS RANGE LEFT FOR VALUES (1)
ROLLBACK

query I
SELECT COUNT(*) FROM sys.partition_functions WHERE name = 'pf_gone'
----
0

statement ok
DROP PARTITION FUNCTION pf_right

query T
SELECT name FROM sys.partition_functions ORDER BY name
----
pf_dates
pf_left
pf_names
pf_null
pf_one
