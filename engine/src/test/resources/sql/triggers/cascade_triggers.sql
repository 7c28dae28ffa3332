# The AFTER triggers of a table that a FOREIGN KEY's ON DELETE / ON UPDATE action (CASCADE, SET
# NULL, SET DEFAULT) changes fire once per statement, with the rows the action changed in
# inserted and deleted, after all the actions, deepest table first, then the statement's own table's.
statement ok
CREATE TABLE ctr_log (n int IDENTITY PRIMARY KEY, tbl sysname, action nvarchar(10), ids nvarchar(100), cnt int, key_changed bit NULL)

statement ok
CREATE TABLE ctr_parent (id int PRIMARY KEY, name nvarchar(20))

statement ok
CREATE TABLE ctr_child (id int PRIMARY KEY, parent_id int REFERENCES ctr_parent (id) ON DELETE CASCADE ON UPDATE CASCADE, note nvarchar(20))

statement ok
CREATE TABLE ctr_grandchild (id int PRIMARY KEY, child_id int NULL REFERENCES ctr_child (id) ON DELETE SET NULL)

statement ok
INSERT ctr_parent VALUES (1, N'one'), (2, N'two');
INSERT ctr_child VALUES (10, 1, N'a'), (11, 1, N'b'), (20, 2, N'c');
INSERT ctr_grandchild VALUES (100, 10), (101, 11), (200, 20)

statement ok
CREATE TRIGGER ctr_parent_log ON ctr_parent AFTER DELETE, UPDATE
AS
SET NOCOUNT ON;
INSERT ctr_log (tbl, action, ids, cnt)
SELECT N'parent', CASE WHEN EXISTS (SELECT * FROM inserted) THEN N'update' ELSE N'delete' END,
  (SELECT STRING_AGG(CAST(id AS nvarchar(10)), N',') WITHIN GROUP (ORDER BY id) FROM deleted), @@ROWCOUNT

statement ok
CREATE TRIGGER ctr_child_log ON ctr_child AFTER DELETE, UPDATE
AS
DECLARE @c int = @@ROWCOUNT;
SET NOCOUNT ON;
INSERT ctr_log (tbl, action, ids, cnt, key_changed)
SELECT N'child', CASE WHEN EXISTS (SELECT * FROM inserted) THEN N'update' ELSE N'delete' END,
  (SELECT STRING_AGG(CAST(id AS nvarchar(10)) + N':' + CAST(parent_id AS nvarchar(10)), N',') WITHIN GROUP (ORDER BY id) FROM deleted)
  + ISNULL(N' -> ' + (SELECT STRING_AGG(CAST(id AS nvarchar(10)) + N':' + CAST(parent_id AS nvarchar(10)), N',') WITHIN GROUP (ORDER BY id) FROM inserted), N''),
  @c, CASE WHEN UPDATE(parent_id) THEN 1 ELSE 0 END

statement ok
CREATE TRIGGER ctr_grandchild_log ON ctr_grandchild AFTER UPDATE
AS
SET NOCOUNT ON;
INSERT ctr_log (tbl, action, ids, cnt, key_changed)
SELECT N'grandchild', N'update',
  (SELECT STRING_AGG(CAST(i.id AS nvarchar(10)) + N':' + ISNULL(CAST(d.child_id AS nvarchar(10)), N'null') + N'>' + ISNULL(CAST(i.child_id AS nvarchar(10)), N'null'), N',') WITHIN GROUP (ORDER BY i.id) FROM inserted i JOIN deleted d ON d.id = i.id),
  (SELECT COUNT(*) FROM inserted), CASE WHEN UPDATE(child_id) THEN 1 ELSE 0 END

# Deleting a parent: the grandchildren's SET NULL fires first, then the children's cascade, then the parent's own trigger.
statement ok
DELETE ctr_parent WHERE id = 1

query TTTII
SELECT tbl, action, ids, cnt, key_changed FROM ctr_log ORDER BY n
----
grandchild	update	100:10>null,101:11>null	2	1
child	delete	10:1,11:1	2	0
parent	delete	1	1	NULL

