# A table whose foreign key references itself by a qualified name inside its own CREATE TABLE,
# as migration scripts write it (the table does not exist yet to be looked up).
statement ok
CREATE TABLE dbo.tree (id int PRIMARY KEY, parent_id int NULL CONSTRAINT fk_tree_parent REFERENCES dbo.tree (id))

statement ok
CREATE TABLE master.dbo.node (id int PRIMARY KEY, up int NULL, CONSTRAINT fk_node_up FOREIGN KEY (up) REFERENCES master.dbo.node (id))

statement ok
CREATE SCHEMA org

statement ok
CREATE TABLE org.unit (id int PRIMARY KEY, parent int NULL REFERENCES org.unit)

query TT
SELECT name, OBJECT_NAME(referenced_object_id) FROM sys.foreign_keys WHERE parent_object_id = referenced_object_id AND name NOT LIKE 'FK[_][_]%' ORDER BY name
----
fk_node_up	node
fk_tree_parent	tree

query I
SELECT COUNT(*) FROM sys.foreign_keys WHERE parent_object_id = OBJECT_ID('org.unit') AND referenced_object_id = OBJECT_ID('org.unit')
----
1

statement ok
INSERT INTO dbo.tree VALUES (1, NULL), (2, 1)

statement error 547
INSERT INTO dbo.tree VALUES (3, 9)
----
error 547: The INSERT statement conflicted with the FOREIGN KEY SAME TABLE constraint "fk_tree_parent". The conflict occurred in database "master", table "dbo.tree", column 'id'.
! The statement has been terminated.

# Deleting a row its own table still references is a SAME TABLE REFERENCE conflict.
statement error 547
DELETE FROM dbo.tree WHERE id = 1
----
error 547: The DELETE statement conflicted with the SAME TABLE REFERENCE constraint "fk_tree_parent". The conflict occurred in database "master", table "dbo.tree", column 'parent_id'.
! The statement has been terminated.

# The same name in another schema is another table.
statement ok
CREATE TABLE org.tree (id int PRIMARY KEY, p int CONSTRAINT fk_org_tree REFERENCES dbo.tree (id))

query T
SELECT OBJECT_SCHEMA_NAME(referenced_object_id) FROM sys.foreign_keys WHERE name = 'fk_org_tree'
----
dbo

statement error 1767
CREATE TABLE org.leaf (id int PRIMARY KEY, p int CONSTRAINT fk_leaf_missing REFERENCES dbo.leaf (id))
----
error 1767: Foreign key 'fk_leaf_missing' references invalid table 'dbo.leaf'.

statement ok
DROP TABLE org.tree

statement ok
DROP TABLE org.unit

statement ok
DROP SCHEMA org

statement ok
DROP TABLE dbo.node

statement ok
DROP TABLE dbo.tree
