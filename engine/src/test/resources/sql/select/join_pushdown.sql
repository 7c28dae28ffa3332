# A WHERE's conditions go down into the joined tables and derived tables (PredicatePushdownRule),
# and a join whose left side is a seek looks the right side up by its index (IndexLookupJoinRule):
# the rows are the same as a join of whole tables gives.
statement ok
CREATE TABLE dbo.jp_orders (id int PRIMARY KEY, customer_id int NULL, amount int, note nvarchar(10))

statement ok
CREATE TABLE dbo.jp_customers (id int PRIMARY KEY, name nvarchar(20), region int)

statement ok
CREATE TABLE dbo.jp_lines (order_id int, line int, qty int)

statement ok
CREATE INDEX ix_jp_lines_order ON dbo.jp_lines (order_id)

statement ok
INSERT dbo.jp_customers VALUES (1, N'ann', 10), (2, N'bob', 20), (3, N'cy', 10)

statement ok
INSERT dbo.jp_orders VALUES (100, 1, 5, N'a'), (101, 2, 7, NULL), (102, NULL, 9, N'c'), (103, 9, 11, N'd'), (104, 1, 13, N'e')

statement ok
INSERT dbo.jp_lines VALUES (100, 1, 2), (100, 2, 3), (101, 1, 4), (104, 1, 1), (104, 1, 1), (NULL, 1, 9)

# A point lookup joined to its customer.
query IT
SELECT o.id, c.name FROM dbo.jp_orders AS o JOIN dbo.jp_customers AS c ON c.id = o.customer_id WHERE o.id = 101
----
101	bob

# Left join: an order without a customer (NULL key, or one that does not exist) keeps its row.
query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o LEFT JOIN dbo.jp_customers AS c ON c.id = o.customer_id WHERE o.id >= 101
----
101	bob
102	NULL
103	NULL
104	ann

# A residual ON condition on either side; duplicates on the right all match.
query III rowsort
SELECT o.id, l.line, l.qty FROM dbo.jp_orders AS o JOIN dbo.jp_lines AS l ON l.order_id = o.id AND l.qty > 1 WHERE o.id IN (100, 104)
----
100	1	2
100	2	3

query IIII rowsort
SELECT o.id, l.line, l.qty, o.amount FROM dbo.jp_orders AS o LEFT JOIN dbo.jp_lines AS l ON l.order_id = o.id AND o.amount > 10 WHERE o.id BETWEEN 100 AND 104
----
100	NULL	NULL	5
101	NULL	NULL	7
102	NULL	NULL	9
103	NULL	NULL	11
104	1	1	13
104	1	1	13

# Conditions on the nullable side of a left join stay above it.
query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o LEFT JOIN dbo.jp_customers AS c ON c.id = o.customer_id WHERE c.id IS NULL
----
102	NULL
103	NULL

# Both sides' conditions, through a view and a derived table, with an aggregate above.
statement ok
CREATE VIEW dbo.jp_order_view AS SELECT id AS order_id, customer_id, amount * 2 AS doubled FROM dbo.jp_orders

query II
SELECT COUNT(*), SUM(v.doubled) FROM dbo.jp_order_view AS v JOIN dbo.jp_customers AS c ON c.id = v.customer_id WHERE c.region = 10 AND v.order_id < 104
----
1	10

query IT
SELECT d.id, d.name FROM (SELECT id, name FROM dbo.jp_customers WHERE region = 10) AS d WHERE d.id > 1
----
3	cy

# A right and a full join keep what they must.
query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o RIGHT JOIN dbo.jp_customers AS c ON c.id = o.customer_id WHERE c.id = 3
----
NULL	cy

query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o FULL JOIN dbo.jp_customers AS c ON c.id = o.customer_id WHERE o.id = 103 OR c.id = 3
----
103	NULL
NULL	cy

# A correlated subquery seeks by the enclosing row's value.
query I rowsort
SELECT o.id FROM dbo.jp_orders AS o WHERE EXISTS (SELECT 1 FROM dbo.jp_lines AS l WHERE l.order_id = o.id AND l.qty > 2)
----
100
101

query II rowsort
SELECT o.id, (SELECT SUM(qty) FROM dbo.jp_lines AS l WHERE l.order_id = o.id) FROM dbo.jp_orders AS o WHERE o.id < 102
----
100	5
101	4

# Inside a correlated subquery, a join seeking both ways still reads the enclosing row.
query I rowsort
SELECT c.id FROM dbo.jp_customers AS c WHERE EXISTS (SELECT 1 FROM dbo.jp_orders AS o JOIN dbo.jp_lines AS l ON l.order_id = o.id WHERE o.customer_id = c.id AND o.id = 100)
----
1

# UPDATE … FROM through a join whose left side seeks.
statement ok
UPDATE c SET region = region + 1 FROM dbo.jp_orders AS o JOIN dbo.jp_customers AS c ON c.id = o.customer_id WHERE o.id = 104

query I
SELECT region FROM dbo.jp_customers WHERE id = 1
----
11

# ON conditions on one side: a left join still keeps every left row, with NULLs where the right
# side's condition excludes the match; an inner join drops both; a full join keeps both sides' rows.
query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o LEFT JOIN dbo.jp_customers AS c ON c.id = o.customer_id AND c.region = 20 AND o.amount > 6
----
100	NULL
101	bob
102	NULL
103	NULL
104	NULL

query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o JOIN dbo.jp_customers AS c ON c.id = o.customer_id AND c.region = 11 AND o.amount > 6
----
104	ann

query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o FULL JOIN dbo.jp_customers AS c ON c.id = o.customer_id AND c.region = 20
----
100	NULL
101	bob
102	NULL
103	NULL
104	NULL
NULL	ann
NULL	cy

query IT rowsort
SELECT o.id, c.name FROM dbo.jp_orders AS o RIGHT JOIN dbo.jp_customers AS c ON c.id = o.customer_id AND o.amount > 10
----
104	ann
NULL	bob
NULL	cy

statement ok
DROP VIEW dbo.jp_order_view

statement ok
DROP TABLE dbo.jp_orders, dbo.jp_customers, dbo.jp_lines
