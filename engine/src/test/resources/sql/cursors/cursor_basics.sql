# T-SQL cursors: DECLARE … CURSOR, OPEN, FETCH … INTO, the WHILE @@FETCH_STATUS = 0 idiom,
# CLOSE, DEALLOCATE; FETCH without INTO returns a one-row result set.

statement ok
CREATE TABLE cb_t (id int PRIMARY KEY, name nvarchar(20), qty int)

statement ok
INSERT INTO cb_t VALUES (1, N'apple', 3), (2, N'pear', 0), (3, N'plum', 7), (4, N'fig', 2)

query IT
DECLARE @id int, @name nvarchar(20), @out nvarchar(200) = N'';
DECLARE c CURSOR FOR SELECT id, name FROM cb_t WHERE qty > 0;
OPEN c;
FETCH NEXT FROM c INTO @id, @name;
WHILE @@FETCH_STATUS = 0
BEGIN
  SET @out = @out + CAST(@id AS nvarchar(10)) + N':' + @name + N' ';
  FETCH NEXT FROM c INTO @id, @name;
END
CLOSE c;
DEALLOCATE c;
SELECT @@FETCH_STATUS, @out
----
-1	1:apple 3:plum 4:fig 

query IT
DECLARE c CURSOR FOR SELECT id, name FROM cb_t ORDER BY id DESC;
OPEN c;
FETCH c;
FETCH NEXT FROM c;
CLOSE c;
DEALLOCATE c
----
4	fig
3	plum

# A FETCH past the end returns an empty result set and @@FETCH_STATUS -1.
query II
DECLARE c CURSOR FOR SELECT id FROM cb_t WHERE id = 1;
OPEN c;
FETCH NEXT FROM c;
FETCH NEXT FROM c;
SELECT @@FETCH_STATUS, @@ROWCOUNT;
DEALLOCATE c
----
1
-1	0

# DEALLOCATE of an open cursor closes it; the name can be declared again.
statement ok
DECLARE c CURSOR FOR SELECT id FROM cb_t; OPEN c; DEALLOCATE c; DECLARE c CURSOR FOR SELECT name FROM cb_t; DEALLOCATE c

# A variable's value is taken when the cursor is declared, not when it opens.
query I
DECLARE @min int = 3, @id int, @n int = 0;
DECLARE c CURSOR LOCAL FOR SELECT id FROM cb_t WHERE id >= @min;
SET @min = 1;
OPEN c;
FETCH c INTO @id;
WHILE @@FETCH_STATUS = 0 BEGIN SET @n += 1; FETCH c INTO @id; END
SELECT @n
----
2

# FETCH INTO converts each column to its variable's type.
query TI
DECLARE @a varchar(5), @b bigint;
DECLARE c CURSOR LOCAL FOR SELECT name, id FROM cb_t WHERE id = 3;
OPEN c; FETCH c INTO @a, @b;
SELECT @a, @b
----
plum	3

# The ISO form, and FOR READ ONLY / FOR UPDATE OF.
query I
DECLARE @id int;
DECLARE c INSENSITIVE CURSOR FOR SELECT id FROM cb_t ORDER BY id FOR READ ONLY;
OPEN c; FETCH NEXT FROM c INTO @id; CLOSE c; DEALLOCATE c;
SELECT @id
----
1

statement ok
DECLARE c CURSOR LOCAL KEYSET OPTIMISTIC TYPE_WARNING FOR SELECT id, qty FROM cb_t FOR UPDATE OF qty

statement ok
DECLARE c SCROLL CURSOR FOR SELECT id FROM cb_t FOR UPDATE

statement ok
DEALLOCATE c
