# SQL Server 2000's system tables as compatibility views (sys.sysobjects …), as old scripts and
# tools query them: computed from the modern views, so ids, names and dates agree.
statement ok
CREATE DATABASE compat_db

statement ok
USE compat_db
----
! Changed database context to 'compat_db'.

statement ok
CREATE TABLE dbo.parent (id int NOT NULL CONSTRAINT pk_parent PRIMARY KEY, code varchar(10) NULL CONSTRAINT uq_code UNIQUE, label nvarchar(20) NOT NULL CONSTRAINT df_label DEFAULT N'x', qty decimal(9,2) NULL CONSTRAINT ck_qty CHECK (qty > 0), n int IDENTITY(1,1) NOT NULL)

statement ok
CREATE TABLE dbo.child (child_id int NOT NULL, parent_id int NOT NULL, CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES dbo.parent (id))

statement ok
CREATE INDEX ix_child ON dbo.child (parent_id, child_id)

statement ok
CREATE PROCEDURE dbo.get_parent @id int, @label nvarchar(20) OUTPUT AS SELECT @label = label FROM dbo.parent WHERE id = @id

statement ok
CREATE VIEW dbo.parent_view AS SELECT id, label FROM dbo.parent

statement ok
INSERT INTO dbo.parent (id, code, label, qty) VALUES (1, 'a', N'one', 1.5), (2, 'b', N'two', 2.5)

# The idiom of a thousand deployment scripts.
query T
IF EXISTS (SELECT * FROM sysobjects WHERE name = 'parent' AND xtype = 'U') SELECT 'exists' ELSE SELECT 'missing'
----
exists

query TTTI rowsort
SELECT name, xtype, type, CASE WHEN parent_obj = 0 THEN 0 ELSE 1 END FROM sysobjects
----
child	U 	U 	0
ck_qty	C 	C 	1
df_label	D 	D 	1
fk_child_parent	F 	F 	1
get_parent	P 	P 	0
parent	U 	U 	0
parent_view	V 	V 	0
pk_parent	PK	K 	1
uq_code	UQ	K 	1

# The same object ids as sys.objects; uid is the schema.
query I
SELECT COUNT(*) FROM sys.sysobjects o JOIN sys.objects n ON n.object_id = o.id AND n.name = o.name AND n.schema_id = o.uid AND n.parent_object_id = o.parent_obj
----
9

query I
SELECT COUNT(*) FROM sys.objects
----
9

# dbo.sysobjects and a three-part name reach the same view.
query I
SELECT COUNT(*) FROM dbo.sysobjects WHERE id = OBJECT_ID('dbo.child')
----
1

query I
SELECT COUNT(*) FROM compat_db..sysobjects WHERE id = OBJECT_ID('dbo.child')
----
1

query IT
SELECT CASE WHEN crdate = refdate THEN 1 ELSE 0 END, OBJECT_NAME(parent_obj) FROM sysobjects WHERE name = 'df_label'
----
1	parent

describe
SELECT TOP 0 * FROM sysobjects
----
name	nvarchar(128)	NOT NULL
id	int	NOT NULL
xtype	char(2)	NOT NULL
uid	smallint	NULL
info	smallint	NULL
status	int	NULL
base_schema_ver	int	NULL
replinfo	int	NULL
parent_obj	int	NOT NULL
crdate	datetime	NULL
ftcatid	smallint	NULL
schema_ver	int	NULL
stats_schema_ver	int	NULL
type	char(2)	NULL
userstat	smallint	NULL
sysstat	smallint	NULL
indexdel	smallint	NULL
refdate	datetime	NULL
version	int	NULL
deltrig	int	NULL
instrig	int	NULL
updtrig	int	NULL
seltrig	int	NULL
category	int	NULL
cache	smallint	NULL

