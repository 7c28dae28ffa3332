# PARSENAME, OBJECT_SCHEMA_NAME, IDENT_SEED/IDENT_INCR, COLUMNPROPERTY, INDEXPROPERTY, TYPEPROPERTY,
# DATABASEPROPERTYEX and OBJECTPROPERTYEX.

query TTTTT
SELECT PARSENAME('srv.db.dbo.orders', 1), PARSENAME('srv.db.dbo.orders', 2), PARSENAME('srv.db.dbo.orders', 3), PARSENAME('srv.db.dbo.orders', 4), PARSENAME('dbo.orders', 3)
----
orders	dbo	db	srv	NULL

query TTTTTT
SELECT PARSENAME('[my.db].[dbo].[a]]b]', 1), PARSENAME('[my.db].[dbo].[a]]b]', 3), PARSENAME('"q t".x', 2), PARSENAME('srv..x', 2), PARSENAME('a.b.c.d.e', 1), PARSENAME('[a', 1)
----
a]b	my.db	q t	NULL	NULL	NULL

query TTT
SELECT PARSENAME('a.b', 0), PARSENAME('a.b', 5), PARSENAME(NULL, 1)
----
NULL	NULL	NULL

describe
SELECT PARSENAME('a', 1) AS p
----
p	nvarchar(128)	NULL

statement ok
CREATE SCHEMA mp_s

statement ok
CREATE TABLE mp_s.mp_t (id int IDENTITY(100, 5) PRIMARY KEY, name nvarchar(40) NOT NULL, note varchar(max) NULL, amount decimal(10, 2), doubled AS id * 2, at datetime2(3), bin varbinary(16)); CREATE UNIQUE INDEX ix_name ON mp_s.mp_t (name)

query TTT
SELECT OBJECT_SCHEMA_NAME(OBJECT_ID('mp_s.mp_t')), OBJECT_SCHEMA_NAME(OBJECT_ID('mp_s.mp_t'), DB_ID()), OBJECT_SCHEMA_NAME(-5)
----
mp_s	mp_s	NULL

query RRRR
SELECT IDENT_SEED('mp_s.mp_t'), IDENT_INCR('mp_s.mp_t'), IDENT_SEED('mp_s.nosuch'), IDENT_INCR(NULL)
----
100	5	NULL	NULL

describe
SELECT IDENT_SEED('mp_s.mp_t') AS s
----
s	numeric(38,0)	NULL

query IIIIII
SELECT COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'id', 'IsIdentity'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'name', 'IsIdentity'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'name', 'AllowsNull'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'note', 'allowsnull'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'doubled', 'IsComputed'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'amount', 'ColumnId')
----
1	0	0	1	1	4

# Precision: the length of the type (characters, digits, -1 for max); Scale NULL where none applies.
query IIIIIIII
SELECT COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'id', 'Precision'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'name', 'Precision'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'note', 'Precision'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'amount', 'Precision'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'amount', 'Scale'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'at', 'Precision'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'at', 'Scale'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'name', 'Scale')
----
10	40	-1	10	2	23	3	NULL

query IIIIII
SELECT COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'name', 'CharMaxLen'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'note', 'charmaxlen'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'bin', 'CharMaxLen'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'id', 'CharMaxLen'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'nosuch', 'AllowsNull'), COLUMNPROPERTY(OBJECT_ID('mp_s.mp_t'), 'id', 'NoSuchProperty')
----
40	-1	16	NULL	NULL	NULL

query IIIIIII
SELECT INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), 'ix_name', 'IsUnique'), INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), 'ix_name', 'IsClustered'),
  INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), 'ix_name', 'IndexID'),
  INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), (SELECT name FROM sys.indexes WHERE object_id = OBJECT_ID('mp_s.mp_t') AND index_id = 1), 'IsClustered'),
  INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), 'ix_name', 'IsDisabled'), INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), 'nosuch', 'IndexID'),
  INDEXPROPERTY(OBJECT_ID('mp_s.mp_t'), 'ix_name', 'NoSuchProperty')
----
1	0	2	1	0	NULL	NULL

query IIIIIIII
SELECT TYPEPROPERTY('int', 'Precision'), TYPEPROPERTY('varchar', 'Precision'), TYPEPROPERTY('nvarchar', 'precision'), TYPEPROPERTY('datetime', 'Precision'),
  TYPEPROPERTY('money', 'Scale'), TYPEPROPERTY('int', 'AllowsNull'), TYPEPROPERTY('sysname', 'AllowsNull'), TYPEPROPERTY('nosuch', 'Precision')
----
10	8000	4000	23	4	1	0	NULL

query TTTTT
SELECT DATABASEPROPERTYEX(DB_NAME(), 'Collation'), DATABASEPROPERTYEX(DB_NAME(), 'Status'), DATABASEPROPERTYEX('master', 'Updateability'),
  DATABASEPROPERTYEX('tempdb', 'Recovery'), DATABASEPROPERTYEX('master', 'UserAccess')
----
SQL_Latin1_General_CP1_CI_AS	ONLINE	READ_WRITE	SIMPLE	MULTI_USER

query IITTT
SELECT CAST(DATABASEPROPERTYEX('master', 'IsAutoShrink') AS int), CAST(DATABASEPROPERTYEX('master', 'Version') AS int),
  SQL_VARIANT_PROPERTY(DATABASEPROPERTYEX('master', 'Version'), 'BaseType'), DATABASEPROPERTYEX('nosuchdb', 'Status'), DATABASEPROPERTYEX('master', 'NoSuch')
----
0	957	int	NULL	NULL

query TTTTT
SELECT OBJECTPROPERTYEX(OBJECT_ID('mp_s.mp_t'), 'BaseType'), OBJECTPROPERTYEX(OBJECT_ID('mp_s.mp_t'), 'IsUserTable'),
  SQL_VARIANT_PROPERTY(OBJECTPROPERTYEX(OBJECT_ID('mp_s.mp_t'), 'TableHasIdentity'), 'BaseType'), CAST(OBJECTPROPERTYEX(OBJECT_ID('mp_s.mp_t'), 'SchemaId') AS int) - SCHEMA_ID('mp_s'),
  OBJECTPROPERTYEX(-1, 'IsUserTable')
----
U 	1	int	0	NULL

statement error 174
SELECT COLUMNPROPERTY(1, 'a')
----
error 174: The columnproperty function requires 3 argument(s).

# IsDeterministic of a computed column: 0 when its expression reads the clock, NEWID() or the session.
statement ok
CREATE TABLE mp_s.mp_det (a int, twice AS a * 2, stamped AS DATEADD(day, a, GETDATE()), tagged AS CONCAT(a, NEWID()))

query IIII
SELECT COLUMNPROPERTY(OBJECT_ID('mp_s.mp_det'), 'twice', 'IsDeterministic'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_det'), 'stamped', 'IsDeterministic'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_det'), 'tagged', 'IsDeterministic'),
  COLUMNPROPERTY(OBJECT_ID('mp_s.mp_det'), 'a', 'IsDeterministic')
----
1	0	0	NULL

statement ok
DROP TABLE mp_s.mp_det

statement ok
DROP TABLE mp_s.mp_t; DROP SCHEMA mp_s
