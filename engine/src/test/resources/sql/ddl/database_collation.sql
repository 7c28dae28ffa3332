# CREATE DATABASE … COLLATE: the database's collation is the default of its new columns, its
# variables and its literals, so a case-sensitive database compares, sorts, groups and indexes
# strings case-sensitively; #temp tables take tempdb's (the server's) collation.
# no-restart: USE changes the session database across blocks.
statement error 448
CREATE DATABASE dbc_bad COLLATE Klingon_CI_AS
----
error 448: Invalid collation 'Klingon_CI_AS'.

statement error 448
CREATE DATABASE dbc_bad COLLATE DATABASE_DEFAULT
----
error 448: Invalid collation 'DATABASE_DEFAULT'.

statement ok
CREATE DATABASE dbc_cs COLLATE latin1_general_cs_as

query TTT
SELECT collation_name, CAST(DATABASEPROPERTYEX('dbc_cs', 'Collation') AS varchar(60)), CAST(SERVERPROPERTY('Collation') AS varchar(60)) FROM sys.databases WHERE name = 'dbc_cs'
----
Latin1_General_CS_AS	Latin1_General_CS_AS	SQL_Latin1_General_CP1_CI_AS

query IIT
SELECT CAST(DATABASEPROPERTYEX('dbc_cs', 'ComparisonStyle') AS int), CAST(DATABASEPROPERTYEX('dbc_cs', 'SQLSortOrder') AS int), CAST(DATABASEPROPERTYEX('master', 'Collation') AS varchar(60))
----
196608	0	SQL_Latin1_General_CP1_CI_AS

# Columns without COLLATE store the database's collation.
statement ok
USE dbc_cs
CREATE TABLE words (w varchar(20) NOT NULL CONSTRAINT uq_words UNIQUE, n nvarchar(20) NULL, k int NULL)
----
! Changed database context to 'dbc_cs'.

query TTT
SELECT name, collation_name, CAST(COLUMNPROPERTY(OBJECT_ID('words'), name, 'IsIdentity') AS varchar(5)) FROM sys.columns WHERE object_id = OBJECT_ID('words') ORDER BY column_id
----
w	Latin1_General_CS_AS	0
n	Latin1_General_CS_AS	0
k	NULL	0

# The unique index keeps 'a' and 'A' apart; 'a ' is still 'a' (trailing spaces never count).
statement ok
INSERT words VALUES ('a', N'x', 1), ('A', N'X', 2), ('b', N'y', 3), ('B', N'Y', 4)

statement error 2627
INSERT words VALUES ('a ', N'z', 5)
----
error 2627: Violation of UNIQUE KEY constraint 'uq_words'. Cannot insert duplicate key in object 'dbo.words'. The duplicate key value is (a ).
! The statement has been terminated.

query T
SELECT w FROM words WHERE w = 'A'
----
A

query T
SELECT w FROM words ORDER BY w
----
a
A
b
B

query TI
SELECT n, COUNT(*) FROM words GROUP BY n ORDER BY n
----
x	1
X	1
y	1
Y	1

query I
SELECT COUNT(DISTINCT UPPER(w)) FROM words
----
2

query T rowsort
SELECT w FROM words WHERE w LIKE 'a%'
----
a

# Literals and variables are coercible-default: they take the database's collation.
query T
SELECT CASE WHEN 'abc' = 'ABC' THEN 'equal' ELSE 'different' END
----
different

query T
DECLARE @v varchar(10) = 'B'
SELECT CASE WHEN @v = 'b' THEN 'equal' ELSE 'different' END
----
different

query T
SELECT CASE WHEN CAST('x' AS nvarchar(5)) = N'X' THEN 'equal' ELSE 'different' END
----
different

query T
SELECT x FROM (VALUES ('q'), ('Q'), ('p')) v(x) GROUP BY x ORDER BY x
----
p
q
Q

query T
SELECT CAST(SQL_VARIANT_PROPERTY(CAST('x' AS sql_variant), 'BaseType') AS varchar(20))
----
varchar

# A #temp table's columns take tempdb's collation: joining them to the database's is 468.
statement ok
CREATE TABLE #t (w varchar(20), d varchar(20) COLLATE DATABASE_DEFAULT)

statement ok
INSERT #t VALUES ('A', 'A')