query TIIIIIIIIITT
SELECT c.name, c.colid, c.xtype, c.xusertype, c.length, c.prec, c.scale, c.isnullable, c.status, c.iscomputed, TYPE_NAME(c.xtype), c.collation
FROM syscolumns c WHERE c.id = OBJECT_ID('dbo.parent') ORDER BY c.colid
----
id	1	56	56	4	10	0	0	0	0	int	NULL
code	2	167	167	10	10	NULL	1	8	0	varchar	SQL_Latin1_General_CP1_CI_AS
label	3	231	231	40	20	NULL	0	0	0	nvarchar	SQL_Latin1_General_CP1_CI_AS
qty	4	106	106	5	9	2	1	8	0	decimal	NULL
n	5	56	56	4	10	0	0	128	0	int	NULL

query TT
SELECT OBJECT_NAME(cdefault), OBJECT_NAME(domain) FROM syscolumns WHERE id = OBJECT_ID('dbo.parent') AND name IN ('label', 'qty') ORDER BY colid
----
df_label	NULL
NULL	ck_qty

# Procedure parameters are in syscolumns too.
query TIII
SELECT name, colid, isoutparam, status FROM syscolumns WHERE id = OBJECT_ID('dbo.get_parent') ORDER BY colid
----
@id	1	0	8
@label	2	1	72

# A JOIN of old and new: every syscolumns row of a table or view is a sys.columns row (5 + 2 + 2).
query I
SELECT COUNT(*) FROM sys.syscolumns o JOIN sys.columns n ON n.object_id = o.id AND n.column_id = o.colid AND n.name = o.name
----
9

describe
SELECT TOP 0 * FROM syscolumns
----
name	nvarchar(128)	NULL
id	int	NOT NULL
xtype	tinyint	NOT NULL
typestat	tinyint	NULL
xusertype	smallint	NULL
length	smallint	NOT NULL
xprec	tinyint	NOT NULL
xscale	tinyint	NOT NULL
colid	smallint	NULL
xoffset	smallint	NULL
bitpos	tinyint	NULL
reserved	tinyint	NULL
colstat	smallint	NULL
cdefault	int	NOT NULL
domain	int	NOT NULL
number	smallint	NULL
colorder	smallint	NULL
autoval	varbinary(8000)	NULL
offset	smallint	NULL
collationid	int	NULL
status	tinyint	NULL
type	tinyint	NULL
usertype	smallint	NULL
printfmt	varchar(255)	NULL
prec	smallint	NULL
scale	int	NULL
iscomputed	int	NULL
isoutparam	int	NULL
isnullable	int	NULL
collation	nvarchar(128)	NULL

query TITIII rowsort
SELECT OBJECT_NAME(id), indid, name, keycnt, rowcnt, rows FROM sysindexes WHERE id IN (OBJECT_ID('dbo.parent'), OBJECT_ID('dbo.child'))
----
child	0	NULL	0	0	0
child	2	ix_child	2	0	0
parent	1	pk_parent	1	2	2
parent	2	uq_code	1	2	2

query I
SELECT COUNT(*) FROM sysindexes i JOIN sys.indexes n ON n.object_id = i.id AND n.index_id = i.indid
----
4

query TIII
SELECT OBJECT_NAME(k.id), k.indid, k.colid, k.keyno FROM sysindexkeys k WHERE k.id = OBJECT_ID('dbo.child') ORDER BY k.indid, k.keyno
----
child	2	2	1
child	2	1	2

query TTTIII
SELECT OBJECT_NAME(constid), OBJECT_NAME(fkeyid), OBJECT_NAME(rkeyid), fkey, rkey, keyno FROM sysforeignkeys
----
fk_child_parent	child	parent	2	1	1

query TTII rowsort
SELECT OBJECT_NAME(constid), OBJECT_NAME(id), colid, status FROM sysconstraints
----
ck_qty	parent	4	20
df_label	parent	3	21
fk_child_parent	child	0	35
pk_parent	parent	0	33
uq_code	parent	0	34

