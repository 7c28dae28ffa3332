# UPDATE(column), TRIGGER_NESTLEVEL(), MERGE's actions, triggers fired by triggers (not by
# themselves), and firing through procedures and sp_executesql.

statement ok
CREATE TABLE trn_a (id int PRIMARY KEY, v int, w int)

statement ok
CREATE TABLE trn_b (id int PRIMARY KEY, src nvarchar(10), lvl int)

statement ok
CREATE TRIGGER trn_a_upd ON trn_a AFTER INSERT, UPDATE
AS
SET NOCOUNT ON;
INSERT trn_b (id, src, lvl)
SELECT id + 1000 * (SELECT COUNT(*) FROM trn_b), CASE WHEN UPDATE(v) AND UPDATE(w) THEN N'v+w' WHEN UPDATE(v) THEN N'v' WHEN UPDATE(w) THEN N'w' ELSE N'-' END, TRIGGER_NESTLEVEL()
FROM inserted

statement ok
INSERT trn_a VALUES (1, 1, 1)

statement ok
UPDATE trn_a SET w = 5

statement ok
UPDATE trn_a SET v = 2

query ITI
SELECT id, src, lvl FROM trn_b ORDER BY id
----
1	v+w	1
1001	w	1
2001	v	1

query I
SELECT TRIGGER_NESTLEVEL()
----
0

# Names in a body resolve when it runs: a column UPDATE() names that the table lacks fails the
# statement that fired it, which is undone.
statement ok
CREATE OR ALTER TRIGGER trn_bad ON trn_a AFTER UPDATE AS IF UPDATE(nope) SELECT 1

statement error 207
UPDATE trn_a SET v = 3
----
error 207: Invalid column name 'nope'.

query I
SELECT v FROM trn_a
----
2

statement ok
DROP TRIGGER trn_bad

statement ok
DELETE trn_b

# A trigger's writes fire the other table's triggers (nested), but a trigger writing its own
# table does not fire itself again.
statement ok
CREATE TRIGGER trn_b_ins ON trn_b AFTER INSERT
AS
SET NOCOUNT ON;
UPDATE trn_b SET lvl = lvl * 10 + TRIGGER_NESTLEVEL() WHERE id IN (SELECT id FROM inserted)

statement ok
INSERT trn_a VALUES (2, 0, 0)

query ITI
SELECT id, src, lvl FROM trn_b ORDER BY id
----
2	v+w	12

statement ok
DROP TRIGGER trn_b_ins

statement ok
DELETE trn_b

# MERGE fires the triggers of each action it names, with that action's rows.
statement ok
CREATE TABLE trn_m (id int PRIMARY KEY, v int)

statement ok
CREATE TABLE trn_mlog (action nvarchar(10), ins int, del int)

statement ok
CREATE TRIGGER trn_m_all ON trn_m AFTER INSERT, UPDATE, DELETE
AS
SET NOCOUNT ON;
INSERT trn_mlog VALUES (CASE WHEN NOT EXISTS (SELECT * FROM deleted) THEN N'insert' WHEN NOT EXISTS (SELECT * FROM inserted) THEN N'delete' ELSE N'update' END, (SELECT COUNT(*) FROM inserted), (SELECT COUNT(*) FROM deleted))

statement ok
INSERT trn_m VALUES (1, 1), (2, 2)

statement ok
DELETE trn_mlog

statement ok
MERGE trn_m AS t USING (VALUES (2, 20), (3, 30)) AS s (id, v) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET v = s.v
WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)
WHEN NOT MATCHED BY SOURCE THEN DELETE;

query TII
SELECT action, ins, del FROM trn_mlog ORDER BY action
----
delete	0	1
insert	1	0
update	1	1

# Triggers fire inside procedures and sp_executesql too.
statement ok
CREATE PROCEDURE trn_proc @id int AS INSERT trn_m VALUES (@id, @id)

statement ok
DELETE trn_mlog

statement ok
EXEC trn_proc 7

statement ok
EXEC sp_executesql N'UPDATE trn_m SET v = @v WHERE id = 7', N'@v int', 70

query TII
SELECT action, ins, del FROM trn_mlog ORDER BY action
----
insert	1	0
update	1	1

# Triggers firing one another without end stop at 32 levels (217), undoing everything.
statement ok
CREATE TABLE trn_p (n int)

statement ok
CREATE TABLE trn_q (n int)

statement ok
CREATE TRIGGER trn_p_ins ON trn_p AFTER INSERT AS SET NOCOUNT ON; INSERT trn_q SELECT n + 1 FROM inserted

statement ok
CREATE TRIGGER trn_q_ins ON trn_q AFTER INSERT AS SET NOCOUNT ON; INSERT trn_p SELECT n + 1 FROM inserted

statement error 217
INSERT trn_p VALUES (1)
----
error 217: Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).

query II
SELECT (SELECT COUNT(*) FROM trn_p), (SELECT COUNT(*) FROM trn_q)
----
0	0

# DISABLE/ENABLE TRIGGER: a disabled trigger stays in the catalog (is_disabled 1) and does not fire;
# ALTER TRIGGER enables it again.
statement ok
DELETE trn_mlog

statement ok
DISABLE TRIGGER trn_m_all ON trn_m

query TI
SELECT name, is_disabled FROM sys.triggers WHERE name = 'trn_m_all'
----
trn_m_all	1

statement ok
INSERT trn_m VALUES (20, 20)

query I
SELECT COUNT(*) FROM trn_mlog
----
0

statement ok
ENABLE TRIGGER ALL ON dbo.trn_m

statement ok
INSERT trn_m VALUES (21, 21)

query I
SELECT COUNT(*) FROM trn_mlog
----
1

statement ok
DISABLE TRIGGER dbo.trn_m_all ON trn_m; UPDATE trn_m SET v = 0 WHERE id = 21

query I
SELECT COUNT(*) FROM trn_mlog
----
1

statement ok
ALTER TRIGGER trn_m_all ON trn_m AFTER DELETE AS SET NOCOUNT ON; INSERT trn_mlog VALUES (N'delete', 0, (SELECT COUNT(*) FROM deleted))

query I
SELECT is_disabled FROM sys.triggers WHERE name = 'trn_m_all'
----
0

# The ALTER TABLE form does the same.
statement ok
ALTER TABLE dbo.trn_m DISABLE TRIGGER trn_m_all

query I
SELECT is_disabled FROM sys.triggers WHERE name = 'trn_m_all'
----
1

statement ok
ALTER TABLE trn_m ENABLE TRIGGER ALL

query I
SELECT is_disabled FROM sys.triggers WHERE name = 'trn_m_all'
----
0

statement error 1088
ALTER TABLE trn_m DISABLE TRIGGER trn_nope
----
error 1088: Cannot find the object "trn_nope" because it does not exist or you do not have permissions.

statement error 1088
DISABLE TRIGGER trn_nope ON trn_m
----
error 1088: Cannot find the object "trn_nope" because it does not exist or you do not have permissions.

statement error 1088
ENABLE TRIGGER ALL ON trn_nope
----
error 1088: Cannot find the object "trn_nope" because it does not exist or you do not have permissions.
