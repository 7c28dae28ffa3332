# Disabling the clustered index (here a PRIMARY KEY's) makes the table unreadable and unwritable
# (8655) and disables its nonclustered indexes (3750) and the foreign keys to and from it (1992).
statement ok
CREATE TABLE dc_region (rid int NOT NULL CONSTRAINT pk_dc_region PRIMARY KEY)
CREATE TABLE dc (id int NOT NULL CONSTRAINT pk_dc PRIMARY KEY, a int, rid int CONSTRAINT fk_dc_region REFERENCES dc_region (rid))
CREATE TABLE dc_child (cid int PRIMARY KEY, id int CONSTRAINT fk_child_dc REFERENCES dc (id))
CREATE INDEX ix_dc_a ON dc (a)
ALTER TABLE dc ADD CONSTRAINT ux_dc_rid UNIQUE (rid)
INSERT INTO dc_region VALUES (1), (2)
INSERT INTO dc VALUES (1, 10, 1), (2, 20, 2)
INSERT INTO dc_child VALUES (100, 1)

query T
ALTER INDEX pk_dc ON dc DISABLE
----
! Warning: Index 'ix_dc_a' on table 'dc' was disabled as a result of disabling the clustered index on the table.
! Warning: Index 'ux_dc_rid' on table 'dc' was disabled as a result of disabling the clustered index on the table.
! Warning: Foreign key 'fk_child_dc' on table 'dc_child' referencing table 'dc' was disabled as a result of disabling the index 'pk_dc'.
! Warning: Foreign key 'fk_dc_region' on table 'dc' referencing table 'dc_region' was disabled as a result of disabling the index 'pk_dc'.

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dc') ORDER BY index_id
----
pk_dc	1
ix_dc_a	1
ux_dc_rid	1

query TII
SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys ORDER BY name
----
fk_child_dc	1	1
fk_dc_region	1	1

statement error 8655
SELECT * FROM dc
----
error 8655: The query processor is unable to produce a plan because the index 'pk_dc' on table or view 'dc' is disabled.

statement error 8655
INSERT INTO dc VALUES (3, 30, 1)
----
error 8655: The query processor is unable to produce a plan because the index 'pk_dc' on table or view 'dc' is disabled.

statement error 8655
UPDATE dc SET a = 0
----
error 8655: The query processor is unable to produce a plan because the index 'pk_dc' on table or view 'dc' is disabled.

statement error 8655
DELETE FROM dc WHERE id = 1
----
error 8655: The query processor is unable to produce a plan because the index 'pk_dc' on table or view 'dc' is disabled.

statement error 8655
MERGE dc AS t USING (SELECT 1 AS id) AS s ON t.id = s.id WHEN MATCHED THEN DELETE;
----
error 8655: The query processor is unable to produce a plan because the index 'pk_dc' on table or view 'dc' is disabled.

statement error 8655
SELECT c.cid FROM dc_child c JOIN dc d ON d.id = c.id
----
error 8655: The query processor is unable to produce a plan because the index 'pk_dc' on table or view 'dc' is disabled.

# The other tables work; the disabled foreign keys are not checked.
statement ok
INSERT INTO dc_child VALUES (101, 99)
DELETE FROM dc_region WHERE rid = 2

# No new nonclustered index, nor can one be rebuilt, while the clustered index is disabled.
statement error 1987
CREATE INDEX ix_dc_new ON dc (a)
----
error 1987: Cannot create nonclustered index 'ix_dc_new' on table 'dc' because its clustered index is disabled.

statement error 1987
ALTER INDEX ix_dc_a ON dc REBUILD
----
error 1987: Cannot rebuild nonclustered index 'ix_dc_a' on table 'dc' because its clustered index is disabled.

# Rebuilding the clustered index by name gives the rows back; the nonclustered indexes stay disabled.
statement ok
ALTER INDEX pk_dc ON dc REBUILD

query III rowsort
SELECT id, a, rid FROM dc
----
1	10	1
2	20	2

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dc') ORDER BY index_id
----
pk_dc	0
ix_dc_a	1
ux_dc_rid	1

# The foreign keys stay disabled until CHECK CONSTRAINT, which validates the rows written meanwhile.
statement error 547
ALTER TABLE dc_child WITH CHECK CHECK CONSTRAINT fk_child_dc
----
error 547: The ALTER TABLE statement conflicted with the FOREIGN KEY constraint "fk_child_dc". The conflict occurred in database "master", table "dbo.dc", column 'id'.

statement ok
DELETE FROM dc_child WHERE cid = 101
ALTER TABLE dc_child WITH CHECK CHECK CONSTRAINT fk_child_dc

# ALTER INDEX ALL … REBUILD enables the rest; the unique index is checked again.
statement ok
ALTER INDEX ALL ON dc REBUILD

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dc') ORDER BY index_id
----
pk_dc	0
ix_dc_a	0
ux_dc_rid	0

# Disabling a UNIQUE constraint's index disables the foreign keys that reference its columns; CHECK
# CONSTRAINT of one of them waits for the index (1989).
statement ok
CREATE TABLE dc_ref (x int, rid int CONSTRAINT fk_ref_rid REFERENCES dc (rid))

query T
ALTER INDEX ux_dc_rid ON dc DISABLE
----
! Warning: Foreign key 'fk_ref_rid' on table 'dc_ref' referencing table 'dc' was disabled as a result of disabling the index 'ux_dc_rid'.

statement error 1989
ALTER TABLE dc_ref CHECK CONSTRAINT fk_ref_rid
----
error 1989: Cannot enable foreign key constraint 'fk_ref_rid' as index 'ux_dc_rid' on referenced key is disabled.

