# BACKUP DATABASE carries full-text catalogs and index definitions; RESTORE rebuilds the inverted
# index from the restored rows.
# no-restart: BACKUP and RESTORE report their timings
statement ok
CREATE DATABASE ft_backup

statement ok
USE ft_backup
CREATE FULLTEXT CATALOG dcat AS DEFAULT
CREATE TABLE d (k varchar(10) NOT NULL CONSTRAINT pk_d PRIMARY KEY, txt nvarchar(200))
INSERT INTO d VALUES ('b', N'summer sun'), ('c', N'autumn rain and snow')
CREATE FULLTEXT INDEX ON d (txt) KEY INDEX pk_d
----
! Changed database context to 'ft_backup'.

statement ok
USE master
BACKUP DATABASE ft_backup TO DISK = 'golden_fulltext.bak'

statement ok
RESTORE DATABASE ft_restored FROM DISK = 'golden_fulltext.bak'

query TTT
USE ft_restored
SELECT c.name, i.change_tracking_state_desc, OBJECT_NAME(i.object_id) FROM sys.fulltext_indexes AS i JOIN sys.fulltext_catalogs AS c ON c.fulltext_catalog_id = i.fulltext_catalog_id
----
! Changed database context to 'ft_restored'.
dcat	AUTO	d

query T rowsort
USE ft_restored
SELECT [KEY] FROM CONTAINSTABLE(d, *, 'rain OR sun OR winter')
----
b
c
! Changed database context to 'ft_restored'.

statement ok
USE ft_restored
INSERT INTO d VALUES ('e', N'spring rain')
----
! Changed database context to 'ft_restored'.

query T rowsort
USE ft_restored
SELECT k FROM d WHERE CONTAINS(txt, 'rain')
----
c
e
! Changed database context to 'ft_restored'.

statement ok
USE master
DROP DATABASE ft_restored
DROP DATABASE ft_backup
----
! Changed database context to 'master'.
