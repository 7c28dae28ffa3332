# Filtered indexes: only rows that satisfy the WHERE are in the index; a unique filtered index
# enforces uniqueness among those rows alone (the classic "unique when not null" pattern).
statement ok
CREATE TABLE users (id int PRIMARY KEY, email varchar(50), status varchar(10), score int)
CREATE UNIQUE NONCLUSTERED INDEX ux_email ON users (email) WHERE email IS NOT NULL

statement ok
INSERT INTO users VALUES (1, 'a@x', 'active', 10), (2, NULL, 'active', 20), (3, NULL, 'gone', 30)

statement error 2601
INSERT INTO users VALUES (4, 'A@X', 'active', 40)
----
error 2601: Cannot insert duplicate key row in object 'dbo.users' with unique index 'ux_email'. The duplicate key value is (A@X).
! The statement has been terminated.

statement ok
UPDATE users SET email = 'b@x' WHERE id = 2

statement error 2601
UPDATE users SET email = 'b@x' WHERE id = 3
----
error 2601: Cannot insert duplicate key row in object 'dbo.users' with unique index 'ux_email'. The duplicate key value is (b@x).
! The statement has been terminated.

query IT rowsort
UPDATE users SET email = NULL WHERE id = 1
INSERT INTO users VALUES (5, 'a@x', 'active', 50)
SELECT id, email FROM users WHERE email IS NOT NULL
----
2	b@x
5	a@x

query TIT
SELECT name, has_filter, filter_definition FROM sys.indexes WHERE object_id = OBJECT_ID('users') ORDER BY index_id
----
PK__users__000002748A627029	0	NULL
ux_email	1	([email] IS NOT NULL)

# Seeks through a filtered index return exactly the rows the WHERE asks for.
statement ok
CREATE INDEX ix_active ON users (score) INCLUDE (email) WHERE status = 'active'
CREATE INDEX ix_high ON users (score) WHERE score > 15 AND status <> 'gone'

query I rowsort
SELECT id FROM users WHERE status = 'active' AND score > 15
----
2
5

query I rowsort
SELECT id FROM users WHERE score = 30 AND status <> 'gone'
----

query I rowsort
SELECT id FROM users WHERE score >= 20
----
2
3
5

query I rowsort
UPDATE users SET status = 'gone' WHERE id = 5
SELECT id FROM users WHERE status = 'active' AND score > 0
----
1
2

query I rowsort
DELETE FROM users WHERE email = 'b@x'
SELECT id FROM users WHERE email = 'b@x'
----

query I
SELECT COUNT(*) FROM users WHERE status = 'active' AND score > 0
----
1

statement ok
CREATE TABLE ranges (k int, v int)
INSERT INTO ranges VALUES (1, 1), (5, 2), (10, 3), (NULL, 4)
CREATE INDEX ix_in ON ranges (k) WHERE k IN (1, 10)
CREATE INDEX ix_neg ON ranges (v) WHERE v >= -1

query II rowsort
SELECT k, v FROM ranges WHERE k = 10
----
10	3

query TT
SELECT name, filter_definition FROM sys.indexes WHERE object_id = OBJECT_ID('ranges') AND has_filter = 1 ORDER BY name
----
ix_in	([k]=(1) OR [k]=(10))
ix_neg	([v]>=(-1))

# Errors.
statement error 10736
CREATE INDEX bad ON ranges (k) WHERE k = 1 OR v = 2
----
error 10736: Incorrect WHERE clause for filtered index 'bad' on table 'ranges'.

statement error 10736
CREATE INDEX bad ON ranges (k) WHERE k = v
----
error 10736: Incorrect WHERE clause for filtered index 'bad' on table 'ranges'.

statement error 10736
CREATE CLUSTERED INDEX bad ON ranges (k) WHERE k > 1
----
error 10736: Incorrect WHERE clause for filtered index 'bad' on table 'ranges'.

statement error 207
CREATE INDEX bad ON ranges (k) WHERE nope > 1
----
error 207: Invalid column name 'nope'.

statement error 10621
CREATE INDEX bad ON ranges (k) WHERE k = NULL
----
error 10621: Filtered index 'bad' cannot be created on table 'ranges' because the filter expression contains a comparison with a literal NULL value. Rewrite the comparison to use the IS [NOT] NULL comparison operator to test for NULL values.

statement error 10617
CREATE INDEX bad ON ranges (k) WHERE k > 'abc'
----
error 10617: Filtered index 'bad' cannot be created on table 'ranges' because the column 'k' in the filter expression is compared with a constant that cannot be converted to the data type of the column. Rewrite the filter expression so that it does not include this comparison.

statement error 10610
CREATE TABLE calc (a int, c AS a + 1)
CREATE INDEX bad ON calc (a) WHERE c > 1
----
error 10610: Filtered index 'bad' cannot be created on table 'calc' because the column 'c' in the filter expression is a computed column. Rewrite the filter expression so that it does not include this column.

# A date filter, and queries it implies or not: the rows are the same either way.
query I rowsort
CREATE TABLE events (id int PRIMARY KEY, due date)
INSERT INTO events VALUES (1, '2023-05-01'), (2, '2024-02-01'), (3, '2024-08-01'), (4, NULL)
CREATE INDEX ix_due ON events (due) WHERE due >= '2024-01-01'
SELECT id FROM events WHERE due > '2024-06-01'
----
3

query I rowsort
SELECT id FROM events WHERE due > '2023-01-01'
----
1
2
3
