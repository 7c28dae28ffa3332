# INSTEAD OF triggers on tables: the body runs in place of the INSERT, UPDATE or DELETE, with the
# rows it would have written in inserted and those it would have removed in deleted; the
# statement itself changes nothing, and the body's own statements against the table act (and
# fire the AFTER triggers) instead of calling it again.

statement ok
CREATE TABLE io_t (id int PRIMARY KEY, v int NOT NULL, note nvarchar(20) DEFAULT N'none', dbl AS v * 2)

statement ok
CREATE TABLE io_log (n int IDENTITY PRIMARY KEY, what nvarchar(60))

statement ok
CREATE TRIGGER io_ins ON io_t INSTEAD OF INSERT
AS
BEGIN
  SET NOCOUNT ON;
  INSERT io_log (what) SELECT N'ins ' + CAST(id AS nvarchar) + N' ' + CAST(v AS nvarchar) + N' ' + note + N' ' + CAST(dbl AS nvarchar) FROM inserted;
  -- Only the even ids go in: the trigger's own INSERT acts rather than call the trigger again.
  INSERT io_t (id, v, note) SELECT id, v, note FROM inserted WHERE id % 2 = 0;
END

query TIII
SELECT name, is_instead_of_trigger, is_disabled, CASE WHEN parent_id = OBJECT_ID('io_t') THEN 1 ELSE 0 END FROM sys.triggers WHERE name = 'io_ins'
----
io_ins	1	0	1

# @@ROWCOUNT is the statement's count: the rows it would have inserted.
query I
INSERT io_t (id, v) VALUES (1, 10), (2, 20), (3, 30); SELECT @@ROWCOUNT
----
3

query IIT
SELECT id, v, note FROM io_t ORDER BY id
----
2	20	none

query T
SELECT what FROM io_log ORDER BY n
----
ins 1 10 none 20
ins 2 20 none 40
ins 3 30 none 60

# The statement's count is the rows it would have inserted; OUTPUT returns them as if inserted.
query II
INSERT io_t (id, v) VALUES (5, 50), (6, 60); SELECT @@ROWCOUNT, (SELECT COUNT(*) FROM io_t)
----
2	2

# OUTPUT to the client is refused on a table with an INSTEAD OF INSERT trigger (334), as for any
# enabled trigger of the statement's action; OUTPUT … INTO returns them as if inserted.
statement error 334
INSERT io_t (id, v) OUTPUT inserted.id, inserted.v VALUES (7, 70)

query II
DECLARE @o TABLE (id int, v int); INSERT io_t (id, v) OUTPUT inserted.id, inserted.v INTO @o VALUES (7, 70); SELECT * FROM @o
----
7	70

query I
SELECT COUNT(*) FROM io_t WHERE id = 7
----
0

# An AFTER trigger fires for the trigger's own INSERT, not for the statement the INSTEAD OF replaced.
statement ok
CREATE TRIGGER io_after ON io_t AFTER INSERT, UPDATE, DELETE AS INSERT io_log (what) SELECT N'after ' + CAST(COUNT(*) AS nvarchar) FROM inserted

statement ok
DELETE io_log

statement ok
INSERT io_t (id, v) VALUES (8, 80), (9, 90)

query T
SELECT what FROM io_log ORDER BY n
----
ins 8 80 none 160
ins 9 90 none 180
after 1

# INSTEAD OF UPDATE: deleted holds the rows as they are, inserted as the statement would make them.
statement ok
CREATE TRIGGER io_upd ON io_t INSTEAD OF UPDATE
AS
BEGIN
  SET NOCOUNT ON;
  INSERT io_log (what) SELECT N'upd ' + CAST(d.id AS nvarchar) + N' ' + CAST(d.v AS nvarchar) + N'->' + CAST(i.v AS nvarchar) + N' ' + CAST(i.dbl AS nvarchar)
  FROM deleted d JOIN inserted i ON i.id = d.id;
  IF UPDATE(v) UPDATE t SET v = i.v + 1 FROM io_t t JOIN inserted i ON i.id = t.id;
END

statement ok
DELETE io_log

query I
UPDATE io_t SET v = v + 100 WHERE id IN (2, 6); SELECT @@ROWCOUNT
----
2

query II
SELECT id, v FROM io_t ORDER BY id
----
2	121
6	161
8	80

query T
SELECT what FROM io_log ORDER BY n
----
upd 2 20->120 240
upd 6 60->160 320
after 2