statement ok
ALTER INDEX ux_dc_rid ON dc REBUILD
ALTER TABLE dc_ref CHECK CONSTRAINT fk_ref_rid

# ALTER INDEX ALL … DISABLE on a heap disables its nonclustered indexes; the heap stays readable.
statement ok
CREATE TABLE dh (a int, b int)
CREATE INDEX ix_dh_a ON dh (a)
CREATE INDEX ix_dh_b ON dh (b)
INSERT INTO dh VALUES (1, 2), (3, 4)
ALTER INDEX ALL ON dh DISABLE
INSERT INTO dh VALUES (5, 6)

query TI
SELECT ISNULL(name, 'heap'), is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dh') ORDER BY index_id
----
heap	0
ix_dh_a	1
ix_dh_b	1

query II
SELECT a, b FROM dh WHERE a = 5
----
5	6

# A new clustered index enables the disabled nonclustered ones, as ALTER INDEX ALL … REBUILD does.
statement ok
CREATE CLUSTERED INDEX cx_dh ON dh (a)

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dh') ORDER BY index_id
----
cx_dh	0
ix_dh_a	0
ix_dh_b	0

query II
SELECT a, b FROM dh WITH (INDEX(ix_dh_b)) WHERE b = 6
----
5	6

# ALL … DISABLE of a clustered table leaves it unreadable until ALL … REBUILD.
query T
ALTER INDEX ALL ON dh DISABLE
----
! Warning: Index 'ix_dh_a' on table 'dh' was disabled as a result of disabling the clustered index on the table.
! Warning: Index 'ix_dh_b' on table 'dh' was disabled as a result of disabling the clustered index on the table.

statement error 8655
SELECT COUNT(*) FROM dh
----
error 8655: The query processor is unable to produce a plan because the index 'cx_dh' on table or view 'dh' is disabled.

statement ok
ALTER INDEX ALL ON dh REBUILD

query I
SELECT COUNT(*) FROM dh WHERE b = 4
----
1

# CREATE CLUSTERED INDEX … WITH (DROP_EXISTING = ON) over the disabled clustered index builds it
# enabled from the rows; the nonclustered indexes stay disabled.
query T
ALTER INDEX cx_dh ON dh DISABLE
----
! Warning: Index 'ix_dh_a' on table 'dh' was disabled as a result of disabling the clustered index on the table.
! Warning: Index 'ix_dh_b' on table 'dh' was disabled as a result of disabling the clustered index on the table.

statement ok
CREATE CLUSTERED INDEX cx_dh ON dh (a) WITH (DROP_EXISTING = ON)

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dh') ORDER BY index_id
----
cx_dh	0
ix_dh_a	1
ix_dh_b	1

query I
SELECT COUNT(*) FROM dh
----
3

# While the clustered index is disabled the table's columns cannot change (1974); dropping the
# PRIMARY KEY drops the disabled clustered index and gives the rows back as a heap, its
# nonclustered indexes still disabled.
statement ok
CREATE TABLE dp (id int NOT NULL CONSTRAINT pk_dp PRIMARY KEY, a int)
CREATE INDEX ix_dp_a ON dp (a)
INSERT INTO dp VALUES (1, 10), (2, 20)

query T
ALTER INDEX pk_dp ON dp DISABLE
----
! Warning: Index 'ix_dp_a' on table 'dp' was disabled as a result of disabling the clustered index on the table.

statement error 1974
ALTER TABLE dp ADD z int
----
error 1974: Cannot perform the specified operation on table 'dp' because its clustered index 'pk_dp' is disabled.

statement ok
ALTER TABLE dp DROP CONSTRAINT pk_dp

query II rowsort
SELECT id, a FROM dp
----
1	10
2	20

query TI
SELECT ISNULL(name, 'heap'), is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dp') ORDER BY index_id
----
heap	0
ix_dp_a	1

statement ok
ALTER INDEX ix_dp_a ON dp REBUILD
ALTER TABLE dp ADD z int

query II
SELECT id, a FROM dp WITH (INDEX(ix_dp_a)) WHERE a = 20
----
2	20

# So does a clustered PRIMARY KEY added to a heap.
statement ok
CREATE TABLE dk (id int NOT NULL, b int)
CREATE INDEX ix_dk_b ON dk (b)
INSERT INTO dk VALUES (1, 2)
ALTER INDEX ix_dk_b ON dk DISABLE
ALTER TABLE dk ADD CONSTRAINT pk_dk PRIMARY KEY CLUSTERED (id)

query TI
SELECT name, is_disabled FROM sys.indexes WHERE object_id = OBJECT_ID('dk') ORDER BY index_id
----
pk_dk	0
ix_dk_b	0

query T
DBCC CHECKTABLE ('dk') WITH NO_INFOMSGS
----

# sp_updatestats passes by a table whose clustered index is disabled (15654).
statement ok
CREATE DATABASE dstats

statement ok
CREATE TABLE dstats.dbo.ds_off (id int CONSTRAINT pk_ds_off PRIMARY KEY)
CREATE TABLE dstats.dbo.ds_on (id int CONSTRAINT pk_ds_on PRIMARY KEY)
ALTER INDEX pk_ds_off ON dstats.dbo.ds_off DISABLE

statement ok
USE dstats; EXEC sp_updatestats; USE master
----
! Changed database context to 'dstats'.
! Updating [dbo].[ds_on]
!     [pk_ds_on] has been updated...
!     1 index(es)/statistic(s) have been updated, 0 did not require update.
! Table [dbo].[ds_off]: cannot perform the operation on the table because its clustered index is disabled.
! (empty)
! Statistics for all tables have been updated.
! Changed database context to 'master'.
