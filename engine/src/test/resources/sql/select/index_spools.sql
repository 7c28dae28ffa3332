# A correlated subquery whose table no index seeks by the enclosing row's value reads it through an
# index spool built once per statement (IndexSpoolRule): the rows are those of scanning it per row.
statement ok
CREATE TABLE dbo.isp_c (id int PRIMARY KEY, name varchar(10), region nvarchar(5) NULL)

statement ok
CREATE TABLE dbo.isp_o (id int PRIMARY KEY, cid bigint NULL, region varchar(5) NULL, amount int)

statement ok
INSERT dbo.isp_c VALUES (1, 'ann', N'N'), (2, 'bob', N's'), (3, 'cy', NULL), (4, 'dee', N'n')

statement ok
INSERT dbo.isp_o VALUES (10, 1, 'n', 5), (11, 1, 'N', 7), (12, 2, 'S', 9), (13, NULL, NULL, 11), (14, 9, 'x', 13), (15, 2, 's', 1)

# In the select list: COUNT over no rows is 0, SUM NULL; NULL keys match nothing.
query TII rowsort
SELECT c.name, (SELECT COUNT(*) FROM dbo.isp_o AS o WHERE o.cid = c.id),
  (SELECT SUM(amount) FROM dbo.isp_o AS o WHERE o.cid = c.id AND o.region = c.region)
FROM dbo.isp_c AS c
----
ann	2	12
bob	2	10
cy	0	NULL
dee	0	NULL

# In a WHERE comparison, with TOP and ORDER BY inside, and under OR.
query T rowsort
SELECT c.name FROM dbo.isp_c AS c
WHERE 8 < (SELECT TOP (1) amount FROM dbo.isp_o AS o WHERE o.cid = c.id ORDER BY amount DESC) OR c.id = 3
----
bob
cy

# IN over a correlated subquery, and APPLY.
query TI rowsort
SELECT c.name, x.amount FROM dbo.isp_c AS c
CROSS APPLY (SELECT amount FROM dbo.isp_o AS o WHERE o.cid = c.id AND o.amount IN (SELECT amount FROM dbo.isp_o AS p WHERE p.region = o.region)) AS x
----
ann	5
ann	7
bob	1
bob	9

# More than one row where one is allowed is still 512, once a row has two.
statement error 512
SELECT c.name, (SELECT o.id FROM dbo.isp_o AS o WHERE o.cid = c.id) FROM dbo.isp_c AS c
----
error 512: Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, <= , >, >= or when the subquery is used as an expression.

# A correlated subquery in HAVING over a grouped query's key.
query II rowsort
SELECT o.cid, SUM(o.amount) FROM dbo.isp_o AS o GROUP BY o.cid
HAVING (SELECT COUNT(*) FROM dbo.isp_c AS c WHERE c.id = o.cid) = 1
----
1	12
2	10

# Each execution builds its own spool: a change between two runs is seen.
statement ok
CREATE PROCEDURE dbo.isp_counts AS
SELECT c.name, (SELECT COUNT(*) FROM dbo.isp_o AS o WHERE o.cid = c.id) AS n FROM dbo.isp_c AS c WHERE c.id = 3

query TI
EXEC dbo.isp_counts
----
cy	0

statement ok
INSERT dbo.isp_o VALUES (16, 3, NULL, 2)

query TI
EXEC dbo.isp_counts
----
cy	1

# UPDATE with a correlated subquery in SET and in WHERE.
statement ok
UPDATE c SET name = name + '+' FROM dbo.isp_c AS c WHERE (SELECT COUNT(*) FROM dbo.isp_o AS o WHERE o.cid = c.id) > 1

query T rowsort
SELECT name FROM dbo.isp_c
----
ann+
bob+
cy
dee


# UPDATE's SET and DELETE's WHERE with correlated subqueries over the table they change: every row
# sees the table as the statement found it (SQL Server's Halloween protection).
statement ok
CREATE TABLE dbo.isp_d (id int PRIMARY KEY, k int, n int NULL)

statement ok
INSERT dbo.isp_d (id, k) VALUES (1, 10), (2, 10), (3, 20), (4, 10), (5, 30), (6, 30)

statement ok
UPDATE dbo.isp_d SET n = (SELECT COUNT(*) FROM dbo.isp_d AS x WHERE x.k = dbo.isp_d.k)

statement ok
DELETE d FROM dbo.isp_d AS d WHERE (SELECT MAX(x.id) FROM dbo.isp_d AS x WHERE x.k = d.k) > d.id

query III rowsort
SELECT id, k, n FROM dbo.isp_d
----
3	20	1
4	10	3
6	30	2
