# DBCC CHECKCONSTRAINTS: the rows a CHECK or FOREIGN KEY constraint does not hold for, left behind
# by WITH NOCHECK or a disabled constraint.
statement ok
CREATE TABLE cc_parent (id int PRIMARY KEY)

statement ok
CREATE TABLE cc_child (id int PRIMARY KEY, parent_id int NULL, qty int, note varchar(10))

statement ok
INSERT cc_parent VALUES (1), (2)

statement ok
INSERT cc_child VALUES (1, 1, 5, 'ok'), (2, 9, -3, 'it''s'), (3, NULL, 7, NULL), (4, 8, 2, 'x')

statement ok
ALTER TABLE cc_child WITH NOCHECK ADD CONSTRAINT ck_qty CHECK (qty >= 0), CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES cc_parent (id)

query TTT rowsort
DBCC CHECKCONSTRAINTS ('cc_child')
----
[dbo].[cc_child]	[ck_qty]	[qty] = '-3'
[dbo].[cc_child]	[fk_parent]	[parent_id] = '8'
[dbo].[cc_child]	[fk_parent]	[parent_id] = '9'
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

# One constraint by name; a table-level CHECK names every column it reads, quotes doubled.
statement ok
ALTER TABLE cc_child WITH NOCHECK ADD CONSTRAINT ck_note CHECK (note <> 'it''s' OR qty > 0)

query TTT
DBCC CHECKCONSTRAINTS ('ck_note')
----
[dbo].[cc_child]	[ck_note]	[qty] = '-3' AND [note] = 'it''s'
! DBCC execution completed. If DBCC printed error messages, contact your system administrator.

# A disabled constraint is checked only WITH ALL_CONSTRAINTS.
statement ok
ALTER TABLE cc_child NOCHECK CONSTRAINT ck_qty

statement ok
CREATE TABLE cc_out (t nvarchar(400), c nvarchar(400), w nvarchar(4000))

statement ok
INSERT cc_out EXEC ('DBCC CHECKCONSTRAINTS (''cc_child'')')

query T rowsort
SELECT DISTINCT c FROM cc_out
----
[ck_note]
[fk_parent]

statement ok
DELETE cc_out

statement ok
INSERT cc_out EXEC ('DBCC CHECKCONSTRAINTS (''cc_child'') WITH ALL_CONSTRAINTS')

query T rowsort
SELECT DISTINCT c FROM cc_out
----
[ck_note]
[ck_qty]
[fk_parent]

# Fixed rows: nothing to report.
statement ok
DELETE cc_child WHERE id IN (2, 4)

statement ok
DELETE cc_out

statement ok
INSERT cc_out EXEC ('DBCC CHECKCONSTRAINTS WITH ALL_CONSTRAINTS')

query I
SELECT COUNT(*) FROM cc_out
----
0

statement error 2501
DBCC CHECKCONSTRAINTS ('no_such_table')
----
error 2501: Cannot find a table or object with the name 'no_such_table'. Check the system catalog.

statement ok
DROP TABLE cc_out

statement ok
DROP TABLE cc_child

statement ok
DROP TABLE cc_parent
