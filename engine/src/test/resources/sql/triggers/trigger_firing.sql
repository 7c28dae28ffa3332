# AFTER triggers fire once per INSERT, UPDATE or DELETE statement (rows or none), in its
# transaction, reading the rows it changed through inserted and deleted.

statement ok
CREATE TABLE trf_t (id int PRIMARY KEY, v int, note nvarchar(20))

statement ok
CREATE TABLE trf_log (n int IDENTITY PRIMARY KEY, action nvarchar(10), id int, old_v int, new_v int, cnt int)

# An audit trigger: one log row per changed row, @@ROWCOUNT the statement's count.
statement ok
CREATE TRIGGER trf_audit ON trf_t AFTER INSERT, UPDATE, DELETE
AS
BEGIN
  DECLARE @c int = @@ROWCOUNT;
  SET NOCOUNT ON;
  INSERT trf_log (action, id, old_v, new_v, cnt)
  SELECT CASE WHEN d.id IS NULL THEN N'insert' WHEN i.id IS NULL THEN N'delete' ELSE N'update' END,
         COALESCE(i.id, d.id), d.v, i.v, @c
  FROM inserted i FULL JOIN deleted d ON d.id = i.id;
END

statement ok
INSERT trf_t VALUES (1, 10, N'a'), (2, 20, N'b')

statement ok
UPDATE trf_t SET v = v + 1 WHERE id = 2

statement ok
DELETE trf_t WHERE id = 1

# No row changed: the trigger still fires, with empty inserted and deleted.
statement ok
UPDATE trf_t SET v = 0 WHERE id = 99

query TIIII
SELECT action, id, old_v, new_v, cnt FROM trf_log ORDER BY n
----
insert	1	NULL	10	2
insert	2	NULL	20	2
update	2	20	21	1
delete	1	10	NULL	1

# The statement's own @@ROWCOUNT is restored after its triggers.
query I
UPDATE trf_t SET note = N'x'; SELECT @@ROWCOUNT
----
1

# What a trigger selects goes to the client, ahead of the statement's count.
statement ok
CREATE TRIGGER trf_show ON trf_t AFTER INSERT AS SELECT id, v FROM inserted ORDER BY id

query II
INSERT trf_t VALUES (5, 50, NULL), (6, 60, NULL)
----
5	50
6	60

statement ok
DROP TRIGGER trf_show

# A trigger keeping a summary table.
statement ok
CREATE TABLE trf_total (k int PRIMARY KEY, total int)

statement ok
INSERT trf_total VALUES (1, 0)

statement ok
CREATE TRIGGER trf_sum ON trf_t AFTER INSERT, UPDATE, DELETE
AS
SET NOCOUNT ON;
UPDATE trf_total SET total = total + ISNULL((SELECT SUM(v) FROM inserted), 0) - ISNULL((SELECT SUM(v) FROM deleted), 0)

statement ok
INSERT trf_t VALUES (7, 100, NULL)

statement ok
UPDATE trf_t SET v = v * 2 WHERE id IN (6, 7)

query I
SELECT total FROM trf_total
----
260

query I
SELECT SUM(v) FROM trf_t WHERE id IN (6, 7)
----
320

statement ok
DROP TRIGGER trf_sum

# A rule enforced with RAISERROR and ROLLBACK: the message, then 3609; the statement and the
# transaction are undone and the batch ends.
statement ok
CREATE TRIGGER trf_rule ON trf_t AFTER INSERT, UPDATE
AS
IF EXISTS (SELECT 1 FROM inserted WHERE v < 0)
BEGIN
  RAISERROR (N'v must not be negative', 16, 1);
  ROLLBACK TRANSACTION;
END

statement error 50000
INSERT trf_t VALUES (8, -1, NULL); SELECT 1
----
error 50000: v must not be negative
error 3609: The transaction ended in the trigger. The batch has been aborted.

query I
SELECT COUNT(*) FROM trf_t WHERE id = 8
----
0

# Inside a transaction the whole transaction is rolled back, and the rest of the batch does not run.
statement error 50000
BEGIN TRAN; INSERT trf_t VALUES (9, 9, NULL); UPDATE trf_t SET v = -5 WHERE id = 9; SELECT 42
----
error 50000: v must not be negative
error 3609: The transaction ended in the trigger. The batch has been aborted.

