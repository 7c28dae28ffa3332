# Derived tables, (SELECT …) AS alias [(columns)], and common table expressions,
# WITH name [(columns)] AS (SELECT …) before a SELECT, INSERT, UPDATE or DELETE.

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

statement error 40517
WITH r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r
----
error 40517: Keyword or statement option 'recursive common table expression' is not supported in this version of SQL Server.

statement error 40517
WITH c AS (SELECT id FROM dt) DELETE FROM c
----
error 40517: Keyword or statement option 'common table expression as the target' is not supported in this version of SQL Server.

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