# INSTEAD OF DELETE: the rows stay unless the trigger removes them. (Its UPDATE would fire
# io_upd, another INSTEAD OF trigger: drop that one first.)
statement ok
DROP TRIGGER io_upd

statement ok
CREATE TRIGGER io_del ON io_t INSTEAD OF DELETE AS BEGIN SET NOCOUNT ON; UPDATE t SET note = N'deleted' FROM io_t t JOIN deleted d ON d.id = t.id; END

statement ok
DELETE io_t WHERE id > 5

query IT
SELECT id, note FROM io_t ORDER BY id
----
2	none
6	deleted
8	deleted

# A NOT NULL or CHECK the statement's rows break is the trigger's business, not an error.
statement ok
DELETE io_log

statement ok
INSERT io_t (id, v) VALUES (11, 1)

# The AFTER trigger fires for the trigger's INSERT even when it inserts no row.
query T
SELECT what FROM io_log ORDER BY n
----
ins 11 1 none 2
after 0

# One INSTEAD OF trigger per statement kind and object (2111); ALTER of the same trigger is fine.
statement error 2111
CREATE TRIGGER io_ins2 ON io_t INSTEAD OF DELETE AS SELECT 1
----
error 2111: Cannot create trigger 'io_ins2' on table 'io_t' because an INSTEAD OF DELETE trigger already exists on this object.

query IIIT
BEGIN TRY EXEC (N'CREATE TRIGGER io_ins3 ON dbo.io_t INSTEAD OF INSERT AS SELECT 1') END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_MESSAGE() END CATCH
----
2111	16	1	Cannot create trigger 'io_ins3' on table 'dbo.io_t' because an INSTEAD OF INSERT trigger already exists on this object.

statement ok
ALTER TRIGGER io_ins ON io_t INSTEAD OF INSERT AS BEGIN SET NOCOUNT ON; INSERT io_log (what) SELECT N'altered' FROM inserted; END

# A disabled INSTEAD OF trigger lets the statement act.
statement ok
DISABLE TRIGGER io_ins ON io_t

statement ok
INSERT io_t (id, v) VALUES (12, 3)

query I
SELECT COUNT(*) FROM io_t WHERE id = 12
----
1

statement ok
ENABLE TRIGGER io_ins ON io_t

# MERGE does not run INSTEAD OF triggers yet: refused rather than write around them.
statement error 40517
MERGE io_t AS t USING (SELECT 20 AS id) AS s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, 1);
----
error 40517: Keyword or statement option 'INSTEAD OF' is not supported in this version of SQL Server.

# INSTEAD OF DELETE or UPDATE on a table whose foreign key cascades that action is 2113.
statement ok
CREATE TABLE io_child (id int PRIMARY KEY, pid int REFERENCES io_t (id) ON DELETE CASCADE)

statement error 2113
CREATE TRIGGER io_child_del ON io_child INSTEAD OF DELETE AS SELECT 1
----
error 2113: Cannot create INSTEAD OF DELETE or UPDATE TRIGGER 'io_child_del' on table 'io_child' because the table has a FOREIGN KEY with cascaded DELETE or UPDATE.

statement ok
CREATE TRIGGER io_child_upd ON io_child INSTEAD OF UPDATE, INSERT AS SELECT 1

# … and the other way round: a cascading foreign key on a table with such a trigger is 1787.
statement ok
CREATE TABLE io_child2 (id int PRIMARY KEY, pid int)

statement ok
CREATE TRIGGER io_child2_del ON io_child2 INSTEAD OF DELETE AS SELECT 1

statement error 1787
ALTER TABLE io_child2 ADD CONSTRAINT FK_io_child2 FOREIGN KEY (pid) REFERENCES io_t (id) ON DELETE SET NULL
----
error 1787: Cannot define foreign key constraint 'FK_io_child2' with cascaded DELETE or UPDATE on table 'io_child2' because the table has an INSTEAD OF DELETE or UPDATE TRIGGER defined on it.
error 1750: Could not create constraint or index. See previous errors.

statement ok
ALTER TABLE io_child2 ADD CONSTRAINT FK_io_child2 FOREIGN KEY (pid) REFERENCES io_t (id) ON UPDATE CASCADE

statement ok
DROP TABLE io_child2

statement ok
DROP TABLE io_child

statement ok
DROP TABLE io_t

query I
SELECT COUNT(*) FROM sys.triggers WHERE name LIKE 'io[_]%'
----
0

statement ok
DROP TABLE io_log