query TT
SELECT c.name, c.collation_name FROM tempdb.sys.columns c WHERE c.object_id = OBJECT_ID('tempdb..#t') ORDER BY c.column_id
----
w	SQL_Latin1_General_CP1_CI_AS
d	Latin1_General_CS_AS

statement error 468
SELECT words.w FROM words JOIN #t ON words.w = #t.w
----
error 468: Cannot resolve the collation conflict between "Latin1_General_CS_AS" and "SQL_Latin1_General_CP1_CI_AS" in the equal to operation.

query T
SELECT words.w FROM words JOIN #t ON words.w = #t.w COLLATE DATABASE_DEFAULT
----
A

query T
SELECT words.w FROM words JOIN #t ON words.w = #t.d
----
A

# The #temp column compared with a literal is case-insensitive (its implicit collation wins).
query I
SELECT COUNT(*) FROM #t WHERE w = 'a'
----
1

statement ok
DROP TABLE #t

# A table variable's columns take the current database's collation, as in SQL Server.
query I
DECLARE @t TABLE (w varchar(10))
INSERT @t VALUES ('a'), ('A')
SELECT COUNT(*) FROM @t WHERE w = 'a'
----
1

# SELECT … INTO copies the column's collation; a literal gets the database's.
statement ok
SELECT w, 'lit' AS l INTO words_copy FROM words

query TT
SELECT name, collation_name FROM sys.columns WHERE object_id = OBJECT_ID('words_copy') ORDER BY column_id
----
w	Latin1_General_CS_AS
l	Latin1_General_CS_AS

# ALTER DATABASE … COLLATE changes the default of new columns only.
statement ok
ALTER DATABASE CURRENT COLLATE SQL_Latin1_General_CP1_CI_AS

query T
SELECT CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS varchar(60))
----
SQL_Latin1_General_CP1_CI_AS

query T
SELECT CASE WHEN 'abc' = 'ABC' THEN 'equal' ELSE 'different' END
----
equal

statement ok
CREATE TABLE later (w varchar(20))

query TT
SELECT OBJECT_NAME(object_id), collation_name FROM sys.columns WHERE name = 'w' AND object_id IN (OBJECT_ID('words'), OBJECT_ID('later')) ORDER BY 1
----
later	SQL_Latin1_General_CP1_CI_AS
words	Latin1_General_CS_AS

query T
SELECT w FROM words WHERE w = 'b'
----
b

statement error 448
ALTER DATABASE dbc_cs COLLATE Nope_CS_AS
----
error 448: Invalid collation 'Nope_CS_AS'.

# Schema-bound objects that depend on the collation: 5075 for each, then 5072.
statement ok
CREATE TABLE checked (c varchar(5) CONSTRAINT ck_checked CHECK (c <> 'x'), d AS UPPER(c))

statement error 5075
ALTER DATABASE dbc_cs COLLATE Latin1_General_BIN2
----
error 5075: The column 'checked.d' is dependent on database collation. The database collation cannot be changed if a schema-bound object depends on it. Remove the dependencies on the database collation and then retry the operation.
error 5075: The object 'ck_checked' is dependent on database collation. The database collation cannot be changed if a schema-bound object depends on it. Remove the dependencies on the database collation and then retry the operation.
error 5072: ALTER DATABASE failed. The default collation of database 'dbc_cs' cannot be set to Latin1_General_BIN2.

statement ok
DROP TABLE checked

statement error 226
BEGIN TRANSACTION
ALTER DATABASE dbc_cs COLLATE Latin1_General_BIN2
----
error 226: ALTER DATABASE statement not allowed within multi-statement transaction.

statement ok
IF @@TRANCOUNT > 0 ROLLBACK

statement error 3708
ALTER DATABASE tempdb COLLATE Latin1_General_BIN2
----
error 3708: Cannot alter the database 'tempdb' because it is a system database.
error 5072: ALTER DATABASE failed. The default collation of database 'tempdb' cannot be set to Latin1_General_BIN2.

statement ok
ALTER DATABASE dbc_cs COLLATE Latin1_General_BIN2

query T
SELECT x FROM (VALUES ('b'), ('B'), ('a'), ('A')) v(x) ORDER BY x
----
A
B
a
b

statement ok
USE master
DROP DATABASE dbc_cs
----
! Changed database context to 'master'.
