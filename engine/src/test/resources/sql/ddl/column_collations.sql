# A column's COLLATE clause is stored and used by every comparison, sort and grouping of the
# column and by its keys and indexes: under a case-sensitive or binary collation 'a' and 'A' are
# different keys.
statement ok
CREATE TABLE cc_codes (code varchar(20) COLLATE Latin1_General_BIN2 CONSTRAINT pk_cc_codes PRIMARY KEY, name nvarchar(20) COLLATE Latin1_General_CS_AS NULL, plain varchar(20) NULL, CONSTRAINT uq_cc_codes_name UNIQUE (name))

statement ok
INSERT cc_codes VALUES ('a', N'x', 'p'), ('A', N'X', 'P'), ('b', N'Résumé', 'q'), ('B ', N'resume', 'Q')

statement error 2627
INSERT cc_codes VALUES ('a  ', N'y', 'z')
----
error 2627: Violation of PRIMARY KEY constraint 'pk_cc_codes'. Cannot insert duplicate key in object 'dbo.cc_codes'. The duplicate key value is (a  ).
! The statement has been terminated.

statement error 2627
INSERT cc_codes VALUES ('c', N'X', 'z')
----
error 2627: Violation of UNIQUE KEY constraint 'uq_cc_codes_name'. Cannot insert duplicate key in object 'dbo.cc_codes'. The duplicate key value is (X).
! The statement has been terminated.

query T
SELECT name FROM cc_codes WHERE code = 'A'
----
X

query T
SELECT name FROM cc_codes WHERE code = 'B'
----
resume

query T rowsort
SELECT code FROM cc_codes WHERE name = N'x'
----
a

query T rowsort
SELECT code FROM cc_codes WHERE plain = 'p'
----
A
a

query T
SELECT code FROM cc_codes ORDER BY code
----
A
B 
a
b

query T
SELECT name FROM cc_codes ORDER BY name
----
resume
Résumé
x
X

query I
SELECT COUNT(*) FROM (SELECT DISTINCT name FROM cc_codes) d
----
4

# An explicit COLLATE on the column overrides it.
query T rowsort
SELECT code FROM cc_codes WHERE name COLLATE SQL_Latin1_General_CP1_CI_AS = N'X'
----
A
a

# Two columns of different collations cannot be compared without a COLLATE (468).
statement error 468
SELECT code FROM cc_codes WHERE name = plain
----
error 468: Cannot resolve the collation conflict between "Latin1_General_CS_AS" and "SQL_Latin1_General_CP1_CI_AS" in the equal to operation.

query T rowsort
SELECT code FROM cc_codes WHERE name = plain COLLATE Latin1_General_CS_AS
----

query I
SELECT COUNT(*) FROM cc_codes c JOIN cc_codes d ON c.code = d.plain COLLATE Latin1_General_BIN2
----
0

# sys.columns shows each column's collation; COLLATIONPROPERTY and sys.fn_helpcollations describe them.
query TT
SELECT name, collation_name FROM sys.columns WHERE object_id = OBJECT_ID('cc_codes') ORDER BY column_id
----
code	Latin1_General_BIN2
name	Latin1_General_CS_AS
plain	SQL_Latin1_General_CP1_CI_AS

# A secondary index on a case-sensitive column finds exactly the rows of its case.
statement ok
CREATE INDEX ix_cc_codes_plain ON cc_codes (plain)

statement ok
CREATE TABLE cc_idx (id int PRIMARY KEY, tag varchar(10) COLLATE SQL_Latin1_General_CP1_CS_AS INDEX ix_cc_idx_tag)

statement ok
INSERT cc_idx VALUES (1, 'Red'), (2, 'red'), (3, 'RED'), (4, 'blue')

query I
SELECT id FROM cc_idx WHERE tag = 'red'
----
2

query I rowsort
SELECT id FROM cc_idx WHERE tag COLLATE SQL_Latin1_General_CP1_CI_AS = 'red'
----
1
2
3

query I rowsort
SELECT id FROM cc_idx WHERE tag = 'red' COLLATE SQL_Latin1_General_CP1_CI_AS
----
1
2
3

# An index in the column's own collation cannot answer a comparison under another one.
query T
SELECT code FROM cc_codes WHERE plain = 'p' COLLATE Latin1_General_CS_AS
----
a

query T rowsort
SELECT code FROM cc_codes WHERE plain > 'P' COLLATE Latin1_General_BIN2 AND plain < 'q' COLLATE Latin1_General_BIN2
----
B 
a

# A join of two binary columns matches case for case.
query TT rowsort
SELECT c.code, d.code FROM cc_codes c JOIN cc_codes d ON c.code = d.code
----
A	A
B 	B 
a	a
b	b

# ALTER TABLE ADD and ALTER COLUMN take a COLLATE clause; ALTER COLUMN without one goes back to
# the database default.
statement ok
ALTER TABLE cc_idx ADD note varchar(10) COLLATE Latin1_General_CI_AI NULL

statement ok
UPDATE cc_idx SET note = 'café' WHERE id = 1

query I
SELECT id FROM cc_idx WHERE note = 'CAFE'
----
1

