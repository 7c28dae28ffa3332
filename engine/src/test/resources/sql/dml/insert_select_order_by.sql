# INSERT … SELECT … ORDER BY a column the select list leaves out: the ordering column is not
# inserted (no 213); the rows go in that order (an IDENTITY column numbers them so).
query IT
DECLARE @src TABLE (id int PRIMARY KEY, name nvarchar(10), rank int);
DECLARE @dst TABLE (seq int IDENTITY, name nvarchar(10));
INSERT INTO @src VALUES (1, N'c', 3), (2, N'a', 1), (3, N'b', 2);
INSERT INTO @dst (name) SELECT name FROM @src ORDER BY rank DESC;
SELECT seq, name FROM @dst ORDER BY seq
----
1	c
2	b
3	a

query III
DECLARE @dirs TABLE (id int PRIMARY KEY, mirror bit);
DECLARE @out TABLE (id int, mirror bit, n int);
INSERT INTO @dirs VALUES (2, 0), (1, 0), (3, 1);
INSERT INTO @out (id, mirror, n)
SELECT ROW_NUMBER() OVER (ORDER BY id), mirror, ROW_NUMBER() OVER (PARTITION BY mirror ORDER BY id ASC)
FROM @dirs ORDER BY id ASC;
SELECT id, CAST(mirror AS int), n FROM @out ORDER BY id
----
1	0	1
2	0	2
3	1	1

statement error 213
CREATE TABLE #two (a int, b int);
INSERT INTO #two SELECT 1 ORDER BY 1
----
error 213: Column name or number of supplied values does not match table definition.
