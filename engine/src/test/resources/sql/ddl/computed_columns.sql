# Computed columns: computed on read, PERSISTED ones stored and kept up to date, their type from
# the expression, never a target of INSERT/UPDATE (271), usable in WHERE/ORDER BY and indexable
# when PERSISTED.
statement ok
CREATE TABLE items (id int PRIMARY KEY, price decimal(10,2), qty int, total AS price * qty, label AS UPPER(name) + ':' + CAST(qty AS varchar(10)), name varchar(20))

statement ok
INSERT INTO items (id, price, qty, name) VALUES (1, 2.50, 4, 'apple'), (2, 1.25, 10, 'pear'), (3, NULL, 1, 'fig')

query IRRITT
SELECT id, price, total, qty, label, name FROM items ORDER BY id
----
1	2.50	10.00	4	APPLE:4	apple
2	1.25	12.50	10	PEAR:10	pear
3	NULL	NULL	1	FIG:1	fig

describe
SELECT total, label FROM items
----
total	decimal(21,2)	NULL
label	varchar(31)	NULL

query IR
SELECT id, total FROM items WHERE total > 10 ORDER BY total DESC
----
2	12.50

query I
UPDATE items SET qty = qty + 1 WHERE id = 1
SELECT total FROM items WHERE id = 1
----
12.50

statement error 271
INSERT INTO items (id, total) VALUES (9, 1)
----
error 271: The column "total" cannot be modified because it is either a computed column or is the result of a UNION operator.

statement error 271
UPDATE items SET total = 0
----
error 271: The column "total" cannot be modified because it is either a computed column or is the result of a UNION operator.

statement error 213
INSERT INTO items VALUES (9, 1, 1, 1, 'x', 'y')
----
error 213: Column name or number of supplied values does not match table definition.

query IIITT
SELECT c.name, c.is_computed, cc.is_persisted, cc.definition, TYPE_NAME(c.system_type_id) FROM sys.columns c LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id WHERE c.object_id = OBJECT_ID('items') ORDER BY c.column_id
----
id	0	NULL	NULL	int
price	0	NULL	NULL	decimal
qty	0	NULL	NULL	int
total	1	0	([price]*[qty])	decimal
label	1	0	((upper([name])+':')+CONVERT([varchar](10),[qty]))	varchar
name	0	NULL	NULL	varchar

# PERSISTED: stored, recomputed by UPDATE, indexable.
statement ok
CREATE TABLE rect (id int PRIMARY KEY, w int NOT NULL, h int NOT NULL, area AS w * h PERSISTED)

statement ok
INSERT INTO rect (id, w, h) VALUES (1, 2, 3), (2, 4, 5), (3, 1, 1)
CREATE INDEX ix_area ON rect (area)

query II
UPDATE rect SET w = 10 WHERE id = 3
SELECT id, area FROM rect WHERE area = 10
----
3	10

query II
SELECT id, area FROM rect WHERE area >= 6 ORDER BY area
----
1	6
3	10
2	20

statement ok
CREATE TABLE codes (code varchar(10) NOT NULL, norm AS UPPER(code) PERSISTED UNIQUE)

statement error 2627
INSERT INTO codes (code) VALUES ('abc'), ('ABC')
----
error 2627: Violation of UNIQUE KEY constraint 'UQ__codes__000002783FAF4A4F'. Cannot insert duplicate key in object 'dbo.codes'. The duplicate key value is (ABC).
! The statement has been terminated.

# ALTER TABLE ADD computed columns, both kinds, over existing rows.
query III
ALTER TABLE rect ADD perimeter AS 2 * (w + h)
ALTER TABLE rect ADD half AS w * h / 2 PERSISTED
SELECT id, perimeter, half FROM rect ORDER BY id
----
1	10	3
2	18	10
3	22	5

query III
SELECT id, perimeter, half FROM rect WHERE half > 3 ORDER BY id
----
2	18	10
3	22	5

# Errors.
statement error 207
CREATE TABLE bad1 (a int, c AS a + nope)
----
error 207: Invalid column name 'nope'.

statement error 1759
CREATE TABLE bad2 (a int, c AS a + 1, d AS c + 1)
----
error 1759: Computed column 'c' in table 'bad2' is not allowed to be used in another computed-column definition.

