# NEWSEQUENTIALID(): only as a column DEFAULT; values grow in uniqueidentifier order.

statement ok
CREATE TABLE nsq_t (n int IDENTITY, id uniqueidentifier NOT NULL DEFAULT NEWSEQUENTIALID(), id2 uniqueidentifier DEFAULT (newsequentialid()))

statement ok
INSERT nsq_t DEFAULT VALUES; INSERT nsq_t DEFAULT VALUES; INSERT nsq_t (id2) VALUES (NULL); INSERT nsq_t DEFAULT VALUES

# Ordered by id, the rows come in insertion order; every value is distinct.
query I
SELECT n FROM nsq_t ORDER BY id
----
1
2
3
4

query IIII
SELECT COUNT(DISTINCT id), COUNT(DISTINCT id2), SUM(CASE WHEN id2 > id THEN 1 ELSE 0 END), COUNT(id2) FROM nsq_t
----
! Warning: Null value is eliminated by an aggregate or other SET operation.
4	3	3	3

statement error 302
SELECT NEWSEQUENTIALID()
----
error 302: The newsequentialid() built-in function can only be used in a DEFAULT expression for a column of type 'uniqueidentifier' in a CREATE TABLE or ALTER TABLE statement. It cannot be combined with other operators to form a complex scalar expression.

statement error 302
INSERT nsq_t (id) VALUES (NEWSEQUENTIALID())
----
error 302: The newsequentialid() built-in function can only be used in a DEFAULT expression for a column of type 'uniqueidentifier' in a CREATE TABLE or ALTER TABLE statement. It cannot be combined with other operators to form a complex scalar expression.

statement ok
DROP TABLE nsq_t
