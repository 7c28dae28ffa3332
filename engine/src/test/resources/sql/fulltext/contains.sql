# CONTAINS, FREETEXT, CONTAINSTABLE and FREETEXTTABLE over a full-text index: every search condition form.
# no-restart: the blocks share USE ft_db (durable.sql restarts)
statement ok
CREATE DATABASE ft_db

statement ok
USE ft_db
----
! Changed database context to 'ft_db'.

statement ok
CREATE FULLTEXT CATALOG docs AS DEFAULT

statement ok
CREATE TABLE articles (id int NOT NULL CONSTRAINT pk_articles PRIMARY KEY, title nvarchar(200), body nvarchar(max), n int)

statement ok
INSERT INTO articles VALUES
  (1, N'Database systems', N'A database stores data. Relational databases use SQL for queries.', 1),
  (2, N'Search engines', N'Full-text search engines index words and rank documents by relevance.', 2),
  (3, N'Running fast', N'The runner was running in the park; she runs every day.', 3),
  (4, N'Café culture', N'Coffee houses and cafés in Vienna serve strong coffee.', 4),
  (5, N'Data warehouse', N'A data warehouse stores historical data for analysis and reporting.', 5),
  (6, NULL, N'Quick brown fox jumps over the lazy dog', 6)

statement ok
CREATE FULLTEXT INDEX ON articles (title, body) KEY INDEX pk_articles

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'database')
----
1

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'DATA')
----
1
5

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, '"data*"')
----
1
5

query I rowsort
SELECT id FROM articles WHERE CONTAINS(*, '"search engines"')
----
2

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, '"brown fox"')
----
6

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, '"fox brown"')
----

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'data AND warehouse')
----
5

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'data & NOT warehouse')
----
1

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'data &! warehouse')
----
1

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'coffee OR fox')
----
4
6

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'coffee | fox | (data AND NOT stores)')
----
4
6

query I rowsort
SELECT id FROM articles WHERE CONTAINS(title, 'cafe')
----
4

query I rowsort
SELECT id FROM articles WHERE CONTAINS((title, body), 'running')
----
3

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'FORMSOF(INFLECTIONAL, run)')
----
3

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'NEAR((quick, fox), 2)')
----
6

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'NEAR((quick, dog), 2)')
----

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'NEAR((fox, quick), 5, TRUE)')
----

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'quick NEAR dog')
----
6

query I rowsort
SELECT id FROM articles WHERE FREETEXT(body, 'stored databases')
----
1
5

query I rowsort
SELECT id FROM articles WHERE FREETEXT(*, 'runner ran')
----
3

query I rowsort
SELECT id FROM articles WHERE NOT CONTAINS(body, 'data') AND n < 4
----
2
3

query I rowsort
DECLARE @q nvarchar(100) = N'"relational databases"'
SELECT id FROM articles WHERE CONTAINS(body, @q)
----
1

query II
SELECT k.[KEY], CASE WHEN k.RANK > 0 THEN 1 ELSE 0 END FROM CONTAINSTABLE(articles, body, 'data') AS k ORDER BY k.RANK DESC, k.[KEY]
----
5	1
1	1

query IT
SELECT a.id, a.title FROM articles AS a INNER JOIN CONTAINSTABLE(articles, *, 'coffee OR data') AS k ON a.id = k.[KEY] ORDER BY k.RANK DESC, a.id
----
5	Data warehouse
4	Café culture
1	Database systems

query I
SELECT COUNT(*) FROM CONTAINSTABLE(articles, (title, body), 'data OR coffee', 1)
----
1

query I rowsort
SELECT [KEY] FROM FREETEXTTABLE(articles, body, 'stores')
----
1
5

query II
SELECT [KEY], RANK FROM CONTAINSTABLE(articles, body, 'data OR stores') ORDER BY RANK DESC, [KEY]
----
5	585
1	506

query II
SELECT [KEY], RANK FROM FREETEXTTABLE(articles, *, 'coffee databases', 2) ORDER BY RANK DESC, [KEY]
----
1	801
4	718

query I rowsort
SELECT a.id FROM articles AS a WHERE a.n > 0 AND CONTAINS(a.title, 'search OR data*')
----
2
5

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, '"the lazy dog"')
----
6

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'the')
----

query I rowsort
SELECT id FROM articles WHERE CONTAINS(body, 'ISABOUT(coffee WEIGHT(0.8), fox WEIGHT(0.2))')
----
4
6

query I rowsort
SELECT id FROM articles AS a WHERE EXISTS (SELECT 1 FROM articles AS b WHERE b.id = a.id AND CONTAINS(b.body, 'fox'))
----
6
