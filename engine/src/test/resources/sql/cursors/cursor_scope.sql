# Scope: GLOBAL cursors (the default) live for the session, LOCAL ones end with their batch,
# procedure or trigger; cursor variables; CURSOR_STATUS.

statement ok
CREATE TABLE cv_t (id int PRIMARY KEY)

statement ok
INSERT INTO cv_t VALUES (1), (2), (3)

statement ok
DECLARE g CURSOR FOR SELECT id FROM cv_t; DECLARE l CURSOR LOCAL FOR SELECT id FROM cv_t; OPEN g

query II
SELECT CURSOR_STATUS('global', 'g'), CURSOR_STATUS('local', 'l')
----
1	-3

query I
FETCH NEXT FROM GLOBAL g
----
1

statement error 16916
OPEN l
----
error 16916: A cursor with the name 'l' does not exist.

# A local cursor hides a global one of the same name; GLOBAL reaches the global one.
query II
DECLARE g CURSOR LOCAL SCROLL FOR SELECT id * 10 FROM cv_t ORDER BY id DESC;
OPEN g;
FETCH NEXT FROM g;
FETCH NEXT FROM GLOBAL g;
SELECT CURSOR_STATUS('local', 'g'), CURSOR_STATUS('global', 'g')
----
30
2
1	1

# A procedure's LOCAL cursor ends with it; a GLOBAL one it declares outlives it.
statement ok
CREATE PROCEDURE cv_p AS
BEGIN
  DECLARE pl CURSOR LOCAL FOR SELECT id FROM cv_t;
  OPEN pl;
  DECLARE pg CURSOR GLOBAL FOR SELECT id FROM cv_t;
  DECLARE @id int, @sum int = 0;
  FETCH pl INTO @id;
  WHILE @@FETCH_STATUS = 0 BEGIN SET @sum += @id; FETCH pl INTO @id; END
  SELECT @sum;
END

query II
EXEC cv_p; SELECT CURSOR_STATUS('global', 'pl'), CURSOR_STATUS('global', 'pg')
----
6
-3	-1

statement ok
DEALLOCATE pg; CLOSE g; DEALLOCATE g

query II
SELECT CURSOR_STATUS('global', 'g'), CURSOR_STATUS('global', 'nothing')
----
-3	-3

# Cursor variables: SET @c = CURSOR … FOR, used as any cursor, deallocated with their batch.
query IIIII
DECLARE @c CURSOR, @id int, @sum int = 0, @s1 int, @s2 int;
SET @s1 = CURSOR_STATUS('variable', '@c');
SET @c = CURSOR FORWARD_ONLY STATIC FOR SELECT id FROM cv_t;
SET @s2 = CURSOR_STATUS('variable', '@c');
OPEN @c;
FETCH NEXT FROM @c INTO @id;
WHILE @@FETCH_STATUS = 0 BEGIN SET @sum += @id; FETCH NEXT FROM @c INTO @id; END
SELECT @s1, @s2, CURSOR_STATUS('variable', '@c'), @sum, CURSOR_STATUS('variable', '@nothing');
CLOSE @c;
DEALLOCATE @c
----
-2	-1	1	6	-3

# A cursor over no rows: CURSOR_STATUS 0 while open.
query I
DECLARE e CURSOR LOCAL STATIC FOR SELECT id FROM cv_t WHERE id > 9; OPEN e; SELECT CURSOR_STATUS('local', 'e')
----
0
