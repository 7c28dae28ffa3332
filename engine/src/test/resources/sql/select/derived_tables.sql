# Derived tables, (SELECT …) AS alias [(columns)], and common table expressions,
# WITH name [(columns)] AS (SELECT …) before a SELECT, INSERT, UPDATE or DELETE, recursive ones
# included.

statement ok
CREATE TABLE dt (id int PRIMARY KEY, grp nvarchar(5), v int)

statement ok
INSERT dt VALUES (1, N'a', 10), (2, N'a', 20), (3, N'b', 5), (4, N'c', NULL)

query TI
SELECT d.grp, d.total FROM (SELECT grp, SUM(v) AS total FROM dt GROUP BY grp) AS d WHERE d.total > 6 ORDER BY d.grp
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
a	30

query II
SELECT * FROM (SELECT id, v * 2 FROM dt WHERE id <= 2) x (id, doubled) ORDER BY id
----
1	20
2	40

query TII
SELECT t.grp, t.id, m.top_v FROM dt AS t JOIN (SELECT grp, MAX(v) AS top_v FROM dt GROUP BY grp) m ON m.grp = t.grp AND m.top_v = t.v ORDER BY t.id
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
a	2	20
b	3	5

query II
SELECT TOP (1) * FROM (SELECT TOP (2) id, v FROM dt ORDER BY v DESC) AS best ORDER BY v
----
1	10

query I
WITH big AS (SELECT id, v FROM dt WHERE v >= 10)
SELECT COUNT(*) FROM big
----
2

query TI
WITH totals (g, total) AS (SELECT grp, SUM(v) FROM dt GROUP BY grp),
     ranked AS (SELECT g, total FROM totals WHERE total IS NOT NULL)
SELECT r.g, r.total FROM ranked AS r ORDER BY r.total DESC
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
a	30
b	5

# A common table expression read twice, and from a subquery.
query II
WITH a AS (SELECT id, v FROM dt WHERE grp = N'a')
SELECT x.id, y.id FROM a AS x JOIN a AS y ON y.v = x.v + 10 WHERE x.id IN (SELECT id FROM a)
----
1	2

statement ok
CREATE TABLE dt_copy (id int, v int)

statement ok
WITH src AS (SELECT id, v FROM dt WHERE v IS NOT NULL) INSERT INTO dt_copy SELECT id, v FROM src

query I
SELECT COUNT(*) FROM dt_copy
----
3

statement ok
WITH gone AS (SELECT id FROM dt WHERE grp = N'b') DELETE dt_copy WHERE id IN (SELECT id FROM gone)

statement ok
WITH bump AS (SELECT id FROM dt WHERE grp = N'a') UPDATE dt_copy SET v = v + 1 WHERE id IN (SELECT id FROM bump)

query II
SELECT id, v FROM dt_copy ORDER BY id
----
1	11
2	21

statement ok
WITH s AS (SELECT id, grp FROM dt) SELECT * INTO dt_into FROM s WHERE id > 2

query IT
SELECT id, grp FROM dt_into ORDER BY id
----
3	b
4	c

# Errors, as SQL Server words them.
statement error 8155
SELECT * FROM (SELECT id, v + 1 FROM dt) AS d
----
error 8155: No column name was specified for column 2 of 'd'.

statement error 8156
SELECT * FROM (SELECT id, v AS id FROM dt) AS d
----
error 8156: The column 'id' was specified multiple times for 'd'.

statement error 8158
WITH c (a) AS (SELECT id, v FROM dt) SELECT * FROM c
----
error 8158: 'c' has more columns than were specified in the column list.

statement error 8159
SELECT * FROM (SELECT id FROM dt) AS d (a, b)
----
error 8159: 'd' has fewer columns than were specified in the column list.

statement error 1033
SELECT * FROM (SELECT id FROM dt ORDER BY id) AS d
----
error 1033: The ORDER BY clause is invalid in views, inline functions, derived tables, subqueries, and common table expressions, unless TOP, OFFSET or FOR XML is also specified.

statement error 239
WITH c AS (SELECT 1 AS x), c AS (SELECT 2 AS x) SELECT * FROM c
----
error 239: Duplicate common table expression name 'c' was specified.

# A common table expression as the target of DELETE (dml/updatable_views.sql has the rules).
statement ok
WITH c AS (SELECT id FROM dt WHERE id < 0) DELETE FROM c

# Outside its statement the name means nothing.
statement error 208
SELECT * FROM big
----
error 208: Invalid object name 'big'.

statement error 102
SELECT * FROM (SELECT id FROM dt)
----
error 102: Incorrect syntax near ')'.

# The habit of starting a CTE statement with a semicolon.
query I
SELECT 1;WITH c AS (SELECT 2 AS x) SELECT x FROM c
----
1
2

# Recursive common table expressions: the anchor, then rounds of the recursive part over the
# previous round's rows, until one makes none.
query I
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r ORDER BY n
----
1
2
3
4
5

