# ALTER TABLE … DROP CONSTRAINT/COLUMN IF EXISTS (SQL Server 2016+): names that do not exist are
# skipped; Hibernate's schema export drops its foreign keys this way.
statement ok
CREATE TABLE parent_ie (id int NOT NULL CONSTRAINT pk_parent_ie PRIMARY KEY)
CREATE TABLE child_ie (id int NOT NULL, parent_id int NULL CONSTRAINT fk_child_parent_ie REFERENCES parent_ie (id), note varchar(10) NULL)

statement ok
ALTER TABLE child_ie DROP CONSTRAINT IF EXISTS fk_child_parent_ie

query I
SELECT COUNT(*) FROM sys.foreign_keys WHERE name = 'fk_child_parent_ie'
----
0

statement ok
ALTER TABLE child_ie DROP CONSTRAINT IF EXISTS fk_child_parent_ie
ALTER TABLE child_ie DROP CONSTRAINT IF EXISTS no_such_constraint, also_missing

statement error 3728
ALTER TABLE child_ie DROP CONSTRAINT fk_child_parent_ie
----
error 3728: 'fk_child_parent_ie' is not a constraint.

statement ok
DROP TABLE parent_ie

statement ok
ALTER TABLE child_ie DROP COLUMN IF EXISTS note, no_such_column

query T
SELECT name FROM sys.columns WHERE object_id = OBJECT_ID('child_ie') ORDER BY column_id
----
id
parent_id

statement error 4924
ALTER TABLE child_ie DROP COLUMN no_such_column
----
error 4924: ALTER TABLE DROP COLUMN failed because column 'no_such_column' does not exist in table 'child_ie'.

statement error 4902
ALTER TABLE no_such_table_ie DROP CONSTRAINT IF EXISTS fk_x
----
error 4902: Cannot find the object "no_such_table_ie" because it does not exist or you do not have permissions.

statement error 4902
ALTER TABLE dbo.no_such_table_ie ADD c int NULL
----
error 4902: Cannot find the object "dbo.no_such_table_ie" because it does not exist or you do not have permissions.

statement ok
DROP TABLE child_ie
