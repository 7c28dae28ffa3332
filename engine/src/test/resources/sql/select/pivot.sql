# PIVOT and UNPIVOT: rows to columns grouped by the source's other columns, and columns back to
# rows (NULLs left out), as the derived tables they stand for.

statement ok
CREATE TABLE sales (region nvarchar(10), yr int, amount int)

statement ok
INSERT sales VALUES (N'north', 2023, 10), (N'north', 2023, 5), (N'north', 2024, 7), (N'south', 2024, 3), (N'south', 2025, NULL)

query TIII
SELECT region, [2023], [2024], [2025] FROM sales PIVOT (SUM(amount) FOR yr IN ([2023], [2024], [2025])) AS p ORDER BY region
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
north	15	7	NULL
south	NULL	3	NULL

query TIII
SELECT * FROM (SELECT region, yr, amount FROM sales) AS s PIVOT (COUNT(amount) FOR yr IN ([2023], [2024], [2025])) AS p ORDER BY region
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
north	2	1	0
south	0	1	0

# With no other column the whole source is one group.
query II
SELECT [north], [south] FROM (SELECT region, amount FROM sales) AS s PIVOT (MAX(amount) FOR region IN ([north], [south])) AS p
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
10	3

statement ok
CREATE TABLE quarters (id int, q1 int, q2 int, q3 int)

statement ok
INSERT quarters VALUES (1, 10, NULL, 30), (2, NULL, NULL, NULL)

query ITI
SELECT id, quarter, amount FROM quarters UNPIVOT (amount FOR quarter IN (q1, q2, q3)) AS u ORDER BY id, quarter
----
1	q1	10
1	q3	30

# The name column is nvarchar(128), the value column of the listed columns' type; unlisted
# columns stay.
statement ok
SELECT * INTO unpivoted FROM quarters UNPIVOT (amount FOR quarter IN (q1, q2)) AS u

query TTI
SELECT name, TYPE_NAME(system_type_id), max_length FROM sys.columns WHERE object_id = OBJECT_ID('unpivoted') ORDER BY column_id
----
id	int	4
q3	int	4
quarter	nvarchar	256
amount	int	4

# PIVOT over a join's result, then joined again.
query TII
SELECT p.region, p.[2024], t.total FROM (SELECT region, yr, amount FROM sales) AS s PIVOT (SUM(amount) FOR yr IN ([2024])) AS p JOIN (SELECT region, SUM(amount) AS total FROM sales GROUP BY region) AS t ON t.region = p.region ORDER BY p.region
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
! Warning: Null value is eliminated by an aggregate or other SET operation.
north	7	22
south	3	3

statement error 207
SELECT * FROM sales PIVOT (SUM(nope) FOR yr IN ([2023])) AS p
----
error 207: Invalid column name 'nope'.

statement error 8167
SELECT * FROM (SELECT id, q1, CAST(q2 AS bigint) AS q2 FROM quarters) AS s UNPIVOT (amount FOR quarter IN (q1, q2)) AS u
----
error 8167: The type of column "q2" conflicts with the type of other columns specified in the UNPIVOT list.

statement error 102
SELECT * FROM sales PIVOT (SUM(amount) FOR yr IN ([2023]))
----
error 102: Incorrect syntax near ')'.
