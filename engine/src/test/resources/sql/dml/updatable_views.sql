# INSERT, UPDATE and DELETE through views and common table expressions: the statement changes the
# base-table rows the definition produces and its own WHERE keeps ("CREATE VIEW", Updatable Views).
statement ok
CREATE TABLE dups (id int IDENTITY PRIMARY KEY, k varchar(5) NOT NULL, v int NULL)
INSERT INTO dups (k, v) VALUES ('a', 1), ('a', 2), ('b', 3), ('a', 4), ('b', 5), ('c', 6)

# The de-duplication idiom: keep the first row of each key.
query I
WITH c AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY id) AS rn FROM dups)
DELETE FROM c WHERE rn > 1;
SELECT @@ROWCOUNT
----
3

query ITI
SELECT id, k, v FROM dups ORDER BY id
----
1	a	1
3	b	3
6	c	6

# Exact duplicates in a heap: only the extra copies go.
statement ok
CREATE TABLE heap (k int, s varchar(5))
INSERT INTO heap VALUES (1, 'x'), (1, 'x'), (1, 'x'), (2, 'y'), (2, 'y'), (3, 'z')

query I
WITH c AS (SELECT k, s, ROW_NUMBER() OVER (PARTITION BY k, s ORDER BY (SELECT NULL)) AS rn FROM heap)
DELETE c WHERE rn > 1;
SELECT @@ROWCOUNT
----
3

query IT
SELECT k, s FROM heap ORDER BY k
----
1	x
2	y
3	z

# UPDATE through a CTE that filters, with an alias in FROM and a window column in SET's value.
statement ok
CREATE TABLE orders (id int PRIMARY KEY, cust int NOT NULL, amount int NOT NULL, seq int NULL)
INSERT INTO orders (id, cust, amount) VALUES (1, 10, 5), (2, 10, 7), (3, 20, 1), (4, 20, 9), (5, 30, 2)

query I
WITH c AS (SELECT id, seq, ROW_NUMBER() OVER (PARTITION BY cust ORDER BY amount DESC) AS n FROM orders WHERE cust < 30)
UPDATE c SET seq = n;
SELECT @@ROWCOUNT
----
4

query III
SELECT id, cust, seq FROM orders ORDER BY id
----
1	10	2
2	10	1
3	20	2
4	20	1
5	30	NULL

# UPDATE x SET … FROM cte AS x JOIN …: the CTE's rows joined to another table.
statement ok
CREATE TABLE rates (cust int PRIMARY KEY, pct int NOT NULL)
INSERT INTO rates VALUES (10, 2), (20, 3)

query I
WITH big AS (SELECT id, cust, amount FROM orders WHERE amount > 4)
UPDATE b SET amount = b.amount * r.pct FROM big AS b JOIN rates r ON r.cust = b.cust;
SELECT @@ROWCOUNT
----
3

query II
SELECT id, amount FROM orders ORDER BY id
----
1	10
2	14
3	1
4	27
5	2

# A view as a compatibility layer: renamed columns, a filter, UPDATE and DELETE by name and alias.
statement ok
CREATE TABLE customers (id int IDENTITY PRIMARY KEY, name varchar(20) NOT NULL, active bit NOT NULL DEFAULT 1, city varchar(20) NULL)
INSERT INTO customers (name, active, city) VALUES ('ann', 1, 'oslo'), ('bob', 0, 'rome'), ('cy', 1, 'rome')

statement ok
CREATE VIEW dbo.ActiveCustomers (CustomerId, CustomerName, Town) AS SELECT id, name, city FROM dbo.customers WHERE active = 1

query I
UPDATE dbo.ActiveCustomers SET Town = 'paris' WHERE Town = 'rome'
SELECT @@ROWCOUNT
----
1

query ITT
SELECT id, name, city FROM customers ORDER BY id
----
1	ann	oslo
2	bob	rome
3	cy	paris

query I
UPDATE a SET CustomerName = UPPER(a.CustomerName) FROM ActiveCustomers a WHERE a.CustomerId = 1
SELECT @@ROWCOUNT
----
1

# INSERT through the view: columns it does not show take their defaults, identity as usual.
query I
INSERT INTO ActiveCustomers (CustomerName, Town) VALUES ('dee', 'lima')
SELECT SCOPE_IDENTITY()
----
4

query ITIT
SELECT id, name, active, city FROM customers ORDER BY id
----
1	ANN	1	oslo
2	bob	0	rome
3	cy	1	paris
4	dee	1	lima

# Without a column list, the view's columns but the identity one.
statement ok
INSERT INTO ActiveCustomers VALUES ('eve', 'kyiv')

