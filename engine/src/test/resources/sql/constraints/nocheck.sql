# ALTER TABLE … NOCHECK CONSTRAINT / [WITH CHECK] CHECK CONSTRAINT / WITH NOCHECK ADD: a disabled
# FOREIGN KEY or CHECK is not enforced; re-enabling WITH CHECK validates the existing rows and
# trusts it again, re-enabling without leaves it untrusted (sys.check_constraints, sys.foreign_keys).

statement ok
CREATE TABLE nc_parent (id int PRIMARY KEY)

statement ok
CREATE TABLE nc_child (id int CONSTRAINT PK_nc_child PRIMARY KEY, pid int CONSTRAINT FK_nc_child_parent REFERENCES nc_parent (id), qty int CONSTRAINT CK_nc_qty CHECK (qty > 0))

statement ok
INSERT nc_parent VALUES (1), (2)

statement ok
INSERT nc_child VALUES (10, 1, 5)

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child') UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('nc_child') ORDER BY name
----
CK_nc_qty	0	0
FK_nc_child_parent	0	0

# Disabled: rows that break them go in.
statement ok
ALTER TABLE nc_child NOCHECK CONSTRAINT CK_nc_qty, FK_nc_child_parent

statement ok
INSERT nc_child VALUES (11, 9, -1)

statement ok
UPDATE nc_child SET qty = -5 WHERE id = 10

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child') UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('nc_child') ORDER BY name
----
CK_nc_qty	1	1
FK_nc_child_parent	1	1

# A disabled foreign key does not stop the parent's delete either.
statement ok
INSERT nc_parent VALUES (3)

statement ok
INSERT nc_child VALUES (12, 3, 1)

statement ok
DELETE nc_parent WHERE id = 3

# WITH CHECK validates: the first row that breaks the constraint is 547 naming ALTER TABLE, and
# nothing changes.
statement error 547
ALTER TABLE nc_child WITH CHECK CHECK CONSTRAINT CK_nc_qty
----
error 547: The ALTER TABLE statement conflicted with the CHECK constraint "CK_nc_qty". The conflict occurred in database "master", table "dbo.nc_child", column 'qty'.

statement ok
UPDATE nc_child SET qty = 1

statement error 547
ALTER TABLE nc_child WITH CHECK CHECK CONSTRAINT ALL
----
error 547: The ALTER TABLE statement conflicted with the FOREIGN KEY constraint "FK_nc_child_parent". The conflict occurred in database "master", table "dbo.nc_parent", column 'id'.

statement ok
UPDATE nc_child SET qty = -5 WHERE id = 10

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child') UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('nc_child') ORDER BY name
----
CK_nc_qty	1	1
FK_nc_child_parent	1	1

query IIIT
BEGIN TRY ALTER TABLE nc_child WITH CHECK CHECK CONSTRAINT CK_nc_qty END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_MESSAGE() END CATCH
----
547	16	0	The ALTER TABLE statement conflicted with the CHECK constraint "CK_nc_qty". The conflict occurred in database "master", table "dbo.nc_child", column 'qty'.

# CHECK CONSTRAINT alone (WITH NOCHECK is its default) enables without looking at the rows: the
# constraint holds for new rows but stays untrusted.
statement ok
ALTER TABLE nc_child CHECK CONSTRAINT CK_nc_qty

statement error 547
INSERT nc_child VALUES (13, NULL, 0)
----
error 547: The INSERT statement conflicted with the CHECK constraint "CK_nc_qty". The conflict occurred in database "master", table "dbo.nc_child", column 'qty'.
! The statement has been terminated.

statement ok
ALTER TABLE nc_child WITH NOCHECK CHECK CONSTRAINT FK_nc_child_parent

statement error 547
INSERT nc_child VALUES (13, 8, 1)
----
error 547: The INSERT statement conflicted with the FOREIGN KEY constraint "FK_nc_child_parent". The conflict occurred in database "master", table "dbo.nc_parent", column 'id'.
! The statement has been terminated.

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child') UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('nc_child') ORDER BY name
----
CK_nc_qty	0	1
FK_nc_child_parent	0	1

# Once the rows are fixed, WITH CHECK trusts them again.
statement ok
UPDATE nc_child SET qty = 1, pid = 1 WHERE id IN (10, 11)

statement ok
DELETE nc_child WHERE id = 12

