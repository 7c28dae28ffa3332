# Indexed views without GROUP BY: a projection with WHERE of one table, and an inner join. Their
# unique clustered index refuses a base-table change that would give the view a duplicate key
# (2601 naming the view and its index), and the statement is undone.
statement ok
CREATE TABLE dbo.ivj_customers (id int PRIMARY KEY, name nvarchar(20) NOT NULL, email varchar(40) NULL)

statement ok
CREATE TABLE dbo.ivj_orders (id int PRIMARY KEY, customer_id int NOT NULL, amount int NOT NULL, status char(1) NOT NULL)

statement ok
INSERT dbo.ivj_customers VALUES (1, N'ann', 'ann@x'), (2, N'bob', NULL)

statement ok
INSERT dbo.ivj_orders VALUES (10, 1, 5, 'O'), (11, 2, 7, 'C'), (12, 1, 9, 'O')

statement ok
CREATE VIEW dbo.ivj_emails WITH SCHEMABINDING AS
SELECT c.id, c.email FROM dbo.ivj_customers AS c WHERE c.email IS NOT NULL

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_emails ON dbo.ivj_emails (email)

statement ok
CREATE VIEW dbo.ivj_open WITH SCHEMABINDING AS
SELECT o.id AS order_id, c.name, o.amount FROM dbo.ivj_orders AS o INNER JOIN dbo.ivj_customers AS c ON c.id = o.customer_id
WHERE o.status = 'O'

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_open ON dbo.ivj_open (order_id)

query ITI rowsort
SELECT order_id, name, amount FROM dbo.ivj_open WITH (NOEXPAND)
----
10	ann	5
12	ann	9

statement error 2601
INSERT dbo.ivj_customers VALUES (3, N'cy', 'ann@x')
----
error 2601: Cannot insert duplicate key row in object 'dbo.ivj_emails' with unique index 'ix_emails'. The duplicate key value is (ann@x).
! The statement has been terminated.

query I
SELECT COUNT(*) FROM dbo.ivj_customers
----
2

statement error 2601
UPDATE dbo.ivj_customers SET email = 'same@x'

statement ok
UPDATE dbo.ivj_customers SET email = 'bob@x' WHERE id = 2

query IT rowsort
SELECT id, email FROM dbo.ivj_emails WITH (NOEXPAND)
----
1	ann@x
2	bob@x

# Changing either side of the join changes the view's rows.
statement ok
UPDATE dbo.ivj_customers SET name = N'anna' WHERE id = 1

statement ok
UPDATE dbo.ivj_orders SET status = 'O' WHERE id = 11

statement ok
INSERT dbo.ivj_orders VALUES (13, 2, 1, 'C'), (14, 2, 2, 'O')

statement ok
DELETE dbo.ivj_orders WHERE id = 10

query ITI rowsort
SELECT order_id, name, amount FROM dbo.ivj_open WITH (NOEXPAND)
----
11	bob	7
12	anna	9
14	bob	2

query ITI rowsort
SELECT o.id, c.name, o.amount FROM dbo.ivj_orders AS o INNER JOIN dbo.ivj_customers AS c ON c.id = o.customer_id WHERE o.status = 'O'
----
11	bob	7
12	anna	9
14	bob	2

# A foreign key's cascade keeps the view current too.
statement ok
CREATE TABLE dbo.ivj_lines (order_id int NOT NULL REFERENCES dbo.ivj_orders (id) ON DELETE CASCADE, line int NOT NULL, qty int NOT NULL, PRIMARY KEY (order_id, line))

statement ok
INSERT dbo.ivj_lines VALUES (11, 1, 2), (11, 2, 3), (12, 1, 4)

statement ok
CREATE VIEW dbo.ivj_line_totals WITH SCHEMABINDING AS
SELECT order_id, SUM(qty) AS qty, COUNT_BIG(*) AS lines FROM dbo.ivj_lines GROUP BY order_id

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_line_totals ON dbo.ivj_line_totals (order_id)

statement ok
DELETE dbo.ivj_orders WHERE id = 11

query III
SELECT order_id, qty, lines FROM dbo.ivj_line_totals WITH (NOEXPAND)
----
12	4	1

# sp_rename of an indexed view keeps its index and rows under the new name.
statement ok
EXEC sp_rename 'dbo.ivj_line_totals', 'ivj_line_sums'

statement ok
INSERT dbo.ivj_lines VALUES (12, 2, 6)

query III
SELECT order_id, qty, lines FROM dbo.ivj_line_sums WITH (NOEXPAND)
----
12	10	2

statement ok
EXEC sp_rename 'dbo.ivj_line_sums', 'ivj_line_totals'

# SWITCH would move rows past the view's maintenance: refused.
statement ok
CREATE TABLE dbo.ivj_lines_in (order_id int NOT NULL, line int NOT NULL, qty int NOT NULL, PRIMARY KEY (order_id, line))

statement ok
CREATE TABLE dbo.ivj_lines_out (order_id int NOT NULL, line int NOT NULL, qty int NOT NULL, PRIMARY KEY (order_id, line))

statement ok
CREATE VIEW dbo.ivj_out_count WITH SCHEMABINDING AS SELECT order_id, COUNT_BIG(*) AS n FROM dbo.ivj_lines_out GROUP BY order_id

statement ok
CREATE UNIQUE CLUSTERED INDEX ix_out_count ON dbo.ivj_out_count (order_id)

statement ok
INSERT dbo.ivj_lines_in VALUES (1, 1, 1)

statement error 40517
ALTER TABLE dbo.ivj_lines_in SWITCH TO dbo.ivj_lines_out

statement ok
DROP VIEW dbo.ivj_out_count

statement ok
ALTER TABLE dbo.ivj_lines_in SWITCH TO dbo.ivj_lines_out

statement ok
DROP TABLE dbo.ivj_lines_in

statement ok
DROP TABLE dbo.ivj_lines_out

# ALTER VIEW drops the view's indexes; DROP VIEW its rows.
statement ok
ALTER VIEW dbo.ivj_emails WITH SCHEMABINDING AS
SELECT c.id, c.email FROM dbo.ivj_customers AS c

statement error 8171
SELECT id FROM dbo.ivj_emails WITH (NOEXPAND)

statement ok
DROP VIEW dbo.ivj_open

statement ok
DROP VIEW dbo.ivj_line_totals

statement ok
DROP VIEW dbo.ivj_emails

statement ok
DROP TABLE dbo.ivj_lines

statement ok
DROP TABLE dbo.ivj_orders

statement ok
DROP TABLE dbo.ivj_customers