statement error 213
INSERT INTO ActiveCustomers VALUES ('eve')

query I
DELETE FROM ActiveCustomers WHERE Town IN ('kyiv', 'rome')
SELECT @@ROWCOUNT
----
1

query I
DELETE v FROM ActiveCustomers v JOIN (VALUES ('lima')) x (t) ON x.t = v.Town
SELECT @@ROWCOUNT
----
1

query IT
SELECT id, name FROM customers ORDER BY id
----
1	ANN
2	bob
3	cy

# INSERT into a common table expression.
query I
WITH c AS (SELECT name, city FROM customers)
INSERT INTO c (name, city) VALUES ('fay', 'bern');
SELECT COUNT(*) FROM customers WHERE name = 'fay' AND active = 1
----
1

# A view over a view.
statement ok
CREATE VIEW RomeCustomers AS SELECT CustomerId, CustomerName FROM ActiveCustomers WHERE Town = 'paris'

query I
UPDATE RomeCustomers SET CustomerName = 'cyd'
SELECT @@ROWCOUNT
----
1

query T
SELECT name FROM customers WHERE id = 3
----
cyd

query I
DELETE FROM RomeCustomers
SELECT @@ROWCOUNT
----
1

query I
SELECT COUNT(*) FROM customers WHERE id = 3
----
0

# A view over a join: columns of one base table may change; DELETE or columns of both is 4405.
statement ok
CREATE VIEW OrderRates AS SELECT o.id, o.amount, r.cust, r.pct FROM orders o JOIN rates r ON r.cust = o.cust

query I
UPDATE OrderRates SET amount = amount + pct WHERE id = 1
SELECT @@ROWCOUNT
----
1

query I
UPDATE OrderRates SET pct = 5 WHERE cust = 20
SELECT @@ROWCOUNT
----
1

query II
SELECT (SELECT amount FROM orders WHERE id = 1), (SELECT pct FROM rates WHERE cust = 20)
----
12	5

statement error 4405
UPDATE OrderRates SET amount = 1, pct = 1

statement error 4405
DELETE FROM OrderRates WHERE id = 1

statement error 4405
INSERT INTO OrderRates (id, pct) VALUES (9, 9)

# Derived columns are 4406; aggregates, DISTINCT and GROUP BY 4403.
statement ok
CREATE VIEW OrderTotals AS SELECT cust, SUM(amount) AS total FROM orders GROUP BY cust

statement ok
CREATE VIEW OrderDoubled AS SELECT id, amount * 2 AS twice, ROW_NUMBER() OVER (ORDER BY id) AS n FROM orders

statement error 4403
UPDATE OrderTotals SET total = 0

statement error 4403
DELETE FROM OrderTotals

statement error 4403
WITH c AS (SELECT DISTINCT cust FROM orders) DELETE FROM c

statement error 4406
UPDATE OrderDoubled SET twice = 4

statement error 4406
UPDATE OrderDoubled SET n = 4

statement error 4406
INSERT INTO OrderDoubled (id, twice) VALUES (8, 8)

statement error 207
UPDATE OrderDoubled SET nothing = 4

statement error 4406
WITH c AS (SELECT id FROM orders UNION ALL SELECT cust FROM rates) DELETE FROM c

# A DELETE through a view with a derived column is fine: only rows go.
query I
DELETE FROM OrderDoubled WHERE n = 5
SELECT @@ROWCOUNT
----
1

# TOP in the definition limits the rows changed to those it produces.
statement ok
CREATE VIEW FirstTwo AS SELECT TOP (2) id, seq FROM orders ORDER BY id

query I
UPDATE FirstTwo SET seq = 0
SELECT @@ROWCOUNT
----
2

query II
SELECT id, seq FROM orders ORDER BY id
----
1	0
2	0
3	2
4	1

# OUTPUT through a view returns the base table's rows; AFTER triggers of the table fire. With an
# enabled UPDATE trigger on the base table, OUTPUT needs INTO (334 without).
statement ok
CREATE TABLE audit (id int, what varchar(10))

statement ok
CREATE TRIGGER orders_upd ON orders AFTER UPDATE AS INSERT INTO audit SELECT id, 'upd' FROM inserted

statement error 334
UPDATE FirstTwo SET seq = 7 OUTPUT deleted.seq, inserted.seq WHERE id = 2

query II
DECLARE @o TABLE (was int, now int); UPDATE FirstTwo SET seq = 7 OUTPUT deleted.seq, inserted.seq INTO @o WHERE id = 2; SELECT * FROM @o
----
0	7

query IT
SELECT id, what FROM audit
----
2	upd