query II
SELECT @@TRANCOUNT, COUNT(*) FROM trf_t WHERE id = 9
----
0	0

# RAISERROR alone does not end the statement.
statement ok
CREATE OR ALTER TRIGGER trf_rule ON trf_t AFTER INSERT AS RAISERROR (N'just saying', 10, 1)

statement ok
INSERT trf_t VALUES (10, 1, NULL)

statement ok
DROP TRIGGER trf_rule

# THROW (or any error) in a trigger undoes the statement and the trigger's writes.
statement ok
CREATE TRIGGER trf_throw ON trf_t AFTER DELETE
AS
BEGIN
  INSERT trf_log (action, id) VALUES (N'throwing', 0);
  THROW 50001, N'no deletes', 1;
END

statement error 50001
DELETE trf_t WHERE id = 10
----
error 50001: no deletes

query II
SELECT (SELECT COUNT(*) FROM trf_t WHERE id = 10), (SELECT COUNT(*) FROM trf_log WHERE action = N'throwing')
----
1	0

# Inside TRY, the CATCH block gets the trigger's error, the transaction rolled back.
query ITI
BEGIN TRAN; BEGIN TRY DELETE trf_t WHERE id = 10; SELECT 0, N'', 0 END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_MESSAGE(), @@TRANCOUNT END CATCH
----
50001	no deletes	0

query II
SELECT (SELECT COUNT(*) FROM trf_t WHERE id = 10), (SELECT COUNT(*) FROM trf_log WHERE action = N'throwing')
----
1	0

statement ok
DROP TRIGGER trf_throw

# OUTPUT INTO a table with triggers is refused (331); so is OUTPUT to the client (no INTO) from a
# table with enabled triggers (334), while OUTPUT … INTO from it is not.
statement ok
UPDATE trf_t SET v = v OUTPUT N'out', inserted.id, deleted.v, inserted.v, NULL INTO trf_log (action, id, old_v, new_v, cnt) WHERE id = 10

statement ok
CREATE TRIGGER trf_log_ins ON trf_log AFTER INSERT AS SET NOCOUNT ON

statement error 331
DELETE trf_t OUTPUT N'out', deleted.id, deleted.v, NULL, NULL INTO trf_log (action, id, old_v, new_v, cnt) WHERE id = 10
----
error 331: The target table 'dbo.trf_log' of the OUTPUT INTO clause cannot have any enabled triggers.

statement error 334
DELETE trf_t OUTPUT deleted.id, deleted.v WHERE id = 10
----
error 334: The target table 'trf_t' of the DML statement cannot have any enabled triggers if the statement contains an OUTPUT clause without INTO clause.

statement error 334
INSERT INTO dbo.trf_t (id, v) OUTPUT inserted.id VALUES (99, 9)
----
error 334: The target table 'dbo.trf_t' of the DML statement cannot have any enabled triggers if the statement contains an OUTPUT clause without INTO clause.

statement error 334
UPDATE a SET v = v OUTPUT inserted.id FROM trf_t a WHERE a.id = 10
----
error 334: The target table 'trf_t' of the DML statement cannot have any enabled triggers if the statement contains an OUTPUT clause without INTO clause.

statement error 334
MERGE trf_t USING (VALUES (10)) s (id) ON trf_t.id = s.id WHEN MATCHED THEN DELETE OUTPUT deleted.id;
----
error 334: The target table 'trf_t' of the DML statement cannot have any enabled triggers if the statement contains an OUTPUT clause without INTO clause.

# Only a trigger for the statement's own action counts: trf_log has an INSERT trigger alone.
statement ok
INSERT INTO trf_log (action, id, old_v, new_v, cnt) VALUES (N'x', 0, 0, 0, 0)

query I
DELETE trf_log OUTPUT deleted.id WHERE action = N'x'
----
0

statement ok
DISABLE TRIGGER trf_audit ON trf_t

query II
DELETE trf_t OUTPUT deleted.id, deleted.v WHERE id = 10
----
10	1

statement ok
ENABLE TRIGGER trf_audit ON trf_t
