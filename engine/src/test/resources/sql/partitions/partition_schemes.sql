# CREATE / ALTER / DROP PARTITION SCHEME: Quern's one filegroup is PRIMARY, so a scheme maps every
# partition to it; a filegroup past the function's partitions is NEXT USED.
statement ok
CREATE PARTITION FUNCTION pf (int) AS RANGE RIGHT FOR VALUES (100, 200)

statement ok
CREATE PARTITION SCHEME ps_list AS PARTITION pf TO ([PRIMARY], [PRIMARY], [PRIMARY])

statement ok
CREATE PARTITION SCHEME ps_all AS PARTITION pf ALL TO ([PRIMARY])
----
! Partition scheme 'ps_all' has been created successfully. 'PRIMARY' is marked as the next used filegroup in partition scheme 'ps_all'.

statement ok
CREATE PARTITION SCHEME ps_spare AS PARTITION pf TO ([PRIMARY], [PRIMARY], [PRIMARY], [PRIMARY], [PRIMARY], [PRIMARY])
----
! Partition scheme 'ps_spare' has been created successfully. 'PRIMARY' is marked as the next used filegroup in partition scheme 'ps_spare'.
! 2 filegroups specified after the next used filegroup are ignored.

query TITTIII
SELECT s.name, s.data_space_id, s.type, s.type_desc, CAST(s.is_default AS int), CAST(s.is_system AS int),
       CASE WHEN s.function_id = f.function_id THEN 1 ELSE 0 END
FROM sys.partition_schemes s JOIN sys.partition_functions f ON f.name = 'pf' ORDER BY s.data_space_id
----
ps_list	65601	PS	PARTITION_SCHEME	0	0	1
ps_all	65602	PS	PARTITION_SCHEME	0	0	1
ps_spare	65603	PS	PARTITION_SCHEME	0	0	1

# One destination per partition, and one for the NEXT USED filegroup; all of them PRIMARY.
query TII
SELECT s.name, COUNT(*), MAX(d.data_space_id)
FROM sys.destination_data_spaces d JOIN sys.partition_schemes s ON s.data_space_id = d.partition_scheme_id
GROUP BY s.name ORDER BY s.name
----
ps_all	4	1
ps_list	3	1
ps_spare	4	1

query TIT
SELECT name, data_space_id, type FROM sys.data_spaces ORDER BY data_space_id
----
PRIMARY	1	FG
ps_list	65601	PS
ps_all	65602	PS
ps_spare	65603	PS

statement error 7707
CREATE PARTITION SCHEME ps_short AS PARTITION pf TO ([PRIMARY], [PRIMARY])
----
error 7707: The associated partition function 'pf' generates more partitions than there are file groups mentioned in the scheme 'ps_short'.

statement error 7723
CREATE PARTITION SCHEME ps_two AS PARTITION pf ALL TO ([PRIMARY], [PRIMARY])
----
error 7723: Only a single filegroup can be specified while creating partition scheme using option ALL to specify all the filegroups.

# Quern has no filegroup but PRIMARY.
statement error 1921
CREATE PARTITION SCHEME ps_fg AS PARTITION pf TO (fg1, fg2, fg3)
----
error 1921: Invalid filegroup 'fg1' specified.

statement error 208
CREATE PARTITION SCHEME ps_nf AS PARTITION no_such_function ALL TO ([PRIMARY])
----
error 208: Invalid object name 'no_such_function'.

statement error 2714
CREATE PARTITION SCHEME ps_list AS PARTITION pf ALL TO ([PRIMARY])

# NEXT USED: marks the filegroup a SPLIT RANGE gives the new partition.
statement ok
ALTER PARTITION SCHEME ps_list NEXT USED [PRIMARY]

query I
SELECT COUNT(*) FROM sys.destination_data_spaces WHERE partition_scheme_id = 65601
----
4

statement ok
ALTER PARTITION SCHEME ps_list NEXT USED

statement ok
ALTER PARTITION SCHEME ps_list NEXT USED
----
! Warning: The partition scheme 'ps_list' does not have any next used filegroup. Partition scheme has not been changed.

statement error 1921
ALTER PARTITION SCHEME ps_list NEXT USED fg9
----
error 1921: Invalid filegroup 'fg9' specified.

statement error 15151
ALTER PARTITION SCHEME no_such_scheme NEXT USED [PRIMARY]
----
error 15151: Cannot alter the partition scheme 'no_such_scheme', because it does not exist or you do not have permission.

# A function a scheme uses cannot be dropped; the scheme can, then the function.
statement error 7706
DROP PARTITION FUNCTION pf
----
error 7706: Partition function 'pf' is being used by one or more partition schemes.

statement error 15151
DROP PARTITION SCHEME no_such_scheme
----
error 15151: Cannot drop the partition scheme 'no_such_scheme', because it does not exist or you do not have permission.

statement ok
DROP PARTITION SCHEME ps_list

statement ok
DROP PARTITION SCHEME ps_all

statement ok
DROP PARTITION SCHEME ps_spare

statement ok
DROP PARTITION FUNCTION pf

query II
SELECT (SELECT COUNT(*) FROM sys.partition_schemes), (SELECT COUNT(*) FROM sys.partition_functions)
----
0	0
