# GROUP BY ROLLUP, CUBE, GROUPING SETS, () and WITH ROLLUP/CUBE, with GROUPING and GROUPING_ID.

statement ok
CREATE TABLE sales (region nvarchar(10), product nvarchar(10), yr int, amount int)

statement ok
INSERT INTO sales VALUES (N'East', N'pen', 2024, 10), (N'East', N'pen', 2025, 20), (N'East', N'ink', 2025, 5),
  (N'West', N'pen', 2024, 7), (N'West', NULL, 2025, 3)

# ROLLUP: detail rows, a subtotal per region, a grand total. GROUPING tells a subtotal's NULL
# from a NULL in the data (West's NULL product).
query TTIII
SELECT region, product, SUM(amount), GROUPING(region), GROUPING(product) FROM sales GROUP BY ROLLUP (region, product) ORDER BY GROUPING(region), region, GROUPING(product), product
----
East	ink	5	0	0
East	pen	30	0	0
East	NULL	35	0	1
West	NULL	3	0	0
West	pen	7	0	0
West	NULL	10	0	1
NULL	NULL	45	1	1

# CUBE: every combination; GROUPING_ID packs the bits, the first argument the highest.
query TTII
SELECT region, product, SUM(amount), GROUPING_ID(region, product) FROM sales WHERE product IS NOT NULL GROUP BY CUBE (region, product) ORDER BY GROUPING_ID(region, product), region, product
----
East	ink	5	0
East	pen	30	0
West	pen	7	0
East	NULL	35	1
West	NULL	7	1
NULL	ink	5	2
NULL	pen	37	2
NULL	NULL	42	3

# GROUPING SETS with the empty set; a plain key beside a ROLLUP combines with each of its sets.
query TII
SELECT region, yr, COUNT(*) FROM sales GROUP BY GROUPING SETS ((region), (yr), ()) ORDER BY GROUPING_ID(region, yr), region, yr
----
East	NULL	3
West	NULL	2
NULL	2024	2
NULL	2025	3
NULL	NULL	5

query TII
SELECT region, yr, SUM(amount) FROM sales GROUP BY region, ROLLUP (yr) ORDER BY region, GROUPING(yr), yr
----
East	2024	10
East	2025	25
East	NULL	35
West	2024	7
West	2025	3
West	NULL	10

# A composite element rolls up as one.
query TTII
SELECT region, product, yr, SUM(amount) FROM sales WHERE region = N'East' GROUP BY ROLLUP ((region, product), yr) ORDER BY GROUPING_ID(region, product, yr), product, yr
----
East	ink	2025	5
East	pen	2024	10
East	pen	2025	20
East	ink	NULL	5
East	pen	NULL	30
NULL	NULL	NULL	35

# The older WITH ROLLUP / WITH CUBE forms, and HAVING over the grouped rows.
query TI
SELECT region, SUM(amount) FROM sales GROUP BY region WITH ROLLUP ORDER BY GROUPING(region), region
----
East	35
West	10
NULL	45

query TI
SELECT region, SUM(amount) FROM sales GROUP BY region WITH CUBE HAVING GROUPING(region) = 1
----
NULL	45

# The grand total comes even from no rows.
query II
SELECT SUM(amount), GROUPING(region) FROM sales WHERE 1 = 0 GROUP BY ROLLUP (region)
----
NULL	1

query I
SELECT COUNT(*) FROM sales GROUP BY ()
----
5

# GROUPING over a plain GROUP BY is 0; types: tinyint and int.
describe
SELECT GROUPING(region) AS g, GROUPING_ID(region) AS gid FROM sales GROUP BY region
----
g	tinyint	NOT NULL
gid	int	NOT NULL

statement error 8160
SELECT GROUPING(region) FROM sales
----
error 8160: A GROUPING or GROUPING_ID function can only be specified when there is a GROUP BY clause.

statement error 8161
SELECT region, GROUPING_ID(region, yr) FROM sales GROUP BY ROLLUP (region)
----
error 8161: Argument 2 of the GROUPING_ID function does not match any of the expressions in the GROUP BY clause.

statement error 10703
SELECT region, SUM(amount) FROM sales GROUP BY ROLLUP (region) WITH CUBE
----
error 10703: The WITH CUBE and WITH ROLLUP options are not permitted with a ROLLUP, CUBE, or GROUPING SETS specification.

statement error 10705
SELECT COUNT(*) FROM sales GROUP BY CUBE (region, product, yr, amount, region + N'a', product + N'b', yr + 1, amount + 1, yr + 2, yr + 3, yr + 4, yr + 5, yr + 6)
----
error 10705: Too many grouping sets. The maximum number is 4096.

# A key outside its grouping set is NULL, so the column is nullable even for a NOT NULL key.
statement ok
CREATE TABLE nn (k int NOT NULL, v int)

statement ok
INSERT INTO nn VALUES (1, 1), (2, 2)

describe
SELECT k, SUM(v) AS s FROM nn GROUP BY ROLLUP (k)
----
k	int	NULL
s	int	NULL

# A grouped column written with its table's alias in GROUP BY and without it in the select list
# (or the reverse) is the same column.
statement ok
CREATE TABLE #gq (db nvarchar(10), n int)
INSERT INTO #gq VALUES ('x', 1), ('x', 2), ('y', 3)

query TI
SELECT db, SUM(n) FROM #gq AS i GROUP BY [i].[db] ORDER BY db
----
x	3
y	3

query TI
SELECT [i].[db], COUNT(*) FROM #gq i GROUP BY db ORDER BY i.db
----
x	2
y	1

statement error 8120
SELECT db, n FROM #gq AS i GROUP BY i.db
