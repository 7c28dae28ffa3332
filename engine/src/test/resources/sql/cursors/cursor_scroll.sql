# Scrolling: FETCH PRIOR, FIRST, LAST, ABSOLUTE n, RELATIVE n on SCROLL, STATIC and KEYSET cursors;
# past either end the cursor stays just outside its rows (PRIOR after the end gives the last row).

statement ok
CREATE TABLE cs_t (id int PRIMARY KEY, v nvarchar(10))

statement ok
INSERT INTO cs_t VALUES (1, N'a'), (2, N'b'), (3, N'c'), (4, N'd'), (5, N'e')

query IT
DECLARE c SCROLL CURSOR FOR SELECT id, v FROM cs_t ORDER BY id;
OPEN c;
FETCH LAST FROM c;
FETCH PRIOR FROM c;
FETCH FIRST FROM c;
FETCH ABSOLUTE 3 FROM c;
FETCH RELATIVE -2 FROM c;
FETCH ABSOLUTE -1 FROM c;
FETCH RELATIVE 0 FROM c;
DEALLOCATE c
----
5	e
4	d
1	a
3	c
1	a
5	e
5	e

query II
DECLARE @id int, @s nvarchar(100) = N'';
DECLARE c CURSOR STATIC FOR SELECT id FROM cs_t;
OPEN c;
FETCH NEXT FROM c INTO @id;
FETCH PRIOR FROM c INTO @id;
SELECT @@FETCH_STATUS, @id;
FETCH ABSOLUTE 9 FROM c INTO @id;
SELECT @@FETCH_STATUS, @id;
FETCH PRIOR FROM c INTO @id;
SELECT @@FETCH_STATUS, @id;
DEALLOCATE c
----
-1	1
-1	1
0	5

# @@CURSOR_ROWS: the rows of the last cursor opened (-1 for a dynamic one), 0 once it is closed.
query III
DECLARE a CURSOR STATIC FOR SELECT id FROM cs_t WHERE id > 1;
DECLARE b CURSOR DYNAMIC FOR SELECT id FROM cs_t;
DECLARE @r1 int, @r2 int;
OPEN a; SET @r1 = @@CURSOR_ROWS;
OPEN b; SET @r2 = @@CURSOR_ROWS;
CLOSE b;
SELECT @r1, @r2, @@CURSOR_ROWS;
DEALLOCATE a; DEALLOCATE b
----
4	-1	0

# STATIC sees the rows as they were at OPEN; KEYSET sees changes to its rows (-2 for one deleted)
# and not rows inserted; DYNAMIC sees everything.
query IT
DECLARE s CURSOR STATIC FOR SELECT id, v FROM cs_t;
DECLARE k CURSOR KEYSET FOR SELECT id, v FROM cs_t;
DECLARE d CURSOR DYNAMIC FOR SELECT id, v FROM cs_t;
OPEN s; OPEN k; OPEN d;
UPDATE cs_t SET v = N'B' WHERE id = 2;
DELETE FROM cs_t WHERE id = 1;
INSERT INTO cs_t VALUES (0, N'z');
FETCH FIRST FROM s; SELECT N's', @@FETCH_STATUS;
FETCH FIRST FROM k; SELECT N'k', @@FETCH_STATUS;
FETCH NEXT FROM k;
FETCH FIRST FROM d;
FETCH NEXT FROM d;
DEALLOCATE s; DEALLOCATE k; DEALLOCATE d
----
1	a
s	0
k	-2
2	B
0	z
2	B

statement ok
DELETE FROM cs_t WHERE id = 0; INSERT INTO cs_t VALUES (1, N'a'); UPDATE cs_t SET v = N'b' WHERE id = 2

# A dynamic cursor moves on from the row it is on, even once that row is deleted.
query IT
DECLARE @id int;
DECLARE d CURSOR SCROLL DYNAMIC FOR SELECT id, v FROM cs_t WHERE id <> 4;
OPEN d;
FETCH NEXT FROM d; FETCH NEXT FROM d;
DELETE FROM cs_t WHERE id = 2;
FETCH NEXT FROM d;
FETCH NEXT FROM d;
FETCH PRIOR FROM d;
FETCH LAST FROM d;
FETCH RELATIVE -2 FROM d;
DEALLOCATE d
----
1	a
2	b
3	c
5	e
3	c
5	e
1	a

# A query that is not over one table alone (here a join) makes a static cursor: TYPE_WARNING says so.
query II
DECLARE k CURSOR KEYSET TYPE_WARNING FOR SELECT a.id, b.id FROM cs_t a JOIN cs_t b ON b.id = a.id + 1 ORDER BY a.id;
OPEN k;
FETCH LAST FROM k;
SELECT @@CURSOR_ROWS, 0;
DEALLOCATE k
----
! The created cursor is not of the requested type.
4	5
2	0

# ORDER BY the clustered key, either way, keeps a dynamic cursor dynamic (no 16956): it sees a row
# inserted after OPEN, and moves both ways.
query I
DELETE FROM cs_t WHERE id = 4;
DECLARE d CURSOR LOCAL SCROLL DYNAMIC TYPE_WARNING FOR SELECT id FROM cs_t WHERE id > 1 ORDER BY id DESC;
OPEN d;
FETCH NEXT FROM d;
INSERT INTO cs_t VALUES (4, N'd');
FETCH NEXT FROM d; FETCH NEXT FROM d; FETCH NEXT FROM d;
FETCH PRIOR FROM d;
FETCH FIRST FROM d; FETCH LAST FROM d
----
5
4
3
3
5
3

query I
DECLARE d CURSOR LOCAL FAST_FORWARD TYPE_WARNING FOR SELECT id FROM cs_t ORDER BY id;
OPEN d;
FETCH NEXT FROM d; FETCH NEXT FROM d
----
1
3
