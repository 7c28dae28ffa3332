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

statement error 40517
DECLARE @x int; UPDATE l SET @x = l.amount FROM dbo.usv_ledger AS l

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