statement error 1759
ALTER TABLE rect ADD twice AS area * 2
----
error 1759: Computed column 'area' in table 'rect' is not allowed to be used in another computed-column definition.

statement error 4936
CREATE TABLE bad3 (a int, c AS DATEADD(day, a, GETDATE()) PERSISTED)
----
error 4936: Computed column 'c' in table 'bad3' cannot be persisted because the column is non-deterministic.

statement error 8183
CREATE TABLE bad4 (a int, c AS a + 1 NOT NULL)
----
error 8183: Only UNIQUE or PRIMARY KEY constraints can be created on computed columns, while CHECK, FOREIGN KEY, and NOT NULL constraints require that computed columns be persisted.

# A deterministic computed column is indexable without PERSISTED: the index stays right as the
# columns it reads change.
query II
CREATE INDEX ix_perimeter ON rect (perimeter)
UPDATE rect SET h = 4 WHERE id = 1
SELECT id, perimeter FROM rect WHERE perimeter = 12
SELECT id, perimeter FROM rect WHERE perimeter = 10
DELETE FROM rect WHERE perimeter = 999
SELECT COUNT(*), SUM(perimeter) FROM rect WHERE perimeter > 0
DROP INDEX ix_perimeter ON rect
----
1	12
3	52

statement error 2729
CREATE TABLE stamped (a int, c AS DATEADD(day, a, GETDATE()))
CREATE INDEX ix_c ON stamped (c)
----
error 2729: Column 'c' in table 'stamped' cannot be used in an index or statistics or as a partition key because it is non-deterministic.

statement error 1046
CREATE TABLE bad5 (a int, c AS (SELECT 1))
----
error 1046: Subqueries are not allowed in this context. Only scalar expressions are allowed.

statement error 5074
ALTER TABLE rect DROP COLUMN w
----
error 5074: The column 'area' is dependent on column 'w'.
error 4922: ALTER TABLE DROP COLUMN w failed because one or more objects access this column.

statement error 5074
ALTER TABLE rect ALTER COLUMN h bigint NOT NULL
----
error 5074: The column 'area' is dependent on column 'h'.
error 4922: ALTER TABLE ALTER COLUMN h failed because one or more objects access this column.

statement error 4928
ALTER TABLE rect ALTER COLUMN perimeter int
----
error 4928: Cannot alter column 'perimeter' because it is 'COMPUTED'.

query I
ALTER TABLE rect DROP COLUMN perimeter
SELECT COUNT(*) FROM sys.columns WHERE object_id = OBJECT_ID('rect')
----
5

# sp_rename of a column: computed columns and index filters that read it follow the new name.
query TTIT
CREATE TABLE ren (a int, b int, c AS a + b PERSISTED, d AS a * 2)
CREATE INDEX ix_b ON ren (b) WHERE a > 0
INSERT INTO ren (a, b) VALUES (1, 2), (-1, 5)
EXEC sp_rename 'ren.a', 'alpha', 'COLUMN'
SELECT cc.definition, i.filter_definition, r.c, CAST(r.d AS varchar(5)) FROM ren r, sys.computed_columns cc, sys.indexes i WHERE cc.object_id = OBJECT_ID('ren') AND cc.name = 'c' AND i.name = 'ix_b' AND r.b = 2
----
! Caution: Changing any part of an object name could break scripts and stored procedures.
([alpha]+[b])	([alpha]>(0))	3	2

# ON UPDATE CASCADE recomputes the child's PERSISTED computed columns that read the key.
query ITT
CREATE TABLE parent (code varchar(5) PRIMARY KEY)
CREATE TABLE child (id int PRIMARY KEY, code varchar(5) REFERENCES parent (code) ON UPDATE CASCADE, tag AS 'c-' + code PERSISTED, shown AS LOWER(code))
INSERT INTO parent VALUES ('AB')
INSERT INTO child (id, code) VALUES (1, 'AB')
UPDATE parent SET code = 'XY'
SELECT id, tag, shown FROM child WHERE tag = 'c-XY'
----
1	c-XY	xy