statement ok
CREATE TABLE emp (id int PRIMARY KEY, boss int NULL, name nvarchar(20))

statement ok
INSERT emp VALUES (1, NULL, N'ann'), (2, 1, N'bob'), (3, 1, N'cat'), (4, 2, N'dan'), (5, 4, N'eve'), (6, NULL, N'fay')

query ITI
WITH chain AS (
  SELECT id, name, 0 AS depth FROM emp WHERE boss IS NULL AND id = 1
  UNION ALL
  SELECT e.id, e.name, c.depth + 1 FROM emp AS e JOIN chain AS c ON e.boss = c.id
)
SELECT id, name, depth FROM chain ORDER BY depth, id
----
1	ann	0
2	bob	1
3	cat	1
4	dan	2
5	eve	3

query II
WITH up (id, boss) AS (
  SELECT id, boss FROM emp WHERE id = 5
  UNION ALL
  SELECT e.id, e.boss FROM up JOIN emp e ON e.id = up.boss
), counted AS (SELECT COUNT(*) AS n FROM up)
SELECT n, (SELECT MAX(id) FROM up) FROM counted
----
4	5

# Two anchors, and SELECT * over the recursive reference.
query I
WITH r AS (SELECT 1 AS n UNION ALL SELECT 10 UNION ALL SELECT n + 1 FROM r WHERE n % 10 < 2) SELECT n FROM r ORDER BY n
----
1
2
10
11
12

query I
WITH r AS (SELECT 1 AS n UNION ALL SELECT * FROM (SELECT 2 AS n) AS two WHERE 1 = 0) SELECT COUNT(*) FROM r
----
1

# MAXRECURSION: 100 rounds by default, n with OPTION (MAXRECURSION n), none with 0.
query I
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 101) SELECT MAX(n) FROM r
----
101

statement error 530
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 102) SELECT MAX(n) FROM r
----
error 530: The statement terminated. The maximum recursion 100 has been exhausted before statement completion.

query I
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 1000) SELECT MAX(n) FROM r OPTION (MAXRECURSION 1000)
----
1000

query I
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5000) SELECT COUNT(*) FROM r OPTION (MAXRECURSION 0)
----
5000

statement error 530
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT MAX(n) FROM r OPTION (MAXRECURSION 3)
----
error 530: The statement terminated. The maximum recursion 3 has been exhausted before statement completion.

statement error 310
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r OPTION (MAXRECURSION 40000)
----
error 310: The value 40000 specified for the MAXRECURSION option exceeds the allowed maximum of 32767.

statement error 240
WITH r (s) AS (SELECT CAST(N'a' AS nvarchar(10)) UNION ALL SELECT s + N'a' FROM r WHERE LEN(s) < 3) SELECT s FROM r
----
error 240: Types don't match between the anchor and the recursive part in column "s" of recursive query "r".

query T
WITH r (s) AS (SELECT CAST(N'a' AS nvarchar(10)) UNION ALL SELECT CAST(s + N'a' AS nvarchar(10)) FROM r WHERE LEN(s) < 3) SELECT s FROM r ORDER BY s
----
a
aa
aaa

statement error 252
WITH r (n) AS (SELECT 1 UNION SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r
----
error 252: Recursive common table expression 'r' does not contain a top-level UNION ALL operator.

statement error 246
WITH r (n) AS (SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r
----
error 246: No anchor member was found in recursive query "r".

statement error 465
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < (SELECT 3 FROM r AS x WHERE x.n = 1)) SELECT n FROM r
----
error 465: Recursive references are not allowed in subqueries.

# A view's query may start with common table expressions (a recursive one not yet).
statement ok
CREATE VIEW dt_view AS WITH g AS (SELECT grp, COUNT(*) AS n FROM dt GROUP BY grp) SELECT grp, n FROM g WHERE n > 1

query TI
SELECT grp, n FROM dt_view
----
a	2

statement error 40517
CREATE VIEW dt_rview AS WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r
----
error 40517: Keyword or statement option 'recursive common table expression in a view' is not supported in this version of SQL Server.

# Table value constructors in FROM.
query IT
SELECT v.n, v.s FROM (VALUES (1, 'a'), (2, 'bb'), (3, NULL)) AS v (n, s) ORDER BY v.n DESC
----
3	NULL
2	bb
1	a

query II
SELECT t.id, m.mult FROM dt AS t JOIN (VALUES (N'a', 10), (N'b', 100)) m (g, mult) ON m.g = t.grp ORDER BY t.id
----
1	10
2	10
3	100

query R
SELECT SUM(x) FROM (VALUES (1), (2.5)) AS v (x)
----
3.5

statement error 8155
SELECT * FROM (VALUES (1, 2)) AS v
----
error 8155: No column name was specified for column 1 of 'v'.

statement error 10709
SELECT * FROM (VALUES (1, 2), (3)) AS v (a, b)
----
error 10709: The number of columns for each row in a table value constructor must be the same.
