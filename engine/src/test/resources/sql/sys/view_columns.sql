# sys.columns lists a view's columns too, as its query binds them: SQLAlchemy's get_columns reads a
# view's columns from sys.columns joined to sys.objects. INFORMATION_SCHEMA.SCHEMATA,
# REFERENTIAL_CONSTRAINTS and sys.identity_columns' inherited columns are what its reflection reads next.
statement ok
CREATE TABLE vc_t (id int IDENTITY(1, 1) NOT NULL PRIMARY KEY, name nvarchar(30) NOT NULL, price decimal(8, 2) NULL, code varchar(5) COLLATE Latin1_General_CS_AS NULL)

statement ok
CREATE VIEW vc_v AS SELECT id, name AS label, price * 2 AS doubled, code FROM vc_t

query TIITIIIT
SELECT c.name, c.column_id, c.system_type_id, TYPE_NAME(c.user_type_id), c.max_length, c.is_nullable, c.is_identity, c.collation_name FROM sys.columns c JOIN sys.objects o ON o.object_id = c.object_id WHERE o.name = 'vc_v' ORDER BY c.column_id
----
id	1	56	int	4	0	1	NULL
label	2	231	nvarchar	60	0	0	SQL_Latin1_General_CP1_CI_AS
doubled	3	106	decimal	9	1	0	NULL
code	4	167	varchar	5	1	0	Latin1_General_CS_AS

query I
SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('vc_v')
----
4

statement ok
DROP TABLE vc_t

# A view that no longer binds has no columns to list.
query I
SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('vc_v')
----
0

statement ok
DROP VIEW vc_v

statement ok
CREATE TABLE vc_parent (id int NOT NULL CONSTRAINT pk_vc_parent PRIMARY KEY, code int NOT NULL CONSTRAINT uq_vc_parent UNIQUE)

statement ok
CREATE SCHEMA vc_s

statement ok
CREATE TABLE vc_s.vc_child (p int CONSTRAINT fk_vc_1 REFERENCES dbo.vc_parent (id) ON DELETE CASCADE, c int CONSTRAINT fk_vc_2 REFERENCES dbo.vc_parent (code) ON UPDATE SET NULL ON DELETE SET NULL)

query TTTTTTTTT rowsort
SELECT * FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS
----
master	vc_s	fk_vc_1	master	dbo	pk_vc_parent	SIMPLE	NO ACTION	CASCADE
master	vc_s	fk_vc_2	master	dbo	uq_vc_parent	SIMPLE	SET NULL	SET NULL

query TTTTTT
SELECT * FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME IN ('dbo', 'vc_s', 'sys') ORDER BY SCHEMA_NAME
----
master	dbo	dbo	NULL	NULL	iso_1
master	sys	sys	NULL	NULL	iso_1
master	vc_s	dbo	NULL	NULL	iso_1

statement ok
DROP TABLE vc_s.vc_child

statement ok
DROP SCHEMA vc_s

statement ok
DROP TABLE vc_parent

statement ok
CREATE TABLE vc_ident (id bigint IDENTITY(5, 10) NOT NULL, n int NULL)

query TITIII
SELECT name, column_id, collation_name, is_nullable, is_identity, is_computed FROM sys.identity_columns WHERE object_id = OBJECT_ID('vc_ident')
----
id	1	NULL	0	1	0

statement ok
DROP TABLE vc_ident

# A view over sys.columns lists its own columns there too (describing it reads sys.columns, which
# must not describe it again without end), and reading it lists them as well.
statement ok
CREATE VIEW vc_self AS SELECT object_id, name, column_id FROM sys.columns

query TI
SELECT name, column_id FROM sys.columns WHERE object_id = OBJECT_ID('vc_self') ORDER BY column_id
----
object_id	1
name	2
column_id	3

query TI
SELECT name, column_id FROM vc_self WHERE object_id = OBJECT_ID('vc_self') ORDER BY column_id
----
object_id	1
name	2
column_id	3

statement ok
DROP VIEW vc_self
