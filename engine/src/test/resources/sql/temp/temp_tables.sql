# Local (#) and global (##) temporary tables live in tempdb.
statement ok
CREATE TABLE #work (id int PRIMARY KEY, v varchar(10))
INSERT INTO #work VALUES (1, 'a'), (2, 'b')

query IT
SELECT id, v FROM #work ORDER BY id DESC
----
2	b
1	a

statement error 2714
CREATE TABLE #work (x int)
----
error 2714: There is already an object named '#work' in the database.

query I
UPDATE #work SET v = 'z' WHERE id = 1
DELETE FROM #work WHERE id = 2
SELECT COUNT(*) FROM #work WHERE v = 'z'
----
1

statement ok
DROP TABLE #work

statement error 208
SELECT * FROM #work
----
error 208: Invalid object name '#work'.

query I
CREATE TABLE ##shared (a int)
INSERT ##shared VALUES (42)
SELECT a FROM tempdb.dbo.##shared
----
42