# A statement's error rolls it back whole, as on the table.
statement error 515
UPDATE ActiveCustomers SET CustomerName = NULL

query I
SELECT COUNT(*) FROM customers WHERE name IS NULL
----
0

# WITH CHECK OPTION: a row written through the view must stay visible in it (550, statement undone).
statement ok
CREATE TABLE staff (id int PRIMARY KEY, dept varchar(5) NOT NULL, pay int NOT NULL)
INSERT INTO staff VALUES (1, 'it', 10), (2, 'it', 20), (3, 'hr', 30)

statement ok
CREATE VIEW it_staff AS SELECT id, dept, pay FROM staff WHERE dept = 'it' WITH CHECK OPTION

query T
SELECT CHECK_OPTION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = 'it_staff'
----
CASCADE

statement error 550
UPDATE it_staff SET dept = 'hr' WHERE id = 1
----
error 550: The attempted insert or update failed because the target view either specifies WITH CHECK OPTION or spans a view that specifies WITH CHECK OPTION and one or more rows resulting from the operation did not qualify under the CHECK OPTION constraint.
! The statement has been terminated.

statement error 550
INSERT INTO it_staff VALUES (4, 'it', 1), (5, 'hr', 1)

query ITI
SELECT id, dept, pay FROM staff ORDER BY id
----
1	it	10
2	it	20
3	hr	30

query I
UPDATE it_staff SET pay = pay + 1
SELECT @@ROWCOUNT
----
2

statement ok
INSERT INTO it_staff VALUES (4, 'it', 40)

# MERGE through the view is held to the option too, for its updates and its inserts.
statement error 550
MERGE it_staff AS t USING (VALUES (2, 'hr')) AS s (id, dept) ON t.id = s.id WHEN MATCHED THEN UPDATE SET dept = s.dept;
----
error 550: The attempted insert or update failed because the target view either specifies WITH CHECK OPTION or spans a view that specifies WITH CHECK OPTION and one or more rows resulting from the operation did not qualify under the CHECK OPTION constraint.
! The statement has been terminated.

statement error 550
MERGE it_staff AS t USING (VALUES (9, 'hr', 5)) AS s (id, dept, pay) ON t.id = s.id
WHEN NOT MATCHED THEN INSERT (id, dept, pay) VALUES (s.id, s.dept, s.pay);

query I
MERGE it_staff AS t USING (VALUES (2, 'it', 22), (8, 'it', 8)) AS s (id, dept, pay) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET pay = s.pay WHEN NOT MATCHED THEN INSERT (id, dept, pay) VALUES (s.id, s.dept, s.pay);
SELECT @@ROWCOUNT
----
2

statement ok
DELETE FROM staff WHERE id = 8

statement ok
UPDATE staff SET pay = 21 WHERE id = 2

# The option of a view underneath holds for a view over it too; one without the option does not check.
statement ok
CREATE VIEW rich_it AS SELECT id, dept, pay FROM it_staff WHERE pay > 15

statement error 550
UPDATE rich_it SET dept = 'hr' WHERE id = 2

query I
UPDATE rich_it SET pay = 1 WHERE id = 4
SELECT @@ROWCOUNT
----
1

query ITI
SELECT id, dept, pay FROM staff ORDER BY id
----
1	it	11
2	it	21
3	hr	30
4	it	1

statement ok
CREATE VIEW plain_it AS SELECT id, dept FROM staff WHERE dept = 'it'

statement ok
UPDATE plain_it SET dept = 'ops' WHERE id = 1

query T
SELECT dept FROM staff WHERE id = 1
----
ops

# A common table expression with its own column list, a derived table as the target, OUTPUT of a
# DELETE through a CTE, and a procedure running the same statement twice.
statement ok
CREATE TABLE tags (id int PRIMARY KEY, tag varchar(5) NOT NULL)
INSERT INTO tags VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')

query I
WITH c (tid, label) AS (SELECT id, tag FROM tags WHERE id > 1)
UPDATE c SET label = label + '!' WHERE tid < 4;
SELECT @@ROWCOUNT
----
2

query I
UPDATE d SET tag = 'z' FROM (SELECT id, tag FROM tags WHERE id = 4) AS d
SELECT @@ROWCOUNT
----
1

query IT
WITH c AS (SELECT TOP (1) id, tag FROM tags ORDER BY id DESC)
DELETE FROM c OUTPUT deleted.id, deleted.tag;
----
4	z

statement ok
CREATE PROCEDURE drop_first AS WITH c AS (SELECT TOP (1) id FROM tags ORDER BY id) DELETE FROM c

statement ok
EXEC drop_first; EXEC drop_first

query IT
SELECT id, tag FROM tags
----
3	c!
