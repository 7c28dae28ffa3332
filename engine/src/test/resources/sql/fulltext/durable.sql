# Full-text catalogs, indexes and their contents survive a restart and travel with BACKUP / RESTORE
# (the restart test runs every block in a new engine; each block names its database).
statement ok
CREATE DATABASE ft_durable

statement ok
USE ft_durable
CREATE FULLTEXT CATALOG dcat AS DEFAULT
CREATE TABLE d (k varchar(10) NOT NULL CONSTRAINT pk_d PRIMARY KEY, txt nvarchar(200))
INSERT INTO d VALUES ('a', N'winter snow'), ('b', N'summer sun')
CREATE FULLTEXT INDEX ON d (txt) KEY INDEX pk_d WITH CHANGE_TRACKING MANUAL
----
! Changed database context to 'ft_durable'.

statement ok
USE ft_durable
INSERT INTO d VALUES ('c', N'autumn rain and snow')
----
! Changed database context to 'ft_durable'.

query T rowsort
USE ft_durable
SELECT [KEY] FROM CONTAINSTABLE(d, txt, 'snow')
----
a
! Changed database context to 'ft_durable'.

statement ok
USE ft_durable
ALTER FULLTEXT INDEX ON d START FULL POPULATION
ALTER FULLTEXT INDEX ON d SET CHANGE_TRACKING AUTO
----
! Changed database context to 'ft_durable'.

statement ok
USE ft_durable
DELETE FROM d WHERE k = 'a'
----
! Changed database context to 'ft_durable'.

query T rowsort
USE ft_durable
SELECT k FROM d WHERE CONTAINS(txt, 'snow OR sun')
----
b
c
! Changed database context to 'ft_durable'.

statement ok
USE master
DROP DATABASE ft_durable
----
! Changed database context to 'master'.