statement ok
ALTER TABLE nc_child WITH CHECK CHECK CONSTRAINT ALL

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child') UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('nc_child') ORDER BY name
----
CK_nc_qty	0	0
FK_nc_child_parent	0	0

# NOCHECK CONSTRAINT ALL switches every FOREIGN KEY and CHECK of the table (not its keys or defaults).
statement ok
ALTER TABLE nc_child NOCHECK CONSTRAINT ALL

query TT rowsort
SELECT name, CASE is_disabled WHEN 1 THEN 'off' ELSE 'on' END FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child') UNION ALL SELECT name, CASE is_disabled WHEN 1 THEN 'off' ELSE 'on' END FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('nc_child')
----
CK_nc_qty	off
FK_nc_child_parent	off

statement ok
ALTER TABLE nc_child WITH CHECK CHECK CONSTRAINT ALL

# Errors: an unknown name is 4917 then 4916; a key or default is 11415 then 4916; nothing changes.
statement error 4917
ALTER TABLE nc_child NOCHECK CONSTRAINT CK_nc_qty, nope
----
error 4917: Constraint 'nope' does not exist.
error 4916: Could not enable or disable the constraint. See previous errors.

statement error 11415
ALTER TABLE nc_child WITH CHECK CHECK CONSTRAINT PK_nc_child
----
error 11415: Object 'PK_nc_child' cannot be disabled or enabled. This action applies only to foreign key and check constraints.
error 4916: Could not enable or disable the constraint. See previous errors.

query TI
SELECT name, is_disabled FROM sys.check_constraints WHERE parent_object_id = OBJECT_ID('nc_child')
----
CK_nc_qty	0

query IIIT
BEGIN TRY ALTER TABLE nc_child NOCHECK CONSTRAINT nope END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_MESSAGE() END CATCH
----
4916	16	0	Could not enable or disable the constraint. See previous errors.

query IIIT
BEGIN TRY ALTER TABLE nc_child CHECK CONSTRAINT PK_nc_child END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_SEVERITY(), ERROR_STATE(), ERROR_MESSAGE() END CATCH
----
4916	16	0	Could not enable or disable the constraint. See previous errors.

# WITH NOCHECK ADD: the existing rows are not validated, the constraint is enforced from now on
# and is not trusted; WITH CHECK ADD (the default) validates.
statement ok
INSERT nc_child VALUES (20, 2, 100)

statement error 547
ALTER TABLE nc_child WITH CHECK ADD CONSTRAINT CK_nc_small CHECK (qty < 50)
----
error 547: The ALTER TABLE statement conflicted with the CHECK constraint "CK_nc_small". The conflict occurred in database "master", table "dbo.nc_child".

statement ok
ALTER TABLE nc_child WITH NOCHECK ADD CONSTRAINT CK_nc_small CHECK (qty < 50)

statement error 547
INSERT nc_child VALUES (21, 2, 60)
----
error 547: The INSERT statement conflicted with the CHECK constraint "CK_nc_small". The conflict occurred in database "master", table "dbo.nc_child".
! The statement has been terminated.

statement ok
CREATE TABLE nc_other (id int PRIMARY KEY, ref int)

statement ok
INSERT nc_other VALUES (1, 77)

statement error 547
ALTER TABLE nc_other ADD CONSTRAINT FK_nc_other FOREIGN KEY (ref) REFERENCES nc_parent (id)
----
error 547: The ALTER TABLE statement conflicted with the FOREIGN KEY constraint "FK_nc_other". The conflict occurred in database "master", table "dbo.nc_parent", column 'id'.

statement ok
ALTER TABLE nc_other WITH NOCHECK ADD CONSTRAINT FK_nc_other FOREIGN KEY (ref) REFERENCES nc_parent (id)

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE name = 'CK_nc_small' UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys WHERE name = 'FK_nc_other' ORDER BY name
----
CK_nc_small	0	1
FK_nc_other	0	1

# The scripts SSMS generates: WITH CHECK ADD, then CHECK CONSTRAINT.
statement ok
ALTER TABLE [dbo].[nc_other]  WITH CHECK ADD  CONSTRAINT [CK_nc_other_id] CHECK  (([id]>(0)))

statement ok
ALTER TABLE [dbo].[nc_other] CHECK CONSTRAINT [CK_nc_other_id]

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints WHERE name = 'CK_nc_other_id'
----
CK_nc_other_id	0	0

statement ok
DROP TABLE nc_other

statement ok
DROP TABLE nc_child

statement ok
DROP TABLE nc_parent
