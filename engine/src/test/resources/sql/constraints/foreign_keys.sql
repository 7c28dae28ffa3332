# FOREIGN KEY constraints: checks on the child, actions on the parent.
statement ok
CREATE TABLE parent (id int CONSTRAINT PK_parent PRIMARY KEY, code char(2) NOT NULL CONSTRAINT UQ_parent_code UNIQUE)
CREATE TABLE child (id int PRIMARY KEY, pid int NULL CONSTRAINT FK_child_parent REFERENCES parent (id))
CREATE TABLE cascaded (id int PRIMARY KEY, pid int NOT NULL, CONSTRAINT FK_cascaded FOREIGN KEY (pid) REFERENCES parent ON DELETE CASCADE ON UPDATE CASCADE)
CREATE TABLE nulled (id int PRIMARY KEY, pcode char(2) NULL DEFAULT 'zz', CONSTRAINT FK_nulled FOREIGN KEY (pcode) REFERENCES parent (code) ON DELETE SET NULL ON UPDATE SET DEFAULT)
INSERT INTO parent VALUES (1, 'aa'), (2, 'bb'), (3, 'zz')
INSERT INTO child VALUES (10, 1), (11, NULL)
INSERT INTO cascaded VALUES (20, 1), (21, 2)
INSERT INTO nulled VALUES (30, 'aa'), (31, 'bb')

statement error 547
INSERT INTO child VALUES (12, 9)
----
error 547: The INSERT statement conflicted with the FOREIGN KEY constraint "FK_child_parent". The conflict occurred in database "master", table "dbo.parent", column 'id'.
! The statement has been terminated.

statement error 547
UPDATE child SET pid = 7 WHERE id = 10
----
error 547: The UPDATE statement conflicted with the FOREIGN KEY constraint "FK_child_parent". The conflict occurred in database "master", table "dbo.parent", column 'id'.
! The statement has been terminated.

statement error 547
DELETE FROM parent WHERE id = 1
----
error 547: The DELETE statement conflicted with the REFERENCE constraint "FK_child_parent". The conflict occurred in database "master", table "dbo.child", column 'pid'.
! The statement has been terminated.

query II
DELETE FROM parent WHERE id = 2
SELECT COUNT(*), MAX(pid) FROM cascaded
----
1	1

query T
SELECT pcode FROM nulled WHERE id = 31
----
NULL

query II
UPDATE child SET pid = NULL
UPDATE parent SET id = 5 WHERE id = 1
SELECT id, pid FROM cascaded
----
20	5

query T
UPDATE parent SET code = 'cc' WHERE id = 5
SELECT pcode FROM nulled WHERE id = 30
----
zz

statement error 3726
DROP TABLE parent
----
error 3726: Could not drop object 'dbo.parent' because it is referenced by a FOREIGN KEY constraint.

statement error 4712
TRUNCATE TABLE parent
----
error 4712: Cannot truncate table 'dbo.parent' because it is being referenced by a FOREIGN KEY constraint.

statement error 1776
CREATE TABLE bad (x int CONSTRAINT FK_bad REFERENCES child (pid))
----
error 1776: There are no primary or candidate keys in the referenced table 'child' that match the referencing column list in the foreign key 'FK_bad'.

# A column's own constraint may spell out FOREIGN KEY before REFERENCES (no column list then).
statement ok
CREATE TABLE fk_spelled (id int PRIMARY KEY, pid int NOT NULL CONSTRAINT FK_spelled_parent FOREIGN KEY REFERENCES parent (id) ON DELETE CASCADE, pcode char(2) FOREIGN KEY REFERENCES parent (code))

# sys.foreign_key_columns: each referencing column and the column it references, in key order.
query ITITT rowsort
SELECT fkc.constraint_column_id, OBJECT_NAME(fkc.parent_object_id), COL_NAME(fkc.parent_object_id, fkc.parent_column_id), OBJECT_NAME(fkc.referenced_object_id), COL_NAME(fkc.referenced_object_id, fkc.referenced_column_id)
FROM sys.foreign_key_columns fkc WHERE fkc.parent_object_id IN (OBJECT_ID('fk_spelled'), OBJECT_ID('cascaded'))
----
1	cascaded	pid	parent	id
1	fk_spelled	pcode	parent	code
1	fk_spelled	pid	parent	id

query T
SELECT OBJECT_NAME(constraint_object_id) FROM sys.foreign_key_columns WHERE parent_object_id = OBJECT_ID('fk_spelled') AND parent_column_id = 2
----
FK_spelled_parent

# A table may reference itself by a schema-qualified or three-part name (a hierarchy of rows).
statement ok
CREATE TABLE dbo.fk_tree (id int PRIMARY KEY, parent int NULL REFERENCES dbo.fk_tree (id))

statement ok
CREATE TABLE dbo.fk_tree3 (id int PRIMARY KEY, parent int NULL, CONSTRAINT fk_tree3_parent FOREIGN KEY (parent) REFERENCES master.dbo.fk_tree3 (id))

statement ok
INSERT dbo.fk_tree VALUES (1, NULL), (2, 1), (3, 2)

statement error 547
INSERT dbo.fk_tree VALUES (4, 99)

statement error 547
DELETE dbo.fk_tree WHERE id = 1

query T
SELECT OBJECT_NAME(referenced_object_id) FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('dbo.fk_tree3')
----
fk_tree3
