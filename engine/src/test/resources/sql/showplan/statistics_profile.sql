# SET STATISTICS PROFILE: the statement runs, then its actual plan follows: SHOWPLAN_ALL's rows
# after Rows and Executes (what each operator returned, how many times it ran).
statement ok
CREATE TABLE spp (id int PRIMARY KEY, g int)

statement ok
INSERT INTO spp VALUES (1, 1), (2, 1), (3, 2)

statement ok
SET STATISTICS PROFILE ON

query IITIIITTTTRRRIRTTTIR
SELECT g, COUNT(*) FROM spp GROUP BY g ORDER BY g
----
1	2
2	1
2	1	SELECT g, COUNT(*) FROM spp GROUP BY g ORDER BY g	1	1	0	NULL	NULL	NULL	NULL	1	NULL	NULL	NULL	0.0323668	NULL	NULL	SELECT	0	NULL
2	1	  |--Sort(ORDER BY:([g] ASC))	1	2	1	Sort	Sort	ORDER BY:([g] ASC)	NULL	1	0.0112613	0.0001022	15	0.0323668	[g], [Expr1001]	NULL	PLAN_ROW	0	1
2	1	       |--Hash Match(Aggregate, HASH:(g), DEFINE:([Expr1002]=COUNT(*)))	1	3	2	Hash Match	Aggregate	HASH:(g), DEFINE:([Expr1002]=COUNT(*))	[Expr1002]=COUNT(*)	1	0	0.017718	15	0.0210033	[Expr1001], [Expr1002]	NULL	PLAN_ROW	0	1
3	1	            |--Clustered Index Scan(OBJECT:([master].[dbo].[spp].[PK__spp__000002748A627029]))	1	4	3	Clustered Index Scan	Clustered Index Scan	OBJECT:([master].[dbo].[spp].[PK__spp__000002748A627029])	NULL	3	0.003125	0.0001603	15	0.0032853	[master].[dbo].[spp].[g]	NULL	PLAN_ROW	0	1

statement ok
SET STATISTICS PROFILE OFF

query II
SELECT g, COUNT(*) FROM spp GROUP BY g ORDER BY g
----
1	2
2	1
