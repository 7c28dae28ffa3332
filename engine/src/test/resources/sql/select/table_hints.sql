# Table hints: the ones whose effect Quern gives are accepted (its READ COMMITTED and READ
# UNCOMMITTED reads take no locks, so NOLOCK reads what SQL Server allows it to; granularity and
# plan hints change how, not what; UPDLOCK/XLOCK, REPEATABLEREAD and HOLDLOCK lock what is read,
# NOWAIT does not wait, READPAST skips locked rows, TABLOCKX locks the table: HintedReadLocksTest);
# SNAPSHOT is refused rather than ignored.

statement ok
CREATE TABLE th (id int PRIMARY KEY, k int, s nvarchar(10))

statement ok
CREATE INDEX ix_th_k ON th (k)

statement ok
INSERT INTO th WITH (TABLOCK) (id, k, s) VALUES (1, 10, N'a'), (2, 20, N'b'), (3, 30, N'c')

query IT
SELECT id, s FROM th WITH (NOLOCK) WHERE k >= 20 ORDER BY id
----
2	b
3	c

query I
SELECT t.id FROM th AS t WITH (READUNCOMMITTED, INDEX(ix_th_k)) WHERE t.k = 10
----
1

query I
SELECT COUNT(*) FROM th t (NOLOCK)
----
3

query I
SELECT COUNT(*) FROM th (NOLOCK, ROWLOCK) JOIN th AS u WITH (FORCESEEK) ON u.id = th.id WHERE u.k > 10
----
2

query I
SELECT id FROM th WITH (INDEX = ix_th_k, READCOMMITTED) WHERE id = 3
----
3

statement ok
UPDATE th WITH (ROWLOCK) SET s = N'B' WHERE id = 2

statement ok
DELETE FROM th WITH (PAGLOCK) WHERE id = 3

query IT
SELECT id, s FROM th WITH (NOLOCK) ORDER BY id
----
1	a
2	B

statement error 321
SELECT id FROM th WITH (FASTEST)
----
error 321: FASTEST is not a recognized table hints option. If it is intended as a parameter to a table-valued function or to the CHANGETABLE function, ensure that your database compatibility mode is set to 90.

statement error 1065
UPDATE th WITH (NOLOCK) SET s = N'x' WHERE id = 1
----
error 1065: The NOLOCK and READUNCOMMITTED lock hints are not allowed for target tables of INSERT, UPDATE, DELETE or MERGE statements.

statement error 1065
DELETE th WITH (READUNCOMMITTED) WHERE id = 1
----
error 1065: The NOLOCK and READUNCOMMITTED lock hints are not allowed for target tables of INSERT, UPDATE, DELETE or MERGE statements.

statement error 1047
SELECT id FROM th WITH (NOLOCK, UPDLOCK)
----
error 1047: Conflicting locking hints specified.

# HOLDLOCK (SERIALIZABLE) locks the range read, alone or with UPDLOCK, on a key or any other read
# (the locks themselves: HintedReadLocksTest).
query I
SELECT id FROM th WITH (UPDLOCK, HOLDLOCK) WHERE id = 1
----
1

query I
SELECT id FROM th WITH (HOLDLOCK) WHERE id = 1
----
1

query I
SELECT id FROM th WITH (UPDLOCK, HOLDLOCK) WHERE k = 10
----
1

query I
SELECT COUNT(*) FROM th WITH (SERIALIZABLE, ROWLOCK)
----
2

query I
SELECT id FROM th WITH (REPEATABLEREAD) WHERE id = 2
----
2

query I
SELECT id FROM th WITH (NOWAIT) ORDER BY id
----
1
2

statement error 1047
SELECT id FROM th WITH (READPAST, NOWAIT)
----
error 1047: Conflicting locking hints specified.

query I
SELECT COUNT(*) FROM th WITH (TABLOCKX)
----
2

statement error 1047
SELECT id FROM th WITH (TABLOCKX, NOLOCK)
----
error 1047: Conflicting locking hints specified.

# UPDLOCK and XLOCK are given (the locks themselves: UpdateLockHintTest).
query IT
SELECT id, s FROM th WITH (UPDLOCK, ROWLOCK) WHERE id = 2
----
2	B

query I
SELECT COUNT(*) FROM th t (XLOCK)
----
2

statement ok
UPDATE th WITH (UPDLOCK) SET s = N'b' WHERE id = 2

# READPAST skips rows other transactions hold locked; none are here. Only READ COMMITTED and
# REPEATABLE READ reads may skip rows: 650 under the others.
query I
SELECT id FROM th WITH (READPAST) ORDER BY id
----
1
2

statement ok
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE

statement error 650
SELECT id FROM th WITH (READPAST)
----
error 650: You can only specify the READPAST lock in the READ COMMITTED or REPEATABLE READ isolation levels.

statement ok
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED

statement error 650
SELECT id FROM th WITH (READPAST) WHERE id = 1
----
error 650: You can only specify the READPAST lock in the READ COMMITTED or REPEATABLE READ isolation levels.

statement ok
SET TRANSACTION ISOLATION LEVEL READ COMMITTED

statement error 650
SELECT id FROM th WITH (READPAST, HOLDLOCK)
----
error 650: You can only specify the READPAST lock in the READ COMMITTED or REPEATABLE READ isolation levels.

statement ok
CREATE VIEW th_v AS SELECT id, k FROM th WITH (NOLOCK)

query I
SELECT COUNT(*) FROM th_v WITH (NOLOCK)
----
2

statement error 40517
SELECT COUNT(*) FROM th_v WITH (UPDLOCK)
----
error 40517: Keyword or statement option 'UPDLOCK' is not supported in this version of SQL Server.

# A table-valued function's arguments are not hints.
query I
SELECT COUNT(*) FROM GENERATE_SERIES(1, 4)
----
4

# UPDATE and DELETE take TOP (n) [PERCENT] (parentheses required) and the hints that lock on
# their target (the locks themselves: HintedReadLocksTest).
statement ok
CREATE TABLE tq (id int PRIMARY KEY, v int)

statement ok
INSERT tq VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0)

statement ok
UPDATE TOP (2) tq SET v = 1

query I
SELECT COUNT(*) FROM tq WHERE v = 1
----
2

statement ok
UPDATE TOP (0) tq WITH (ROWLOCK, HOLDLOCK) SET v = 9

query I
SELECT @@ROWCOUNT
----
0

query I
DELETE TOP (1) FROM tq WITH (READPAST) OUTPUT deleted.id WHERE v = 0
----
3

statement ok
DELETE TOP (50) PERCENT tq WITH (NOWAIT)

query I
SELECT @@ROWCOUNT
----
3

query I
SELECT COUNT(*) FROM tq
----
3

statement error 1014
DELETE TOP (-1) FROM tq
----
error 1014: A TOP or FETCH clause contains an invalid value.

statement error 1014
UPDATE TOP (101) PERCENT tq SET v = 2
----
error 1014: A TOP or FETCH clause contains an invalid value.

statement error 102
DELETE TOP 1 FROM tq
----
error 102: Incorrect syntax near '1'.

statement error 40517
INSERT tq WITH (READPAST) VALUES (10, 0)
----
error 40517: Keyword or statement option 'READPAST' is not supported in this version of SQL Server.
