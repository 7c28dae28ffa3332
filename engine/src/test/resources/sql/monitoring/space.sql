# no-restart: sp_who2 and sp_lock show the session's own state.
# sp_spaceused, sp_helpindex, sys.database_files/master_files, sp_who2, sp_lock.
statement ok
CREATE TABLE sp (id int PRIMARY KEY, v int, s varchar(100))

statement ok
CREATE INDEX sp_v ON sp (v)

statement ok
INSERT INTO sp SELECT value, value % 10, REPLICATE('x', 100) FROM GENERATE_SERIES(1, 200)

query TTTTTT
EXEC sp_spaceused 'sp'
----
sp	200                 	32 KB	24 KB	8 KB	0 KB

query TTTT
EXEC sp_spaceused
----
master	0.03 MB	0.00 MB
32 KB	24 KB	8 KB	0 KB

statement error 15009
EXEC sp_spaceused 'no_such_table'
----
error 15009: The object 'no_such_table' does not exist in database 'master' or is invalid for this operation.

query TTT
EXEC sp_helpindex 'sp'
----
PK__sp__000002748A627029	clustered, unique, primary key located on PRIMARY	id
sp_v	nonclustered located on PRIMARY	v

statement ok
CREATE TABLE sp_heap (a int)

query T
EXEC sp_helpindex 'sp_heap'
----
! The object 'sp_heap' does not have any indexes, or you do not have permissions.

query ITITTI
SELECT file_id, type, type_desc, data_space_id, name, CASE WHEN size > 0 THEN 1 ELSE 0 END FROM sys.database_files ORDER BY file_id
----
1	0	ROWS	1	master	1
2	1	LOG	0	master_log	1

query IITTI
SELECT FILE_ID('master'), FILE_ID('master_log'), FILE_NAME(1), FILE_NAME(2), FILE_ID('nope')
----
1	2	master	master_log	NULL

query II
SELECT COUNT(*), COUNT(DISTINCT database_id) FROM sys.master_files
----
8	4

query T
SELECT CASE WHEN EXISTS (SELECT * FROM sys.master_files WHERE database_id = DB_ID('tempdb') AND type_desc = 'LOG') THEN 'ok' END
----
ok

# sp_who2: this session running EXECUTE, nothing blocking it.
query TTTTTT
CREATE TABLE #who (SPID char(5), Status nvarchar(30), Login nvarchar(128), HostName nvarchar(128), BlkBy char(5), DBName nvarchar(128), Command nvarchar(16), CPUTime int, DiskIO int, LastBatch varchar(14), ProgramName nvarchar(128), SPID2 char(5), REQUESTID int)
INSERT INTO #who EXEC sp_who2 'ACTIVE'
SELECT Status, Login, BlkBy, DBName, Command, ProgramName FROM #who WHERE SPID = CAST(@@SPID AS char(5))
DROP TABLE #who
----
RUNNABLE	sa	  .  	master	INSERT	GoldenSqlTest

# sp_lock: this session's locks inside a transaction (an X key lock on sp's primary key, its table's Sch-S).
query TTIT
BEGIN TRANSACTION
UPDATE sp SET v = 0 WHERE id = 1
CREATE TABLE #locks (spid smallint, dbid smallint, ObjId int, IndId smallint, Type nchar(4), Resource nchar(32), Mode nvarchar(8), Status nvarchar(5))
INSERT INTO #locks EXEC sp_lock @@SPID
SELECT RTRIM(Type), Mode, IndId, Status FROM #locks WHERE ObjId = OBJECT_ID('sp') ORDER BY Type, IndId
ROLLBACK
----
KEY	X	1	GRANT
KEY	X	2	GRANT
KEY	X	2	GRANT
TAB	IX	0	GRANT
