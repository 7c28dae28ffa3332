# col IN (…) and col = a OR col = b on an index's leading key column seek each value once
# (InListSeek, SeekListNode): the rows are those of a scan, each once.
statement ok
CREATE TABLE dbo.ils (id int PRIMARY KEY, g bigint NULL, d date NULL, u uniqueidentifier NULL, s varchar(5))

statement ok
CREATE INDEX ix_ils_g ON dbo.ils (g DESC)

statement ok
CREATE INDEX ix_ils_d ON dbo.ils (d)

statement ok
INSERT dbo.ils VALUES (1, 10, '2024-01-01', '6F9619FF-8B86-D011-B42D-00C04FC964FF', 'a'), (2, 20, '2024-01-02', NULL, 'A'),
  (3, 10, NULL, NULL, 'b'), (4, NULL, '2024-01-01', NULL, 'c'), (5, 30, '2024-01-03', NULL, 'a')

# Duplicates, NULLs and values no row has; an int list on a bigint column.
query I rowsort
SELECT id FROM dbo.ils WHERE id IN (5, 1, 5, NULL, 99, 1)
----
1
5

query I rowsort
SELECT id FROM dbo.ils WHERE g IN (10, 30, 10)
----
1
3
5

# Out of the column's range: no row, no error.
query I
SELECT COUNT(*) FROM dbo.ils WHERE id IN (3, 5000000000)
----
1

# OR of equalities on one column, with the other conditions of the WHERE.
query I rowsort
SELECT id FROM dbo.ils WHERE (id = 2 OR id = 4 OR 3 = id) AND s <> 'c'
----
2
3

query I rowsort
SELECT id FROM dbo.ils WHERE d IN ('2024-01-01', '2024-01-03')
----
1
4
5

query I
SELECT id FROM dbo.ils WHERE u IN ('6F9619FF-8B86-D011-B42D-00C04FC964FF', NULL)
----
1

# Variables and parameters.
query I rowsort
DECLARE @a int = 4, @b int = NULL;
SELECT id FROM dbo.ils WHERE id IN (@a, @b, 2)
----
2
4

query I rowsort
EXEC sp_executesql N'SELECT id FROM dbo.ils WHERE id IN (@p0, @p1)', N'@p0 int, @p1 int', 1, 3
----
1
3

# Strings: values the index holds as one key under the column's collation are one seek.
statement ok
CREATE TABLE dbo.ils_s (code varchar(5) PRIMARY KEY, cs varchar(5) COLLATE Latin1_General_CS_AS NOT NULL, n int)

statement ok
CREATE INDEX ix_ils_s_cs ON dbo.ils_s (cs)

statement ok
INSERT dbo.ils_s VALUES ('a', 'a', 1), ('B', 'A', 2), ('c ', 'b', 3)

query I rowsort
SELECT n FROM dbo.ils_s WHERE code IN ('A', 'a', 'b', 'c', N'x')
----
1
2
3

query I rowsort
SELECT n FROM dbo.ils_s WHERE cs IN ('a', 'A', 'a')
----
1
2

query I
SELECT n FROM dbo.ils_s WHERE cs = 'B' OR cs = 'b'
----
3

# NOT IN, strings and ORs over different columns are read as before.
query I rowsort
SELECT id FROM dbo.ils WHERE id NOT IN (1, 2, 3)
----
4
5

query I rowsort
SELECT id FROM dbo.ils WHERE s IN ('a', 'A')
----
1
2
5

query I rowsort
SELECT id FROM dbo.ils WHERE id = 1 OR g = 20
----
1
2

# In UPDATE and DELETE.
statement ok
UPDATE dbo.ils SET s = 'z' WHERE id IN (1, 3, 3)

statement ok
DELETE dbo.ils WHERE g IN (20, 30)

query IT rowsort
SELECT id, s FROM dbo.ils
----
1	z
3	z
4	c