# The child's trigger sees the parent gone: it fires after all the actions.
statement ok
CREATE TRIGGER ctr_child_sees ON ctr_child AFTER DELETE
AS
SET NOCOUNT ON;
INSERT ctr_log (tbl, action, cnt) SELECT N'parents left', N'count', COUNT(*) FROM ctr_parent

statement ok
DELETE ctr_log

# An UPDATE of the parent's key cascades: the child's UPDATE trigger has the old and new rows.
statement ok
UPDATE ctr_parent SET id = 3 WHERE id = 2

query TTTII
SELECT tbl, action, ids, cnt, key_changed FROM ctr_log ORDER BY n
----
child	update	20:2 -> 20:3	1	1
parent	update	2	1	NULL

statement ok
DELETE ctr_log

statement ok
DELETE ctr_parent

query TTTII
SELECT tbl, action, ids, cnt, key_changed FROM ctr_log ORDER BY n
----
grandchild	update	200:20>null	1	1
child	delete	20:3	1	0
parents left	count	NULL	0	NULL
parent	delete	3	1	NULL

# No child row affected: the child's triggers do not fire (only the statement's own table's do).
statement ok
DELETE ctr_log

statement ok
INSERT ctr_parent VALUES (5, N'five')

statement ok
DELETE ctr_parent WHERE id = 5

query TTTII
SELECT tbl, action, ids, cnt, key_changed FROM ctr_log ORDER BY n
----
parent	delete	5	1	NULL

# A ROLLBACK in a cascaded table's trigger undoes the whole statement (3609).
statement ok
INSERT ctr_parent VALUES (6, N'six'); INSERT ctr_child VALUES (60, 6, N'x')

statement ok
CREATE TRIGGER ctr_child_veto ON ctr_child AFTER DELETE AS ROLLBACK

statement error 3609
DELETE ctr_parent WHERE id = 6
----
error 3609: The transaction ended in the trigger. The batch has been aborted.

query II
SELECT (SELECT COUNT(*) FROM ctr_parent WHERE id = 6), (SELECT COUNT(*) FROM ctr_child WHERE id = 60)
----
1	1

# A disabled trigger does not fire on the cascade either.
statement ok
DISABLE TRIGGER ctr_child_veto ON ctr_child

statement ok
DELETE ctr_log

statement ok
DELETE ctr_parent WHERE id = 6

query TTTII
SELECT tbl, action, ids, cnt, key_changed FROM ctr_log ORDER BY n
----
child	delete	60:6	1	0
parents left	count	NULL	0	NULL
parent	delete	6	1	NULL

# SET DEFAULT, through MERGE: the child's UPDATE trigger fires with the defaulted rows.
statement ok
CREATE TABLE ctr_kind (k int PRIMARY KEY)

statement ok
CREATE TABLE ctr_item (id int PRIMARY KEY, k int NOT NULL DEFAULT 0 REFERENCES ctr_kind (k) ON DELETE SET DEFAULT)

statement ok
INSERT ctr_kind VALUES (0), (1), (2); INSERT ctr_item VALUES (1, 1), (2, 2), (3, 1)

statement ok
CREATE TRIGGER ctr_item_log ON ctr_item AFTER UPDATE
AS
SET NOCOUNT ON;
INSERT ctr_log (tbl, action, ids, cnt, key_changed)
SELECT N'item', N'update', (SELECT STRING_AGG(CAST(id AS nvarchar(10)) + N':' + CAST(k AS nvarchar(10)), N',') WITHIN GROUP (ORDER BY id) FROM inserted), @@ROWCOUNT, CASE WHEN UPDATE(k) THEN 1 ELSE 0 END

statement ok
DELETE ctr_log

statement ok
MERGE ctr_kind AS t USING (VALUES (1)) AS s (k) ON t.k = s.k WHEN MATCHED THEN DELETE;

query TTTII
SELECT tbl, action, ids, cnt, key_changed FROM ctr_log ORDER BY n
----
item	update	1:0,3:0	2	1
