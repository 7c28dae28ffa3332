# Full-text DDL and search errors, by number.
# no-restart: the blocks share USE ft_err
statement ok
CREATE DATABASE ft_err

statement ok
USE ft_err
----
! Changed database context to 'ft_err'.

statement ok
CREATE TABLE t (id int NOT NULL CONSTRAINT pk_t PRIMARY KEY, nid int NULL, code int NOT NULL, doc nvarchar(400), n int, bin varbinary(max))
CREATE UNIQUE INDEX ux_nid ON t (nid)
CREATE INDEX ix_code ON t (code)
CREATE UNIQUE INDEX ux_two ON t (id, code)
INSERT INTO t VALUES (1, 1, 1, N'alpha beta gamma', 1, NULL)

statement error 9967
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t
----
error 9967: A default full-text catalog does not exist in database 'ft_err' or user does not have permission to perform this action.

statement ok
CREATE FULLTEXT CATALOG cat1

statement error 7642
CREATE FULLTEXT CATALOG cat1
----
error 7642: A full-text catalog named 'cat1' already exists in this database. Use a different name.

statement error 7641
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON nosuch
----
error 7641: Full-Text catalog 'nosuch' does not exist in database 'ft_err' or user does not have permission to perform this action.

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX nosuch ON cat1
----
error 7653: 'nosuch' is not a valid index to enforce a full-text search key. A full-text search key must be a unique, non-nullable, single-column index which is not offline, is not defined on a non-deterministic or imprecise nonpersisted computed column, does not have a filter, and has maximum size of 900 bytes. Choose another index for the full-text key.

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX ix_code ON cat1
----
error 7653: 'ix_code' is not a valid index to enforce a full-text search key. A full-text search key must be a unique, non-nullable, single-column index which is not offline, is not defined on a non-deterministic or imprecise nonpersisted computed column, does not have a filter, and has maximum size of 900 bytes. Choose another index for the full-text key.

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX ux_two ON cat1
----
error 7653: 'ux_two' is not a valid index to enforce a full-text search key. A full-text search key must be a unique, non-nullable, single-column index which is not offline, is not defined on a non-deterministic or imprecise nonpersisted computed column, does not have a filter, and has maximum size of 900 bytes. Choose another index for the full-text key.

statement error 7653
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX ux_nid ON cat1
----
error 7653: 'ux_nid' is not a valid index to enforce a full-text search key. A full-text search key must be a unique, non-nullable, single-column index which is not offline, is not defined on a non-deterministic or imprecise nonpersisted computed column, does not have a filter, and has maximum size of 900 bytes. Choose another index for the full-text key.

statement error 7670
CREATE FULLTEXT INDEX ON t (n) KEY INDEX pk_t ON cat1
----
error 7670: Column 'n' cannot be used for full-text search because it is not a character-based, XML, image or varbinary(max) type column or it is encrypted.

statement error 7655
CREATE FULLTEXT INDEX ON t (bin) KEY INDEX pk_t ON cat1
----
error 7655: TYPE COLUMN option must be specified with column of image or varbinary(max) type.

statement error 7672
CREATE FULLTEXT INDEX ON t (doc, doc) KEY INDEX pk_t ON cat1
----
error 7672: A full-text index cannot be created on the table or indexed view because duplicate column 'doc' is specified.

statement error 207
CREATE FULLTEXT INDEX ON t (nosuch) KEY INDEX pk_t ON cat1
----
error 207: Invalid column name 'nosuch'.

statement error 30023
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON cat1 WITH STOPLIST = mylist
----
error 30023: The fulltext stoplist 'mylist' does not exist or the current user does not have permission to perform this action. Verify that the correct stoplist name is specified and that the user had the permission required by the Transact-SQL statement.

statement error 7663
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON cat1 WITH NO POPULATION
----
error 7663: Option 'WITH NO POPULATION' should not be used when change tracking is enabled.

statement error 7601
SELECT id FROM t WHERE CONTAINS(doc, 'alpha')
----
error 7601: Cannot use a CONTAINS or FREETEXT predicate on table or indexed view 'dbo.t' because it is not full-text indexed.

statement error 7601
SELECT * FROM CONTAINSTABLE(t, doc, 'alpha')
----
error 7601: Cannot use a CONTAINS or FREETEXT predicate on table or indexed view 't' because it is not full-text indexed.

statement error 7658
ALTER FULLTEXT INDEX ON t ENABLE
----
error 7658: Table or indexed view 'dbo.t' does not have a full-text index or user does not have permission to perform this action.

