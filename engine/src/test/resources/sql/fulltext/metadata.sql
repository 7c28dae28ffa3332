# Full-text metadata: catalog views, the system stoplist, property functions, dm_fts_index_keywords.
# no-restart: the blocks share USE ft_meta (durable.sql restarts)
statement ok
CREATE DATABASE ft_meta

statement ok
USE ft_meta
----
! Changed database context to 'ft_meta'.

query I
SELECT CONVERT(int, SERVERPROPERTY('IsFullTextInstalled'))
----
1

query I
SELECT DATABASEPROPERTYEX('ft_meta', 'IsFullTextEnabled')
----
1

query II
SELECT FULLTEXTSERVICEPROPERTY('IsFulltextInstalled'), FULLTEXTSERVICEPROPERTY('LoadOSResources')
----
1	0

statement ok
CREATE FULLTEXT CATALOG first_cat
CREATE FULLTEXT CATALOG second_cat WITH ACCENT_SENSITIVITY = ON AS DEFAULT

query TII
SELECT name, is_default, is_accent_sensitivity_on FROM sys.fulltext_catalogs ORDER BY fulltext_catalog_id
----
first_cat	0	0
second_cat	1	1

statement ok
ALTER FULLTEXT CATALOG first_cat AS DEFAULT

query TI
SELECT name, is_default FROM sys.fulltext_catalogs ORDER BY fulltext_catalog_id
----
first_cat	1
second_cat	0

statement ok
CREATE TABLE docs (doc_id int NOT NULL, title varchar(100) NOT NULL, body nvarchar(max), CONSTRAINT pk_docs PRIMARY KEY (doc_id))
INSERT INTO docs VALUES (1, 'Red apples', N'Apples are red. Apples grow on trees.'), (2, 'Green pears', N'Pears are green.')
CREATE FULLTEXT INDEX ON docs (title LANGUAGE 'English', body LANGUAGE 2057) KEY INDEX pk_docs ON second_cat WITH CHANGE_TRACKING MANUAL, STOPLIST OFF

query TTTIIT
SELECT OBJECT_NAME(i.object_id), c.name, i.change_tracking_state_desc, i.is_enabled, i.stoplist_id, x.name
FROM sys.fulltext_indexes AS i JOIN sys.fulltext_catalogs AS c ON c.fulltext_catalog_id = i.fulltext_catalog_id
JOIN sys.indexes AS x ON x.object_id = i.object_id AND x.index_id = i.unique_index_id
----
docs	second_cat	MANUAL	1	NULL	pk_docs

query TI
SELECT COL_NAME(object_id, column_id), language_id FROM sys.fulltext_index_columns WHERE object_id = OBJECT_ID('docs') ORDER BY column_id
----
title	1033
body	2057

query IIIIII
SELECT OBJECTPROPERTY(OBJECT_ID('docs'), 'TableHasActiveFulltextIndex'),
  OBJECTPROPERTY(OBJECT_ID('docs'), 'TableFulltextChangeTrackingOn'),
  OBJECTPROPERTY(OBJECT_ID('docs'), 'TableFulltextBackgroundUpdateIndexOn'),
  CONVERT(int, OBJECTPROPERTYEX(OBJECT_ID('docs'), 'TableFulltextPopulateStatus')),
  COLUMNPROPERTY(OBJECT_ID('docs'), 'body', 'IsFulltextIndexed'),
  COLUMNPROPERTY(OBJECT_ID('docs'), 'doc_id', 'IsFulltextIndexed')
----
1	1	0	0	1	0

query II
SELECT INDEXPROPERTY(OBJECT_ID('docs'), 'pk_docs', 'IsFulltextKey'),
  OBJECTPROPERTY(OBJECT_ID('docs'), 'TableFulltextKeyColumn')
----
1	1

query IIII
SELECT FULLTEXTCATALOGPROPERTY('second_cat', 'AccentSensitivity'), FULLTEXTCATALOGPROPERTY('second_cat', 'ItemCount'),
  FULLTEXTCATALOGPROPERTY('second_cat', 'PopulateStatus'), FULLTEXTCATALOGPROPERTY('nosuch', 'ItemCount')
----
1	2	0	NULL

query TII
SELECT display_term, column_id, document_count FROM sys.dm_fts_index_keywords(DB_ID(), OBJECT_ID('docs')) ORDER BY display_term, column_id
----
apples	2	1
apples	3	1
are	3	2
green	2	1
green	3	1
grow	3	1
on	3	1
pears	2	1
pears	3	1
red	2	1
red	3	1
trees	3	1

query T
SELECT CONVERT(varchar(20), keyword, 1) FROM sys.dm_fts_index_keywords(DB_ID(), OBJECT_ID('docs')) WHERE display_term = 'red' AND column_id = 2
----
0x007200650064

query IT
SELECT COUNT(*), MIN(stopword) FROM sys.fulltext_system_stopwords WHERE language_id = 1033
----
154	$

query I
SELECT COUNT(*) FROM sys.fulltext_stoplists
----
0

statement ok
DROP FULLTEXT INDEX ON docs

query I
SELECT COUNT(*) FROM sys.fulltext_indexes
----
0

statement ok
DROP FULLTEXT CATALOG first_cat
DROP FULLTEXT CATALOG second_cat

query I
SELECT COUNT(*) FROM sys.fulltext_catalogs
----
0

statement ok
USE master
DROP DATABASE ft_meta
----
! Changed database context to 'master'.
