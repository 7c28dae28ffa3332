# Cursors over temp tables, table variables and views; a cursor in a trigger; a loop that changes
# the rows it walks (FAST_FORWARD reads as it goes, from the row it is on).

statement ok
CREATE TABLE so_t (id int PRIMARY KEY, v int)

statement ok
INSERT INTO so_t VALUES (1, 1), (2, 2), (3, 3)

query II
CREATE TABLE #tmp (k int, s nvarchar(5));
INSERT #tmp VALUES (2, N'b'), (1, N'a');
DECLARE @k int, @s nvarchar(5), @out nvarchar(20) = N'';
DECLARE c CURSOR LOCAL FOR SELECT k, s FROM #tmp ORDER BY k;
OPEN c; FETCH c INTO @k, @s;
WHILE @@FETCH_STATUS = 0 BEGIN SET @out += @s; FETCH c INTO @k, @s; END
DECLARE @t TABLE (n int);
INSERT @t VALUES (10), (20);
DECLARE @n int, @sum int = 0;
DECLARE d CURSOR LOCAL KEYSET FOR SELECT n FROM @t;
OPEN d; FETCH d INTO @n;
WHILE @@FETCH_STATUS = 0 BEGIN SET @sum += @n; FETCH d INTO @n; END
SELECT LEN(@out), @sum
----
2	30

statement ok
CREATE VIEW so_v AS SELECT id, v * 10 AS tens FROM so_t

query I
DECLARE @x int, @sum int = 0;
DECLARE c CURSOR LOCAL STATIC FOR SELECT tens FROM so_v;
OPEN c; FETCH c INTO @x;
WHILE @@FETCH_STATUS = 0 BEGIN SET @sum += @x; FETCH c INTO @x; END
SELECT @sum
----
60

# A loop that inserts rows ahead of itself sees them (DYNAMIC), and one that deletes the row it is on goes on.
query II
DECLARE @id int, @seen int = 0;
DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT id FROM so_t;
OPEN c; FETCH c INTO @id;
WHILE @@FETCH_STATUS = 0
BEGIN
  SET @seen += 1;
  IF @id = 1 INSERT so_t VALUES (10, 10);
  IF @id = 2 DELETE so_t WHERE id = 2;
  FETCH c INTO @id;
END
SELECT @seen, COUNT(*) FROM so_t
----
4	3

# A trigger may walk its inserted rows with a LOCAL cursor, which ends with it.
statement ok
CREATE TABLE so_log (msg nvarchar(20))

statement ok
CREATE TRIGGER so_trg ON so_t AFTER INSERT AS
BEGIN
  DECLARE @id int;
  DECLARE tc CURSOR LOCAL FOR SELECT id FROM inserted;
  OPEN tc; FETCH tc INTO @id;
  WHILE @@FETCH_STATUS = 0 BEGIN INSERT so_log VALUES (CONCAT(N'row ', @id)); FETCH tc INTO @id; END
END

query TI
INSERT so_t VALUES (20, 0), (21, 0);
SELECT msg, CURSOR_STATUS('global', 'tc') FROM so_log ORDER BY msg
----
row 20	-3
row 21	-3
