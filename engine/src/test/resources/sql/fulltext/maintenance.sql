# The full-text index follows INSERT, UPDATE, DELETE, MERGE and TRUNCATE in their transaction
# (rolled back with it); MANUAL and OFF change tracking wait for a population.
# no-restart: the blocks share USE ft_maint (durable.sql restarts)
statement ok
CREATE DATABASE ft_maint

statement ok
USE ft_maint
----
! Changed database context to 'ft_maint'.

statement ok
CREATE FULLTEXT CATALOG c1 AS DEFAULT
CREATE TABLE notes (id int NOT NULL, txt varchar(max) NULL, CONSTRAINT pk_notes PRIMARY KEY (id))
CREATE FULLTEXT INDEX ON notes (txt) KEY INDEX pk_notes

query I
SELECT COUNT(*) FROM notes WHERE CONTAINS(txt, 'apple')
----
0

statement ok
INSERT INTO notes VALUES (1, 'apple pie'), (2, 'banana bread'), (3, NULL)

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'apple OR banana')
----
1
2

statement ok
UPDATE notes SET txt = 'cherry tart' WHERE id = 1

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'apple OR cherry')
----
1

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'apple')
----

statement ok
UPDATE notes SET id = 10 WHERE id = 2

query I rowsort
SELECT [KEY] FROM CONTAINSTABLE(notes, txt, 'banana')
----
10

statement ok
UPDATE notes SET txt = 'apple crumble' WHERE id = 3

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'apple')
----
3

statement ok
DELETE FROM notes WHERE id = 3

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'apple OR crumble')
----

statement ok
BEGIN TRANSACTION
INSERT INTO notes VALUES (4, 'durian smoothie')
UPDATE notes SET txt = 'elderberry wine' WHERE id = 1

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'durian OR elderberry')
----
1
4

statement ok
ROLLBACK

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'durian OR elderberry OR cherry')
----
1

statement ok
MERGE notes AS t USING (VALUES (1, 'fig jam'), (5, 'grape juice')) AS s (id, txt) ON t.id = s.id
WHEN MATCHED THEN UPDATE SET txt = s.txt
WHEN NOT MATCHED THEN INSERT (id, txt) VALUES (s.id, s.txt);

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'fig OR grape OR cherry')
----
1
5

statement error 2627
INSERT INTO notes VALUES (6, 'honeydew melon'), (5, 'kiwi')
----
error 2627: Violation of PRIMARY KEY constraint 'pk_notes'. Cannot insert duplicate key in object 'dbo.notes'. The duplicate key value is (5).
! The statement has been terminated.

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'honeydew OR kiwi')
----

statement ok
TRUNCATE TABLE notes

query I rowsort
SELECT COUNT(*) FROM CONTAINSTABLE(notes, *, 'fig OR grape OR banana')
----
0

statement ok
INSERT INTO notes VALUES (7, 'lemon curd')

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'lemon')
----
7

statement ok
ALTER FULLTEXT INDEX ON notes SET CHANGE_TRACKING MANUAL

statement ok
INSERT INTO notes VALUES (8, 'lemon tart')

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'lemon')
----
7

statement ok
ALTER FULLTEXT INDEX ON notes START UPDATE POPULATION

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'lemon')
----
7
8

statement ok
ALTER FULLTEXT INDEX ON notes SET CHANGE_TRACKING OFF

statement ok
DELETE FROM notes WHERE id = 7

query I rowsort
SELECT [KEY] FROM CONTAINSTABLE(notes, txt, 'lemon')
----
7
8

statement error 7664
ALTER FULLTEXT INDEX ON notes START UPDATE POPULATION
----
error 7664: Full-text change tracking must be started on table or indexed view 'dbo.notes' before the changes can be flushed.

statement ok
ALTER FULLTEXT INDEX ON notes START FULL POPULATION

query I rowsort
SELECT [KEY] FROM CONTAINSTABLE(notes, txt, 'lemon')
----
8

statement ok
ALTER FULLTEXT INDEX ON notes SET CHANGE_TRACKING AUTO
INSERT INTO notes VALUES (9, 'mango lassi')

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'mango OR lemon')
----
8
9

statement ok
ALTER FULLTEXT INDEX ON notes DISABLE
INSERT INTO notes VALUES (11, 'nectarine')

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'nectarine')
----

statement ok
ALTER FULLTEXT INDEX ON notes ENABLE

query I rowsort
SELECT id FROM notes WHERE CONTAINS(txt, 'nectarine')
----
11

statement ok
CREATE TABLE other (id int NOT NULL PRIMARY KEY, a nvarchar(50), b nvarchar(50))
CREATE UNIQUE INDEX ux_other ON other (id)
INSERT INTO other VALUES (1, N'olive', N'oil'), (2, N'pear', N'olive')
CREATE FULLTEXT INDEX ON other (a) KEY INDEX ux_other WITH CHANGE_TRACKING OFF, NO POPULATION

query I rowsort
SELECT id FROM other WHERE CONTAINS(a, 'olive')
----

statement ok
ALTER FULLTEXT INDEX ON other ADD (b)

query I rowsort
SELECT id FROM other WHERE CONTAINS(*, 'olive')
----
1
2

statement ok
ALTER FULLTEXT INDEX ON other DROP (a)

query I rowsort
SELECT id FROM other WHERE CONTAINS(*, 'olive')
----
2

statement ok
DROP FULLTEXT INDEX ON other
DROP TABLE notes
DROP FULLTEXT CATALOG c1

statement ok
USE master
DROP DATABASE ft_maint
----
! Changed database context to 'master'.
