# Table variables: DECLARE @t TABLE, used like a table for the rest of the batch.
query IT
DECLARE @t TABLE (id int NOT NULL PRIMARY KEY, name varchar(10) NULL DEFAULT 'none')
INSERT INTO @t (id, name) VALUES (2, 'b'), (1, 'a')
INSERT @t (id) VALUES (3)
SELECT id, name FROM @t ORDER BY id
----
1	a
2	b
3	none

query IT
DECLARE @t AS TABLE (id int IDENTITY(1, 1), v varchar(10))
INSERT INTO @t (v) VALUES ('x'), ('y'), ('z')
UPDATE @t SET v = 'Y' WHERE id = 2
DELETE FROM @t WHERE id = 3
SELECT id, v FROM @t ORDER BY id
----
1	x
2	Y

# Joins with tables and other table variables, with aliases.
statement ok
CREATE TABLE people (id int PRIMARY KEY, name varchar(10))
INSERT INTO people VALUES (1, 'ann'), (2, 'bob'), (3, 'cy')

query TI
DECLARE @scores TABLE (person int, score int)
DECLARE @bonus TABLE (person int, extra int)
INSERT INTO @scores SELECT id, id * 10 FROM people WHERE id < 3
INSERT INTO @bonus VALUES (2, 5)
SELECT p.name, s.score + COALESCE(b.extra, 0)
FROM people p JOIN @scores s ON s.person = p.id LEFT JOIN @bonus AS b ON b.person = s.person
ORDER BY p.name
----
ann	10
bob	25

# Constraints hold as in a table.
# (The generated constraint name differs from run to run; the message names the variable.)
query IT
DECLARE @k TABLE (id int PRIMARY KEY)
BEGIN TRY
  INSERT INTO @k VALUES (1), (1)
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), SUBSTRING(ERROR_MESSAGE(), CHARINDEX('Cannot', ERROR_MESSAGE()), 200)
END CATCH
----
2627	Cannot insert duplicate key in object 'dbo.@k'. The duplicate key value is (1).

statement error 515
DECLARE @n TABLE (id int NOT NULL)
INSERT INTO @n VALUES (NULL)
----
error 515: Cannot insert the value NULL into column 'id', table '@n'; column does not allow nulls. INSERT fails.
! The statement has been terminated.

# A DECLARE run again in a loop keeps the one table and its rows.
query I
DECLARE @i int = 0
WHILE @i < 3
BEGIN
  DECLARE @acc TABLE (n int)
  INSERT INTO @acc VALUES (@i)
  SET @i += 1
END
SELECT SUM(n) FROM @acc
----
3

# The variable belongs to its batch: the next batch does not see it.
statement ok
DECLARE @gone TABLE (a int)
INSERT INTO @gone VALUES (1)

statement error 1087
SELECT a FROM @gone
----
error 1087: Must declare the table variable "@gone".

statement error 1087
INSERT INTO @never VALUES (1)
----
error 1087: Must declare the table variable "@never".

statement error 207
DECLARE @c TABLE (a int)
SELECT b FROM @c
----
error 207: Invalid column name 'b'.

# Table variables of finished batches leave nothing in tempdb.
query I
SELECT COUNT(*) FROM tempdb.sys.tables WHERE name LIKE '#%[_]TV[_]%'
----
0

# A transaction's rollback leaves table variables as they were changed, declared inside or not.
query IT
DECLARE @log TABLE (id int PRIMARY KEY, note varchar(20))
INSERT INTO @log VALUES (1, 'before')
BEGIN TRAN
INSERT INTO @log VALUES (2, 'inside')
UPDATE @log SET note = 'changed' WHERE id = 1
DECLARE @later TABLE (n int)
INSERT INTO @later VALUES (7)
ROLLBACK
INSERT INTO @log SELECT n, 'later' FROM @later
SELECT id, note FROM @log ORDER BY id
----
1	changed
2	inside
7	later

# …while a table written in the same transaction is rolled back.
query II
CREATE TABLE audit (n int)
DECLARE @seen TABLE (n int)
BEGIN TRAN
INSERT INTO audit VALUES (1)
INSERT INTO @seen VALUES (1)
ROLLBACK
SELECT (SELECT COUNT(*) FROM audit), (SELECT COUNT(*) FROM @seen)
----
0	1

statement error 1087
UPDATE @missing SET a = 1
----
error 1087: Must declare the table variable "@missing".

statement error 1087
DELETE FROM @missing
----
error 1087: Must declare the table variable "@missing".