query TIIT
SELECT OBJECT_NAME(id), colid, texttype, text FROM syscomments WHERE id IN (OBJECT_ID('dbo.parent_view'), OBJECT_ID('ck_qty')) ORDER BY id
----
ck_qty	1	0	([qty]>(0))
parent_view	1	0	CREATE VIEW dbo.parent_view AS SELECT id, label FROM dbo.parent

query I
SELECT COUNT(*) FROM syscomments c JOIN sys.sql_modules m ON m.object_id = c.id AND m.definition = c.text
----
2

query TIIIIIT
SELECT name, xtype, xusertype, length, prec, variable, collation FROM systypes WHERE name IN ('int', 'nvarchar', 'decimal', 'sysname', 'varchar') ORDER BY name
----
decimal	106	106	17	38	0	NULL
int	56	56	4	10	0	NULL
nvarchar	231	231	8000	4000	1	SQL_Latin1_General_CP1_CI_AS
sysname	231	256	256	128	1	SQL_Latin1_General_CP1_CI_AS
varchar	167	167	8000	8000	1	SQL_Latin1_General_CP1_CI_AS

query ITIIIIIII rowsort
SELECT uid, name, gid, hasdbaccess, islogin, issqluser, issqlrole, isapprole, isntname FROM sysusers WHERE name IN ('dbo', 'guest', 'public', 'db_owner', 'sys')
----
0	public	0	0	0	0	1	0	0
1	dbo	0	1	1	1	0	0	0
16384	db_owner	16384	0	0	0	1	0	0
2	guest	0	0	0	1	0	0	0
4	sys	0	0	0	1	0	0	0

# rowmodctr is the index statistics' modification counter, NULL until they are built.
query TI rowsort
SELECT name, rowmodctr FROM sysindexes WHERE id = OBJECT_ID('dbo.parent')
----
pk_parent	NULL
uq_code	NULL

statement ok
UPDATE STATISTICS dbo.parent

statement ok
INSERT INTO dbo.parent (id, code, label, qty) VALUES (3, 'c', N'three', 3.5)

query TI rowsort
SELECT i.name, i.rowmodctr FROM sysindexes i WHERE i.id = OBJECT_ID('dbo.parent')
----
pk_parent	1
uq_code	1

# Idioms of SQL Server 2000 scripts.
query T
SELECT name FROM sysobjects WHERE id = OBJECT_ID(N'[dbo].[parent]') AND OBJECTPROPERTY(id, N'IsUserTable') = 1
----
parent

query TT
SELECT c.name, t.name FROM syscolumns c JOIN systypes t ON t.xusertype = c.xusertype WHERE c.id = OBJECT_ID('dbo.parent') ORDER BY c.colid
----
id	int
code	varchar
label	nvarchar
qty	decimal
n	int

# uid is the schema's id, as documented; dbo's is 1, so the legacy join to sysusers finds dbo.
query TTTI
SELECT o.name, SCHEMA_NAME(o.uid), u.name, o.uid FROM sysobjects o JOIN sysusers u ON u.uid = o.uid WHERE o.xtype = 'V'
----
parent_view	dbo	dbo	1

query TT
SELECT OBJECT_NAME(f.fkeyid), c.name FROM sysforeignkeys f JOIN syscolumns c ON c.id = f.fkeyid AND c.colid = f.fkey
----
child	parent_id

# A table created in the test, dropped: gone from the old views too.
statement ok
DROP VIEW dbo.parent_view

query I
SELECT COUNT(*) FROM sysobjects WHERE name = 'parent_view'
----
0

# From another database, a three-part name lists that database's objects.
statement ok
USE master
----
! Changed database context to 'master'.

query T rowsort
SELECT name FROM compat_db..sysobjects WHERE xtype = 'U'
----
child
parent

query I
SELECT COUNT(*) FROM compat_db.dbo.syscolumns c JOIN compat_db.sys.columns n ON n.object_id = c.id AND n.column_id = c.colid
----
7
