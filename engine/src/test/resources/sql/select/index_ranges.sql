# Range seeks (< <= > >= BETWEEN) on the clustered key and on indexes, after an equality prefix,
# and ordered scans that drop the sort. Every answer here is what a full scan returns.
statement ok
CREATE TABLE r (id int PRIMARY KEY, k int NULL, name varchar(10) NULL, d int NULL, a int NOT NULL, b int NOT NULL)
INSERT INTO r VALUES (1, 10, 'abc', 5, 1, 1), (2, NULL, 'ABC', NULL, 1, 2), (3, 20, 'abd', 7, 1, 3),
  (4, 20, 'Abb', 1, 1, 5), (5, 30, NULL, 9, 1, 6), (6, 5, 'b', 3, 2, 1), (7, NULL, 'B', 8, 2, 5),
  (8, 40, 'ab', 2, 2, 9)
CREATE INDEX ix_k ON r (k)
CREATE INDEX ix_name ON r (name)
CREATE INDEX ix_d ON r (d DESC)
CREATE UNIQUE INDEX ix_ab ON r (a, b)

# The clustered key: inclusive, exclusive, open ends.
query I
SELECT id FROM r WHERE id BETWEEN 3 AND 6 ORDER BY id
----
3
4
5
6

query I
SELECT id FROM r WHERE id > 3 AND id < 6 ORDER BY id
----
4
5

query I
SELECT id FROM r WHERE 6 <= id
----
6
7
8

query I
SELECT id FROM r WHERE id < 1
----

# A decimal bound on an int key: 2.5 must not become 2 (nor 7.0 lose its exclusiveness).
query I
SELECT id FROM r WHERE id > 2.5 AND id < 4.5
----
3
4

query I
SELECT id FROM r WHERE id > 7.0
----
8

query I
SELECT id FROM r WHERE id <= -0.5
----

# A nonclustered index with NULLs: a range never returns them.
query I rowsort
SELECT id FROM r WHERE k < 20
----
1
6

query I rowsort
SELECT id FROM r WHERE k >= 20
----
3
4
5
8

query I rowsort
SELECT id FROM r WHERE k > 20 AND k <= 40
----
5
8

query I rowsort
SELECT id FROM r WHERE k BETWEEN 20 AND 20
----
3
4

# A NULL bound matches nothing; variables are bounds read when the statement runs.
query I
DECLARE @n int
SELECT id FROM r WHERE k > @n
----

query I
DECLARE @n int
SELECT id FROM r WHERE id BETWEEN 1 AND @n
----

query I
DECLARE @lo int = 10, @hi int = 30
SELECT id FROM r WHERE k BETWEEN @lo AND @hi ORDER BY id
----
1
3
4
5

query I
EXEC sp_executesql N'SELECT id FROM r WHERE k > @p ORDER BY id', N'@p int', @p = 20
----
5
8

# A DESC index: the value range maps onto the key's reversed order.
query I
SELECT id FROM r WHERE d > 3 ORDER BY id
----
1
3
5
7

query I
SELECT id FROM r WHERE d <= 3 ORDER BY id
----
4
6
8

query I
SELECT id FROM r WHERE d BETWEEN 2 AND 7 ORDER BY id
----
1
3
6
8

query I
SELECT id FROM r WHERE d < 100 ORDER BY d
----
4
8
6
1
3
7
5

query I
SELECT id FROM r WHERE d < 100 ORDER BY d DESC
----
5
7
3
1
6
8
4

# Composite keys: equalities, then a range on the next column.
query I
SELECT id FROM r WHERE a = 1 AND b > 3 ORDER BY id
----
4
5

query I
SELECT id FROM r WHERE a = 1 AND b <= 2 ORDER BY id
----
1
2

query I
SELECT id FROM r WHERE b BETWEEN 2 AND 9 AND a = 2 ORDER BY id
----
7
8

query I
SELECT id FROM r WHERE a = 2 AND b > 2.5 ORDER BY id
----
7
8

query I
SELECT id FROM r WHERE a = 1 ORDER BY b DESC
----
5
4
3
2
1

# Strings under the case-insensitive collation: 'ABC' equals 'abc'; trailing spaces do not count.
query I rowsort
SELECT id FROM r WHERE name >= 'abc'
----
1
2
3
6
7

query I rowsort
SELECT id FROM r WHERE name > 'abc'
----
3
6
7

query I rowsort
SELECT id FROM r WHERE name < 'abc'
----
4
8

query I rowsort
SELECT id FROM r WHERE name BETWEEN 'ABC' AND 'abd'
----
1
2
3

query I rowsort
SELECT id FROM r WHERE name <= 'abc  '
----
1
2
4
8

query I rowsort
SELECT id FROM r WHERE name < N'B'
----
1
2
3
4
8

# Ordered scans: the clustered key either way; TOP stops early on an index.
query I
SELECT TOP 3 id FROM r ORDER BY id DESC
----
8
7
6

query I
SELECT TOP 2 id FROM r ORDER BY d DESC
----
5
7

query IT
SELECT TOP 2 id, name FROM r ORDER BY name
----
5	NULL
8	ab

query I
SELECT id FROM r ORDER BY d DESC
----
5
7
3
1
6
8
4
2

# An index that carries every column read answers alone (k, name and the clustered key id).
query IIT
SELECT id, k, name FROM r WHERE k >= 20 AND name > 'ab' ORDER BY id
----
3	20	abd
4	20	Abb

query II
SELECT TOP 2 k, id FROM r ORDER BY k DESC
----
40	8
30	5

query III
SELECT k, COUNT(*), MIN(id) FROM r WHERE k BETWEEN 10 AND 30 GROUP BY k ORDER BY k
----
10	1	1
20	2	3
30	1	5

# UPDATE and DELETE seek the same ranges.
query I
UPDATE r SET d = d + 100 WHERE id BETWEEN 2 AND 3
SELECT @@ROWCOUNT
----
2

query I
DELETE FROM r WHERE k > 20
SELECT @@ROWCOUNT
----
2

query II
SELECT id, d FROM r WHERE id < 5 ORDER BY id
----
1	5
2	NULL
3	107
4	1

query I
UPDATE r SET b = b + 10 WHERE a = 1 AND b >= 3
SELECT @@ROWCOUNT
----
2

query II
SELECT id, b FROM r WHERE a = 1 ORDER BY b
----
1	1
2	2
3	13
4	15

# Bounds outside a small key type: the seek opens that end rather than failing.
statement ok
CREATE TABLE small (t tinyint PRIMARY KEY)
INSERT INTO small VALUES (1), (2), (255)

query I
SELECT t FROM small WHERE t < 1000 AND t > -5
----
1
2
255

query I
SELECT t FROM small WHERE t > 254.5
----
255

query I
SELECT t FROM small WHERE t >= 255.5
----

# A string bound on a date key converts as the comparison does.
statement ok
CREATE TABLE ev (dt date PRIMARY KEY)
INSERT INTO ev VALUES ('2020-01-01'), ('2020-01-02'), ('2020-01-03')

query T
SELECT dt FROM ev WHERE dt > '2020-01-01' AND dt <= '20200102'
----
2020-01-02

query T
SELECT dt FROM ev WHERE dt >= '2020-01-01 12:00' ORDER BY dt DESC
----
2020-01-03
2020-01-02
2020-01-01
