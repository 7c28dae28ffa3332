# Full-text DDL and search errors, by number.
# no-restart: the blocks share USE ft_err
statement ok
CREATE DATABASE ft_err

statement ok
USE ft_err

statement ok
CREATE TABLE t (id int NOT NULL CONSTRAINT pk_t PRIMARY KEY, nid int NULL, code int NOT NULL, doc nvarchar(400), n int, bin varbinary(max))
CREATE UNIQUE INDEX ux_nid ON t (nid)
CREATE INDEX ix_code ON t (code)
CREATE UNIQUE INDEX ux_two ON t (id, code)
INSERT INTO t VALUES (1, 1, 1, N'alpha beta gamma', 1, NULL)

statement error 9967
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t

statement ok
CREATE FULLTEXT CATALOG cat1

statement error 7642
CREATE FULLTEXT CATALOG cat1

statement error 7641
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON nosuch

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX nosuch ON cat1

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX ix_code ON cat1

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX ux_two ON cat1

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX ux_nid ON cat1

statement error 7670
CREATE FULLTEXT INDEX ON t (n) KEY INDEX pk_t ON cat1

statement error 7655
CREATE FULLTEXT INDEX ON t (bin) KEY INDEX pk_t ON cat1

statement error 7672
CREATE FULLTEXT INDEX ON t (doc, doc) KEY INDEX pk_t ON cat1

statement error 207
CREATE FULLTEXT INDEX ON t (nosuch) KEY INDEX pk_t ON cat1

statement error 30023
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON cat1 WITH STOPLIST = mylist

statement error 7663
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON cat1 WITH NO POPULATION

statement error 7601
SELECT id FROM t WHERE CONTAINS(doc, 'alpha')

statement error 7601
SELECT * FROM CONTAINSTABLE(t, doc, 'alpha')

statement error 7658
ALTER FULLTEXT INDEX ON t ENABLE

statement error 7658
DROP FULLTEXT INDEX ON t

statement ok
CREATE FULLTEXT INDEX ON t (doc LANGUAGE 1033) KEY INDEX pk_t ON cat1 WITH (CHANGE_TRACKING = AUTO, STOPLIST = SYSTEM)

statement error 7652
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON cat1

statement error 7668
DROP FULLTEXT CATALOG cat1

statement error 7601
SELECT id FROM t WHERE CONTAINS(n, 'alpha')

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, 'alpha beta')

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, 'alpha AND')

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, '"alpha')

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, 'alpha OR NOT beta')

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, '(alpha')

statement error 7645
SELECT id FROM t WHERE CONTAINS(doc, '')

statement error 7645
DECLARE @s nvarchar(10) = NULL
SELECT id FROM t WHERE CONTAINS(doc, @s)

statement error 9987
SELECT id FROM t WHERE CONTAINS(doc, 'NEAR((alpha, beta), far)')

statement error 7626
SELECT * FROM CONTAINSTABLE(t, doc, 'alpha', -1)

statement error 7677
ALTER FULLTEXT INDEX ON t DROP (n)

statement error 7672
ALTER FULLTEXT INDEX ON t ADD (doc)

statement error 574
BEGIN TRANSACTION
ALTER FULLTEXT INDEX ON t START FULL POPULATION

statement ok
ROLLBACK

query I
SELECT id FROM t WHERE CONTAINS(doc, 'gamma')
----
1

statement ok
DROP TABLE t
DROP FULLTEXT CATALOG cat1

statement ok
USE master
DROP DATABASE ft_err