statement error 11719
CREATE SEQUENCE seq_cc
CREATE TABLE bad6 (a int, c AS NEXT VALUE FOR seq_cc)
----
error 11719: NEXT VALUE FOR function is not allowed in check constraints, default objects, computed columns, views, user-defined functions, user-defined aggregates, user-defined table types, sub-queries, common table expressions, derived tables or return statements.

statement error 2627
ALTER TABLE ren ADD CONSTRAINT uq_d UNIQUE (d)
INSERT INTO ren (alpha, b) VALUES (1, 50)
----
error 2627: Violation of UNIQUE KEY constraint 'uq_d'. Cannot insert duplicate key in object 'dbo.ren'. The duplicate key value is (2).
! The statement has been terminated.

query II
ALTER TABLE ren ADD CONSTRAINT uq_c UNIQUE (c)
SELECT alpha, c FROM ren WHERE c = 3
----
1	3

# ALTER COLUMN … ADD / DROP PERSISTED.
query II
ALTER TABLE ren ALTER COLUMN d ADD PERSISTED
CREATE INDEX ix_d ON ren (d)
SELECT alpha, d FROM ren WHERE d = -2
----
-1	-2

query T
SELECT CAST(is_persisted AS varchar(1)) FROM sys.computed_columns WHERE object_id = OBJECT_ID('ren') AND name = 'd'
----
1

query T
ALTER TABLE ren ALTER COLUMN d DROP PERSISTED
INSERT INTO ren (alpha, b) VALUES (5, 0)
SELECT CAST(d AS varchar(5)) FROM ren WHERE d = 10
----
10

query T
DROP INDEX ix_d ON ren
ALTER TABLE ren DROP CONSTRAINT uq_d
DELETE FROM ren WHERE alpha = 5
ALTER TABLE ren ALTER COLUMN d DROP PERSISTED
SELECT CAST(is_persisted AS varchar(1)) + ':' + CAST(SUM(d) AS varchar(5)) FROM sys.computed_columns, ren WHERE object_id = OBJECT_ID('ren') AND name = 'd' GROUP BY is_persisted
----
0:0

statement error 4919
ALTER TABLE ren ALTER COLUMN b ADD PERSISTED
----
error 4919: PERSISTED attribute cannot be altered on column 'b' because this column is not computed.

statement error 4936
ALTER TABLE stamped ALTER COLUMN c ADD PERSISTED
----
error 4936: Computed column 'c' in table 'stamped' cannot be persisted because the column is non-deterministic.

statement error 156
CREATE TABLE bad7 (a int, c AS a + 1 DEFAULT 2)
----
error 156: Incorrect syntax near the keyword 'DEFAULT'.

# sys.computed_columns.definition in SQL Server's normalized form.
query T
CREATE TABLE shapes (a int, b int, d date, s varchar(10), n1 AS a + b * 2, n2 AS (a + b) * -1, n3 AS DATEPART(year, d), n4 AS CASE WHEN a > 0 THEN ISNULL(s, 'x') ELSE 'y' END, n5 AS CAST(a AS bigint) % 7, n6 AS s + ' ' + s + '!')
SELECT definition FROM sys.computed_columns WHERE object_id = OBJECT_ID('shapes') ORDER BY column_id
----
([a]+([b]*(2)))
(([a]+[b])*(-1))
(datepart(year,[d]))
(case when [a]>(0) then isnull([s],'x') else 'y' end)
(CONVERT([bigint],[a])%(7))
((([s]+' ')+[s])+'!')

# Table variables, OUTPUT and SELECT INTO see computed columns like any other.
query III
DECLARE @t TABLE (a int, twice AS a * 2, kept AS a + 100 PERSISTED)
INSERT INTO @t (a) OUTPUT inserted.a, inserted.twice, inserted.kept VALUES (1), (2)
----
1	2	101
2	4	102

query II
SELECT id, total INTO items_copy FROM items WHERE id < 3
UPDATE items_copy SET total = total + 1
SELECT id, total FROM items_copy ORDER BY id
----
1	13.50
2	13.50

# Inside TRY, CATCH sees the last of 5074 and 4922, as in SQL Server.
query IT
BEGIN TRY
  ALTER TABLE rect DROP COLUMN h
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER(), ERROR_MESSAGE()
END CATCH
----
4922	ALTER TABLE DROP COLUMN h failed because one or more objects access this column.
