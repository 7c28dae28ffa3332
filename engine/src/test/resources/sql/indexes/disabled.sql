# ALTER INDEX … DISABLE: a disabled nonclustered index loses its entries, is neither maintained
# nor enforced nor read; REBUILD builds it again from the rows and enables it.
statement ok
CREATE TABLE dx (id int NOT NULL CONSTRAINT pk_dx PRIMARY KEY, a int, c int, v varchar(10))
CREATE INDEX ix_a ON dx (a)
CREATE UNIQUE INDEX ux_c ON dx (c)
INSERT INTO dx VALUES (1, 10, 100, 'x'), (2, 20, 200, 'y'), (3, 30, 300, 'z')

statement ok
ALTER INDEX ix_a ON dx DISABLE

query TII
SELECT name, is_disabled, INDEXPROPERTY(OBJECT_ID('dx'), name, 'IsDisabled') FROM sys.indexes WHERE object_id = OBJECT_ID('dx') ORDER BY index_id
----
pk_dx	0	0
ix_a	1	1
ux_c	0	0

# The table stays readable and writable; the disabled index is not used, and not maintained.
query II
SELECT id, a FROM dx WHERE a = 20
----
2	20

statement ok
INSERT INTO dx VALUES (4, 20, 400, 'w')
UPDATE dx SET a = 30 WHERE id = 1
DELETE FROM dx WHERE id = 3

query II rowsort
SELECT id, a FROM dx WHERE a >= 20
----
1	30
2	20
4	20

# MERGE does not maintain it either.
statement ok
MERGE dx AS t USING (SELECT 7 AS id, 70 AS a) AS s ON t.id = s.id
WHEN NOT MATCHED THEN INSERT (id, a, c, v) VALUES (s.id, s.a, 700, 'm');

query II
SELECT id, a FROM dx WHERE a = 70
----
7	70

# Disabling twice is no error; a disabled index cannot be reorganized, REORGANIZE ALL passes it by.
statement ok
ALTER INDEX ix_a ON dx DISABLE

statement error 1973
ALTER INDEX ix_a ON dx REORGANIZE
----
error 1973: Cannot perform the specified operation on disabled index 'ix_a' on table 'dx'.

statement ok
ALTER INDEX ALL ON dx REORGANIZE

# An index hint naming it fails; a new index cannot take its name.
statement error 315
SELECT id FROM dx WITH (INDEX(ix_a)) WHERE a = 20
----
error 315: Index "ix_a" on table "dbo.dx" (specified in the FROM clause) is disabled or resides in a filegroup which is not online.

statement error 316
SELECT id FROM dx WITH (INDEX(2)) WHERE a = 20
----
error 316: The index ID 2 on table "dbo.dx" (specified in the FROM clause) is disabled or resides in a filegroup which is not online.

statement error 315
SELECT id FROM dx AS d WITH (FORCESEEK (ix_a (a))) WHERE a = 20
----
error 315: Index "ix_a" on table "dbo.dx" (specified in the FROM clause) is disabled or resides in a filegroup which is not online.

# The table an UPDATE, DELETE or MERGE changes takes no index hint (1069): its FROM occurrence does.
statement error 315
UPDATE d SET v = v FROM dx AS d WITH (INDEX(ix_a)) WHERE a = 20
----
error 315: Index "ix_a" on table "dbo.dx" (specified in the FROM clause) is disabled or resides in a filegroup which is not online.

statement error 316
DELETE d FROM dx AS d WITH (INDEX(2)) WHERE a = 20
----
error 316: The index ID 2 on table "dbo.dx" (specified in the FROM clause) is disabled or resides in a filegroup which is not online.

statement error 1913
CREATE INDEX ix_a ON dx (v)
----
error 1913: The operation failed because an index or statistics with name 'ix_a' already exists on table 'dbo.dx'.

# REBUILD enables it, built from the rows as they are now.
statement ok
ALTER INDEX ix_a ON dx REBUILD

# Every row has its entry again (the MERGE's too): the consistency check finds nothing to report.
query T
DBCC CHECKTABLE ('dx') WITH NO_INFOMSGS
----

query II rowsort
SELECT id, a FROM dx WITH (INDEX(ix_a)) WHERE a = 20
----
2	20
4	20

query I
SELECT is_disabled FROM sys.indexes WHERE name = 'ix_a'
----
0

# A disabled unique index is not enforced; REBUILD checks the rows again (1505) and stays disabled.
statement ok
ALTER INDEX ux_c ON dx DISABLE

statement ok
INSERT INTO dx VALUES (5, 50, 100, 'dup')

statement error 1505
ALTER INDEX ux_c ON dx REBUILD
----
error 1505: The CREATE UNIQUE INDEX statement terminated because a duplicate key was found for the object name 'dbo.dx' and the index name 'ux_c'. The duplicate key value is (100).

query I
SELECT INDEXPROPERTY(OBJECT_ID('dx'), 'ux_c', 'IsDisabled')
----
1

statement ok
DELETE FROM dx WHERE id = 5
ALTER INDEX ux_c ON dx REBUILD

statement error 2601
INSERT INTO dx VALUES (6, 60, 100, 'dup')
----
error 2601: Cannot insert duplicate key row in object 'dbo.dx' with unique index 'ux_c'. The duplicate key value is (100).
! The statement has been terminated.

# DISABLE inside a rolled-back transaction leaves the index enabled (DDL is transactional).
statement ok
BEGIN TRANSACTION
ALTER INDEX ix_a ON dx DISABLE
ROLLBACK

query I
SELECT is_disabled FROM sys.indexes WHERE name = 'ix_a'
----
0

query II
SELECT id, a FROM dx WITH (INDEX(ix_a)) WHERE a = 10
----

# Errors naming what is not there.
statement error 2727
ALTER INDEX nope ON dx DISABLE
----
error 2727: Cannot find index 'nope'.

statement error 1088
ALTER INDEX ALL ON nope DISABLE
----
error 1088: Cannot find the object "nope" because it does not exist or you do not have permissions.

# A disabled nonclustered index can be dropped.
statement ok
ALTER INDEX ix_a ON dx DISABLE
DROP INDEX ix_a ON dx

query T
SELECT name FROM sys.indexes WHERE object_id = OBJECT_ID('dx') ORDER BY index_id
----
pk_dx
ux_c

# CREATE INDEX … WITH (DROP_EXISTING = ON) over a disabled index builds it enabled.
statement ok
CREATE INDEX ix_v ON dx (v)
ALTER INDEX ix_v ON dx DISABLE
CREATE INDEX ix_v ON dx (v, a) WITH (DROP_EXISTING = ON)

query I
SELECT is_disabled FROM sys.indexes WHERE name = 'ix_v'
----
0

query IT
SELECT id, v FROM dx WITH (INDEX(ix_v)) WHERE v = 'w'
----
4	w

# Renaming a column keeps a disabled filtered index disabled.
statement ok
CREATE INDEX ix_f ON dx (a) WHERE v = 'w'
ALTER INDEX ix_f ON dx DISABLE
EXEC sp_rename 'dx.v', 'v2', 'COLUMN'

query TT
SELECT name, filter_definition FROM sys.indexes WHERE name = 'ix_f' AND is_disabled = 1
----
ix_f	([v2]='w')