statement error 7658
DROP FULLTEXT INDEX ON t
----
error 7658: Table or indexed view 'dbo.t' does not have a full-text index or user does not have permission to perform this action.

statement ok
CREATE FULLTEXT INDEX ON t (doc LANGUAGE 1033) KEY INDEX pk_t ON cat1 WITH (CHANGE_TRACKING = AUTO, STOPLIST = SYSTEM)

statement error 7652
CREATE FULLTEXT INDEX ON t (doc) KEY INDEX pk_t ON cat1
----
error 7652: A full-text index for table or indexed view 'dbo.t' has already been created.

statement error 7668
DROP FULLTEXT CATALOG cat1
----
error 7668: Cannot drop full-text catalog 'cat1' because it contains a full-text index.

statement error 7601
SELECT id FROM t WHERE CONTAINS(n, 'alpha')
----
error 7601: Cannot use a CONTAINS or FREETEXT predicate on column 'n' because it is not full-text indexed.

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, 'alpha beta')
----
error 7630: Syntax error near 'beta' in the full-text search condition 'alpha beta'.

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, 'alpha AND')
----
error 7630: Syntax error near '<end of input>' in the full-text search condition 'alpha AND'.

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, '"alpha')
----
error 7630: Syntax error near '"' in the full-text search condition '"alpha'.

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, 'alpha OR NOT beta')
----
error 7630: Syntax error near 'NOT' in the full-text search condition 'alpha OR NOT beta'.

statement error 7630
SELECT id FROM t WHERE CONTAINS(doc, '(alpha')
----
error 7630: Syntax error near '<end of input>' in the full-text search condition '(alpha'.

statement error 7645
SELECT id FROM t WHERE CONTAINS(doc, '')
----
error 7645: Null or empty full-text predicate.

statement error 7645
DECLARE @s nvarchar(10) = NULL
SELECT id FROM t WHERE CONTAINS(doc, @s)
----
error 7645: Null or empty full-text predicate.

statement error 9987
SELECT id FROM t WHERE CONTAINS(doc, 'NEAR((alpha, beta), far)')
----
error 9987: The max gap argument in NEAR clause must be either the word MAX or an integer greater than or equal to 0.

statement error 7626
SELECT * FROM CONTAINSTABLE(t, doc, 'alpha', -1)
----
error 7626: The top_n_by_rank argument ('-1') must be greater than or equal to zero.

statement error 7677
ALTER FULLTEXT INDEX ON t DROP (n)
----
error 7677: Column "n" is not full-text indexed.

statement error 7672
ALTER FULLTEXT INDEX ON t ADD (doc)
----
error 7672: A full-text index cannot be created on the table or indexed view because duplicate column 'doc' is specified.

statement error 574
BEGIN TRANSACTION
ALTER FULLTEXT INDEX ON t START FULL POPULATION
----
error 574: ALTER FULLTEXT INDEX statement cannot be used inside a user transaction.

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
USE ft_err
CREATE FULLTEXT CATALOG cat2 AS DEFAULT
CREATE TABLE k (id int NOT NULL CONSTRAINT pk_k PRIMARY KEY, code int NOT NULL, doc nvarchar(100), other nvarchar(100))
CREATE UNIQUE INDEX ux_code ON k (code)
CREATE FULLTEXT INDEX ON k (doc) KEY INDEX ux_code
----
! Changed database context to 'ft_err'.

statement error 7613
DROP INDEX ux_code ON k
----
error 7613: Cannot drop index 'ux_code' because it enforces the full-text key for table or indexed view 'k'.

statement error 7614
ALTER TABLE k DROP COLUMN doc
----
error 7614: Cannot alter or drop column 'doc' because it is enabled for Full-Text Search.

statement error 7614
ALTER TABLE k ALTER COLUMN doc nvarchar(200)
----
error 7614: Cannot alter or drop column 'doc' because it is enabled for Full-Text Search.

statement ok
ALTER TABLE k DROP COLUMN other
ALTER TABLE k DROP CONSTRAINT pk_k
INSERT INTO k VALUES (1, 10, N'zebra')

query I
SELECT [KEY] FROM CONTAINSTABLE(k, doc, 'zebra')
----
10

statement ok
DROP TABLE k
DROP FULLTEXT CATALOG cat2

statement ok
USE master
DROP DATABASE ft_err
----
! Changed database context to 'master'.
