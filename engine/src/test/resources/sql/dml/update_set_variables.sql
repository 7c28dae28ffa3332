# UPDATE's SET list: compound operators on columns, and variables assigned for each row.
statement ok
CREATE TABLE dbo.usv_acct (id int PRIMARY KEY, amount int, total int, note varchar(20))

statement ok
INSERT dbo.usv_acct VALUES (1, 10, 0, 'a'), (2, 20, 0, 'b'), (3, 5, 0, NULL)

# col op= value is col = col op value, for every compound operator.
statement ok
UPDATE dbo.usv_acct SET amount += 1, note += 'x' WHERE id = 1

statement ok
UPDATE dbo.usv_acct SET amount *= 2, note ||= 'y' WHERE id = 2

query IIT rowsort
SELECT id, amount, note FROM dbo.usv_acct
----
1	11	ax
2	40	by
3	5	NULL

statement ok
UPDATE dbo.usv_acct SET amount -= 1, total |= 8 WHERE id = 3

query II
SELECT amount, total FROM dbo.usv_acct WHERE id = 3
----
4	8

# @v = column: the column's value before the update.
query I
DECLARE @old int; UPDATE dbo.usv_acct SET @old = amount, amount = 100 WHERE id = 3; SELECT @old
----
4

# @v = column = value: the column's new value (the sequence-table idiom).
statement ok
CREATE TABLE dbo.usv_counter (name varchar(10) PRIMARY KEY, next_id int)

statement ok
INSERT dbo.usv_counter VALUES ('orders', 41)

query II
DECLARE @id int; UPDATE dbo.usv_counter SET @id = next_id = next_id + 1 WHERE name = 'orders'; SELECT @id, @@ROWCOUNT
----
42	1

query I
SELECT next_id FROM dbo.usv_counter
----
42

# Only variables: the rows still count as updated.
query II
DECLARE @n varchar(10); UPDATE dbo.usv_counter SET @n = name; SELECT @@ROWCOUNT, LEN(@n)
----
1	6

# A running total: each row sees the variable the rows before it left (items run left to right).
statement ok
CREATE TABLE dbo.usv_ledger (id int PRIMARY KEY, amount int, running int)

statement ok
INSERT dbo.usv_ledger VALUES (1, 10, NULL), (2, 20, NULL), (3, 30, NULL)

statement ok
DECLARE @sum int = 0; UPDATE dbo.usv_ledger SET @sum = running = @sum + amount

query II
SELECT id, running FROM dbo.usv_ledger ORDER BY id
----
1	10
2	30
3	60

query I
DECLARE @c int = 0; UPDATE dbo.usv_ledger SET @c += 1, running = @c * 100 WHERE id < 3; SELECT @c
----
2

query II
SELECT id, running FROM dbo.usv_ledger ORDER BY id
----
1	100
2	200
3	60

# The value is converted to the variable's type.
query T
DECLARE @s varchar(5); UPDATE dbo.usv_ledger SET @s = amount WHERE id = 3; SELECT @s
----
30

statement error 137
UPDATE dbo.usv_ledger SET @undeclared = amount

statement error 102
UPDATE dbo.usv_ledger SET amount =+ = 1

# UPDATE … FROM assigns variables too: for each updated row, over its joined row, the items left
# to right, each seeing what the items and rows before it left.
statement ok
CREATE TABLE dbo.usv_bal (id int PRIMARY KEY, balance int, seen int)

statement ok
INSERT dbo.usv_bal VALUES (1, 100, 0), (2, 200, 0), (3, 300, 0)

statement ok
CREATE TABLE dbo.usv_mv (id int, amt int)

statement ok
INSERT dbo.usv_mv VALUES (3, 7), (1, 5)

query III
DECLARE @total int = 0, @n int = 0;
UPDATE b SET @total = @total + m.amt, balance = b.balance - m.amt, @n += 1, seen = @n * 10 + @total
FROM dbo.usv_bal AS b JOIN dbo.usv_mv AS m ON m.id = b.id;
SELECT @total, @n, @@ROWCOUNT
----
12	2	2

query III
SELECT id, balance, seen FROM dbo.usv_bal ORDER BY id
----
1	95	15
2	200	0
3	293	32

# @v = column = value over a join: the column's new value.
query I
DECLARE @last int;
UPDATE b SET @last = balance = b.balance + m.amt FROM dbo.usv_bal b JOIN dbo.usv_mv m ON m.id = b.id WHERE b.id = 3;
SELECT @last
----
300

# Only a variable, read from the joined table; a row joined twice is updated (and assigns) once.
statement ok
INSERT dbo.usv_mv VALUES (1, 6)

query II
DECLARE @count int = 0;
UPDATE b SET @count += 1 FROM dbo.usv_bal b JOIN dbo.usv_mv m ON m.id = b.id;
SELECT @count, @@ROWCOUNT
----
2	2

query I
DECLARE @m int; UPDATE b SET @m = m.amt FROM dbo.usv_bal b JOIN dbo.usv_mv m ON m.id = b.id WHERE b.id = 3; SELECT @m
----
7

# Through a view: the items read the view's columns (an alias too) and write its base table.
statement ok
CREATE VIEW dbo.usv_bal_v AS SELECT id AS bal_id, balance AS funds, seen FROM dbo.usv_bal WHERE id > 1

query II
DECLARE @sum int = 0, @last int;
UPDATE dbo.usv_bal_v SET @sum += funds, @last = seen = funds + bal_id;
SELECT @sum, @last
----
500	303

query III
SELECT id, balance, seen FROM dbo.usv_bal ORDER BY id
----
1	95	15
2	200	202
3	300	303

statement ok
DROP VIEW dbo.usv_bal_v

statement ok
DROP TABLE dbo.usv_bal, dbo.usv_mv

# Compound operators name the target's column, also beside a joined table with the same column.
statement ok
CREATE TABLE dbo.usv_adj (id int, amount int)

statement ok
INSERT dbo.usv_adj VALUES (1, 7), (2, 9)

statement ok
UPDATE l SET amount += a.amount FROM dbo.usv_ledger AS l JOIN dbo.usv_adj AS a ON a.id = l.id

statement ok
MERGE dbo.usv_ledger AS l USING dbo.usv_adj AS a ON a.id = l.id WHEN MATCHED THEN UPDATE SET amount *= 2, running -= a.amount;

query III
SELECT id, amount, running FROM dbo.usv_ledger ORDER BY id
----
1	34	93
2	58	191
3	30	60

statement ok
DROP TABLE dbo.usv_acct, dbo.usv_counter, dbo.usv_ledger, dbo.usv_adj
