# SET STATISTICS PROFILE: after an UPDATE or DELETE, SHOWPLAN_ALL's rows after Rows and Executes.
statement ok
CREATE TABLE spd (id int PRIMARY KEY, v int)

statement ok
INSERT INTO spd VALUES (1, 1), (2, 2), (3, 3)

statement ok
SET STATISTICS PROFILE ON

query IITIIITTTTRRRIRTTTIR
UPDATE spd SET v = 0 WHERE v > 1
----
2	1	UPDATE spd SET v = 0 WHERE v > 1	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00641274	NULL	NULL	UPDATE	0	NULL
2	1	  |--Clustered Index Update(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0))	1	2	1	Clustered Index Update	Update	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SET:([master].[dbo].[spd].[v] = 0)	NULL	1	0.003125	0.000001	7	0.00641274	NULL	NULL	PLAN_ROW	0	1
2	1	       |--Filter(WHERE:(v > 1))	1	3	2	Filter	Filter	WHERE:(v > 1)	NULL	1	0	0.00000144	15	0.00328674	[id], [v]	NULL	PLAN_ROW	0	1
3	1	            |--Clustered Index Scan(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	4	3	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1

query IITIIITTTTRRRIRTTTIR
DELETE FROM spd WHERE id = 3
----
1	1	DELETE FROM spd WHERE id = 3	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.00640958	NULL	NULL	DELETE	0	NULL
1	1	  |--Clustered Index Delete(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]))	1	2	1	Clustered Index Delete	Delete	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029])	NULL	1	0.003125	0.000001	7	0.00640958	NULL	NULL	PLAN_ROW	0	1
1	1	       |--Filter(WHERE:(id = 3))	1	3	2	Filter	Filter	WHERE:(id = 3)	NULL	1	0	0.00000048	15	0.00328358	[id], [v]	NULL	PLAN_ROW	0	1
1	1	            |--Clustered Index Seek(OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SEEK:([master].[dbo].[spd].[id]=3) ORDERED FORWARD)	1	4	3	Clustered Index Seek	Clustered Index Seek	OBJECT:([master].[dbo].[spd].[PK__spd__000002748A627029]), SEEK:([master].[dbo].[spd].[id]=3) ORDERED FORWARD	NULL	1	0.003125	0.0001581	15	0.0032831	[master].[dbo].[spd].[id], [master].[dbo].[spd].[v]	NULL	PLAN_ROW	0	1

statement ok
SET STATISTICS PROFILE OFF
