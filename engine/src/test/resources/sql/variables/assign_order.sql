# SELECT @v = @v + … FROM … ORDER BY …: each row's assignment sees the value the row before left, in
# the sorted order (the concatenation idiom), also when the order needs a sort.
statement ok
CREATE TABLE ao (id int PRIMARY KEY, k varchar(5), v int);
INSERT ao VALUES (1, 'c', 5), (2, 'a', 1), (3, 'b', 3), (4, 'a', 2)

query T
DECLARE @s varchar(100) = ''; SELECT @s = @s + k FROM ao ORDER BY k, v; SELECT @s
----
aabc

query I
DECLARE @n int = 0; SELECT @n = @n + v FROM ao ORDER BY v DESC; SELECT @n
----
11

query T
DECLARE @s varchar(100) = ''; SELECT @s = @s + CAST(v AS varchar(5)) + ',' FROM ao WHERE v > 1 ORDER BY k DESC, id; SELECT @s
----
5,3,2,

# Several assignments, each seeing the ones before it on the same row.
query TI
DECLARE @s varchar(100) = '', @last int = 0;
SELECT @s = @s + k, @last = v FROM ao ORDER BY v;
SELECT @s, @last
----
aabc	5

# TOP with ORDER BY: the first rows of the order.
query T
DECLARE @s varchar(100) = ''; SELECT TOP (2) @s = @s + k FROM ao ORDER BY v DESC; SELECT @s
----
cb

query I
DECLARE @n int = 0; SELECT @n = @n + v FROM ao ORDER BY v OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY; SELECT @n
----
5

# Grouped rows in order.
query T
DECLARE @s varchar(100) = ''; SELECT @s = @s + k + CAST(SUM(v) AS varchar(5)) FROM ao GROUP BY k ORDER BY SUM(v), k; SELECT @s
----
a3b3c5
