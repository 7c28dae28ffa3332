# UPDATE … WHERE CURRENT OF and DELETE … WHERE CURRENT OF change the row the cursor is on.

statement ok
CREATE TABLE cp_t (id int PRIMARY KEY, v int)

statement ok
INSERT INTO cp_t VALUES (1, 10), (2, 20), (3, 30), (4, 40)

statement ok
CREATE TABLE cp_h (name nvarchar(10), n int)

statement ok
INSERT INTO cp_h VALUES (N'x', 1), (N'x', 1), (N'y', 2)

query II
DECLARE @id int, @v int;
DECLARE c CURSOR FOR SELECT id, v FROM cp_t FOR UPDATE OF v;
OPEN c;
FETCH NEXT FROM c INTO @id, @v;
WHILE @@FETCH_STATUS = 0
BEGIN
  IF @id % 2 = 0 UPDATE cp_t SET v = @v + 1 WHERE CURRENT OF c;
  ELSE IF @id = 3 DELETE FROM cp_t WHERE CURRENT OF c;
  FETCH NEXT FROM c INTO @id, @v;
END
DEALLOCATE c;
SELECT id, v FROM cp_t ORDER BY id
----
1	10
2	21
4	41

# A heap: the row itself, not every row with the same values.
query TI
DECLARE c CURSOR LOCAL KEYSET FOR SELECT name, n FROM cp_h;
OPEN c;
FETCH NEXT FROM c;
UPDATE cp_h SET n = 5 WHERE CURRENT OF c;
SELECT name, n FROM cp_h ORDER BY name, n
----
x	1
x	1
x	5
y	2

statement ok
DECLARE c CURSOR FOR SELECT id, v FROM cp_t FOR UPDATE OF v; OPEN c

statement error 16931
UPDATE cp_t SET v = 0 WHERE CURRENT OF c
----
error 16931: There are no rows in the current fetch buffer.

statement error 16932
FETCH c; UPDATE cp_t SET id = 9 WHERE CURRENT OF c
----
1	10
error 16932: The cursor has a FOR UPDATE list and the requested column to be updated is not in this list.

statement error 16933
DELETE FROM cp_h WHERE CURRENT OF c
----
error 16933: The cursor does not include the table being modified or the table is not updatable through the cursor.

statement ok
DEALLOCATE c

statement error 16929
DECLARE s CURSOR LOCAL STATIC FOR SELECT id FROM cp_t; OPEN s; FETCH s; DELETE FROM cp_t WHERE CURRENT OF s
----
1
error 16929: The cursor is READ ONLY.

statement error 16916
DELETE FROM cp_t WHERE CURRENT OF nothere
----
error 16916: A cursor with the name 'nothere' does not exist.

# A trigger fires for a positioned change as for any other.
statement ok
CREATE TABLE cp_log (id int, old int, new int)

statement ok
CREATE TRIGGER cp_trg ON cp_t AFTER UPDATE AS INSERT INTO cp_log SELECT i.id, d.v, i.v FROM inserted i JOIN deleted d ON d.id = i.id

query III
DECLARE c CURSOR LOCAL FOR SELECT id FROM cp_t WHERE id = 4; OPEN c; FETCH c;
UPDATE cp_t SET v = 0 WHERE CURRENT OF c;
SELECT * FROM cp_log
----
4
4	41	0
