# ALTER COLUMN on a column an index uses: only widening a varchar, nvarchar or varbinary column
# (same nullability and collation, not to max, not in a PRIMARY KEY) is allowed, as in SQL Server;
# anything else is 5074 naming the index, then 4922.
statement ok
CREATE TABLE aci (id int CONSTRAINT pk_aci PRIMARY KEY, a varchar(10) NULL, b int NULL, c nvarchar(8) NOT NULL, d varbinary(4) NULL,
  e varchar(10) NULL, CONSTRAINT uq_aci_e UNIQUE (e))

statement ok
CREATE INDEX ix_aci_b ON aci (b) INCLUDE (a)

statement ok
CREATE INDEX ix_aci_c ON aci (c, d)

statement ok
INSERT aci VALUES (1, 'x', 2, N'k', 0x01, 'e1'), (2, 'yy', 3, N'kk', 0x0203, 'e2')

statement ok
ALTER TABLE aci ALTER COLUMN a varchar(20) NULL

statement ok
ALTER TABLE aci ALTER COLUMN c nvarchar(30) NOT NULL

statement ok
ALTER TABLE aci ALTER COLUMN d varbinary(16) NULL

statement ok
ALTER TABLE aci ALTER COLUMN e varchar(12) NULL

query TTTT rowsort
SELECT a, c, CONVERT(varchar(10), d, 1), e FROM aci WITH (INDEX (ix_aci_c))
----
x	k	0x01	e1
yy	kk	0x0203	e2

query TI rowsort
SELECT c.name, c.max_length FROM sys.columns AS c WHERE c.object_id = OBJECT_ID('aci') AND c.name IN ('a', 'c', 'd', 'e')
----
a	20
c	60
d	16
e	12

statement error 5074
ALTER TABLE aci ALTER COLUMN b bigint
----
error 5074: The index 'ix_aci_b' is dependent on column 'b'.
error 4922: ALTER TABLE ALTER COLUMN b failed because one or more objects access this column.

# Narrowing, to max, another type, or another nullability are refused.
statement error 5074
ALTER TABLE aci ALTER COLUMN a varchar(5) NULL
----
error 5074: The index 'ix_aci_b' is dependent on column 'a'.
error 4922: ALTER TABLE ALTER COLUMN a failed because one or more objects access this column.

statement error 5074
ALTER TABLE aci ALTER COLUMN a varchar(max) NULL

statement error 5074
ALTER TABLE aci ALTER COLUMN a nvarchar(20) NULL

statement error 5074
ALTER TABLE aci ALTER COLUMN c nvarchar(30) NULL

# A PRIMARY KEY's column and a UNIQUE constraint's index are objects.
statement error 5074
ALTER TABLE aci ALTER COLUMN id bigint NOT NULL
----
error 5074: The object 'pk_aci' is dependent on column 'id'.
error 4922: ALTER TABLE ALTER COLUMN id failed because one or more objects access this column.

statement error 5074
ALTER TABLE aci ALTER COLUMN e varchar(8) NULL
----
error 5074: The object 'uq_aci_e' is dependent on column 'e'.
error 4922: ALTER TABLE ALTER COLUMN e failed because one or more objects access this column.

statement error 5074
ALTER TABLE aci DROP COLUMN b
----
error 5074: The index 'ix_aci_b' is dependent on column 'b'.
error 4922: ALTER TABLE DROP COLUMN b failed because one or more objects access this column.

# Once the index is gone the column changes freely.
statement ok
DROP INDEX ix_aci_b ON aci

statement ok
ALTER TABLE aci ALTER COLUMN b bigint

query I
SELECT SUM(b) FROM aci
----
5
