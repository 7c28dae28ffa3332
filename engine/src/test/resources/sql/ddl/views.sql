# Views: stored definitions expanded where they are used.
statement ok
CREATE TABLE sales (id int PRIMARY KEY, region varchar(10), amount int)
INSERT INTO sales VALUES (1, 'north', 10), (2, 'south', 20), (3, 'north', 5)

statement ok
CREATE VIEW north_sales AS SELECT id, amount FROM sales WHERE region = 'north'

query II
SELECT id, amount FROM north_sales ORDER BY id
----
1	10
3	5

statement ok
CREATE VIEW totals (region, total) AS SELECT region, SUM(amount) FROM sales GROUP BY region

query TI
SELECT region, total FROM totals WHERE total > 10 ORDER BY region
----
north	15
south	20

statement error 4511
CREATE VIEW bad AS SELECT 1
----
error 4511: Create View or Function failed because no column name was specified for column 1.

statement error 2714
CREATE VIEW north_sales AS SELECT 1 AS one
----
error 2714: There is already an object named 'north_sales' in the database.

query I
ALTER VIEW north_sales AS SELECT id FROM sales WHERE region = 'south'
SELECT id FROM north_sales
----
2

query I
CREATE OR ALTER VIEW v2 AS SELECT COUNT(*) AS n FROM north_sales
SELECT n FROM v2
----
1

statement ok
DROP VIEW v2, north_sales

statement error 3701
DROP VIEW north_sales
----
error 3701: Cannot drop the view 'north_sales', because it does not exist or you do not have permission.

statement error 208
SELECT * FROM north_sales
----
error 208: Invalid object name 'north_sales'.