statement ok
ALTER TABLE cc_idx ALTER COLUMN note varchar(10) COLLATE Latin1_General_BIN NULL

query TT
SELECT name, collation_name FROM sys.columns WHERE object_id = OBJECT_ID('cc_idx') AND name = 'note'
----
note	Latin1_General_BIN

query I
SELECT COUNT(*) FROM cc_idx WHERE note = 'CAFÉ'
----
0

statement ok
ALTER TABLE cc_idx ALTER COLUMN note varchar(10) NULL

query TI
SELECT collation_name, (SELECT COUNT(*) FROM cc_idx WHERE note = 'CAFÉ') FROM sys.columns WHERE object_id = OBJECT_ID('cc_idx') AND name = 'note'
----
SQL_Latin1_General_CP1_CI_AS	1

# Names are case-insensitive and stored as SQL Server spells them.
statement ok
CREATE TABLE cc_names (a varchar(5) COLLATE latin1_general_100_cs_as)

query T
SELECT collation_name FROM sys.columns WHERE object_id = OBJECT_ID('cc_names')
----
Latin1_General_100_CS_AS

statement error 448
CREATE TABLE cc_bad (a varchar(5) COLLATE Klingon_CI_AS)
----
error 448: Invalid collation 'Klingon_CI_AS'.

statement error 447
CREATE TABLE cc_bad (a int COLLATE Latin1_General_BIN2)
----
error 447: Expression type int is invalid for COLLATE clause.

# Table variables and #temp tables keep their columns' collations too.
query I
DECLARE @t TABLE (k varchar(5) COLLATE Latin1_General_CS_AS PRIMARY KEY); INSERT @t VALUES ('a'), ('A'); SELECT COUNT(*) FROM @t WHERE k = 'a'
----
1

query T
CREATE TABLE #cc_tmp (k nvarchar(5) COLLATE Latin1_General_BIN2 PRIMARY KEY); INSERT #cc_tmp VALUES (N'b'), (N'B'), (N'a'); SELECT k FROM #cc_tmp ORDER BY k; DROP TABLE #cc_tmp
----
B
a
b

# SELECT INTO copies the collation of what it selects.
statement ok
SELECT code, name COLLATE Latin1_General_BIN2 AS bname INTO cc_copy FROM cc_codes

query TT
SELECT name, collation_name FROM sys.columns WHERE object_id = OBJECT_ID('cc_copy') ORDER BY column_id
----
code	Latin1_General_BIN2
bname	Latin1_General_BIN2

# Computed columns compare the columns they read under those columns' collations, and take the
# collation of their expression.
statement ok
CREATE TABLE cc_comp (code varchar(10) COLLATE Latin1_General_CS_AS, is_a AS (CASE WHEN code = 'a' THEN 1 ELSE 0 END), bin AS (code COLLATE Latin1_General_BIN2))

statement ok
INSERT cc_comp (code) VALUES ('a'), ('A')

query TI
SELECT code, is_a FROM cc_comp ORDER BY code
----
a	1
A	0

query TT
SELECT name, collation_name FROM sys.columns WHERE object_id = OBJECT_ID('cc_comp') ORDER BY column_id
----
code	Latin1_General_CS_AS
is_a	NULL
bin	Latin1_General_BIN2

statement ok
ALTER TABLE cc_comp ADD is_b AS (CASE WHEN code = 'A' THEN 1 ELSE 0 END)

query TI
SELECT code, is_b FROM cc_comp ORDER BY code
----
a	0
A	1

statement ok
DROP TABLE cc_comp

query TIII
SELECT name, COLLATIONPROPERTY(name, 'CodePage'), COLLATIONPROPERTY(name, 'LCID'), COLLATIONPROPERTY(name, 'ComparisonStyle') FROM sys.fn_helpcollations() WHERE name IN ('SQL_Latin1_General_CP1_CI_AS', 'Latin1_General_CS_AS', 'Latin1_General_CI_AI', 'Latin1_General_BIN2') ORDER BY name
----
Latin1_General_BIN2	1252	1033	0
Latin1_General_CI_AI	1252	1033	196611
Latin1_General_CS_AS	1252	1033	196608
SQL_Latin1_General_CP1_CI_AS	1252	1033	196609

query II
SELECT COLLATIONPROPERTY('Latin1_General_100_CI_AS', 'Version'), COLLATIONPROPERTY('Latin1_General_CI_AS', 'Version')
----
2	0

query T
SELECT CAST(COLLATIONPROPERTY('Klingon_CI_AS', 'LCID') AS varchar(10))
----
NULL

query T
SELECT description FROM sys.fn_helpcollations() WHERE name = 'SQL_Latin1_General_CP1_CS_AS'
----
Latin1-General, case-sensitive, accent-sensitive, kanatype-insensitive, width-insensitive for Unicode Data, SQL Server Sort Order 51 on Code Page 1252 for non-Unicode Data

query T
SELECT CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS varchar(50))
----
SQL_Latin1_General_CP1_CI_AS

statement ok
DROP TABLE cc_codes, cc_idx, cc_names, cc_copy
