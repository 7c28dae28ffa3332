# [NOT] EXISTS correlated by equalities to a subquery that scans its table is a hash (anti) semi
# join (ExistsSemiJoinRule): each row of the outer query once, as when the subquery runs per row.
statement ok
CREATE TABLE dbo.sj_orders (id int PRIMARY KEY, customer_id int NULL, region varchar(5) NULL, amount decimal(9, 2))

statement ok
CREATE TABLE dbo.sj_returns (order_id bigint NULL, customer_id int NULL, region nvarchar(5) NULL, reason varchar(10))

statement ok
INSERT dbo.sj_orders VALUES (1, 10, 'n', 5), (2, 10, 'S', 7), (3, 20, 's', 9), (4, NULL, NULL, 11), (5, 30, 'e', 13)

statement ok
INSERT dbo.sj_returns VALUES (1, 10, N'N', 'late'), (1, 10, N'n', 'broken'), (3, 20, N'S', 'late'), (NULL, NULL, NULL, 'lost'),
  (99, 30, N'W', 'late')

# Duplicates in the subquery do not repeat the row; a bigint key meets an int column.
query I rowsort
SELECT id FROM dbo.sj_orders AS o WHERE EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.order_id = o.id)
----
1
3

# NOT EXISTS keeps the rows with no match, NULL keys included (NULL = NULL is not true).
query I rowsort
SELECT id FROM dbo.sj_orders AS o WHERE NOT EXISTS (SELECT * FROM dbo.sj_returns AS r WHERE r.customer_id = o.customer_id)
----
4

# Two keys, a string compared under the collation (case-insensitive), the subquery's own condition
# and the outer query's other conditions.
query I rowsort
SELECT o.id FROM dbo.sj_orders AS o
WHERE o.amount > 4 AND EXISTS (SELECT 1 FROM dbo.sj_returns AS r
  WHERE r.customer_id = o.customer_id AND o.region = r.region AND r.reason = 'late')
----
1
3

# EXISTS and NOT EXISTS together, under an aggregate and in a derived table.
query II
SELECT COUNT(*), SUM(id) FROM (SELECT id FROM dbo.sj_orders AS o
  WHERE EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.customer_id = o.customer_id)
    AND NOT EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.order_id = o.id)) AS d
----
2	7

# OR keeps the subquery per row; so does a correlation that is not an equality.
query I rowsort
SELECT id FROM dbo.sj_orders AS o
WHERE o.id = 5 OR EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.order_id = o.id)
----
1
3
5

query I rowsort
SELECT id FROM dbo.sj_orders AS o WHERE EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.order_id > o.id + 90)
----
1
2
3
4
5

# DELETE and UPDATE with a correlated [NOT] EXISTS.
statement ok
DELETE dbo.sj_orders WHERE NOT EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.customer_id = dbo.sj_orders.customer_id)

statement ok
UPDATE o SET amount = amount + 100 FROM dbo.sj_orders AS o
WHERE EXISTS (SELECT 1 FROM dbo.sj_returns AS r WHERE r.order_id = o.id)

query IR rowsort
SELECT id, amount FROM dbo.sj_orders
----
1	105.00
2	7.00
3	109.00
5	13.00
