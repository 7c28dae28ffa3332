# SQL Server 2025's VECTOR_SEARCH: the TOP_N rows nearest the given vector with their distance, the
# table's columns under the table's alias and distance under the result's. Quern has no approximate
# index, so the search is exact (SQL Server's own answer without one).
statement ok
CREATE TABLE dbo.vs_docs (id int PRIMARY KEY, title nvarchar(40), embedding vector(3))

statement ok
INSERT dbo.vs_docs VALUES (1, N'north', '[0, 1, 0]'), (2, N'east', '[1, 0, 0]'), (3, N'north-east', '[0.7, 0.7, 0]'),
  (4, N'up', '[0, 0, 1]'), (5, N'none', NULL)

query ITR
DECLARE @q vector(3) = '[0.1, 1, 0]'
SELECT t.id, t.title, ROUND(s.distance, 4) FROM VECTOR_SEARCH(TABLE = dbo.vs_docs AS t, COLUMN = embedding,
  SIMILAR_TO = @q, METRIC = 'cosine', TOP_N = 2) AS s ORDER BY s.distance
----
1	north	0.005
3	north-east	0.226

query IR
DECLARE @q vector(3) = '[1, 0, 0]'
SELECT id, ROUND(distance, 4) FROM VECTOR_SEARCH(TABLE = dbo.vs_docs, COLUMN = embedding, SIMILAR_TO = @q,
  METRIC = 'euclidean', TOP_N = 3) ORDER BY distance, id
----
2	0
3	0.7616
1	1.4142

# The predicate applies after the search (as SQL Server documents for its preview).
query I
DECLARE @q vector(3) = '[1, 0, 0]'
SELECT COUNT(*) FROM VECTOR_SEARCH(TABLE = dbo.vs_docs AS d, COLUMN = embedding, SIMILAR_TO = @q,
  METRIC = 'dot', TOP_N = 2) AS r WHERE d.title LIKE N'n%'
----
1

# Query vectors from another table, one search per row.
statement ok
CREATE TABLE dbo.vs_queries (qid int, v vector(3))

statement ok
INSERT dbo.vs_queries VALUES (10, '[0, 0, 2]'), (20, '[3, 0.1, 0]')

query II rowsort
SELECT q.qid, t.id FROM dbo.vs_queries AS q
CROSS APPLY VECTOR_SEARCH(TABLE = dbo.vs_docs AS t, COLUMN = embedding, SIMILAR_TO = q.v, METRIC = 'cosine', TOP_N = 1) AS s
----
10	4
20	2

# SELECT * gives the table's columns then distance; t.* the table's alone.
query ITI
DECLARE @q vector(3) = '[0, 0, 1]'
SELECT * FROM (SELECT id, title, CAST(distance AS int) AS d FROM VECTOR_SEARCH(TABLE = dbo.vs_docs AS t, COLUMN = embedding,
  SIMILAR_TO = @q, METRIC = 'euclidean', TOP_N = 1) AS s) AS x
----
4	up	0

query ITTR
DECLARE @q vector(3) = '[0, 0, 1]'
SELECT * FROM VECTOR_SEARCH(TABLE = dbo.vs_docs AS t, COLUMN = embedding, SIMILAR_TO = @q, METRIC = 'euclidean', TOP_N = 1) AS s
----
4	up	[0.0000000e+000,0.0000000e+000,1.0000000e+000]	0

query IITT rowsort
SELECT q.qid, t.* FROM dbo.vs_queries AS q
CROSS APPLY VECTOR_SEARCH(TABLE = dbo.vs_docs AS t, COLUMN = embedding, SIMILAR_TO = q.v, METRIC = 'cosine', TOP_N = 1) AS s
----
10	4	up	[0.0000000e+000,0.0000000e+000,1.0000000e+000]
20	2	east	[1.0000000e+000,0.0000000e+000,0.0000000e+000]

statement error 42201
DECLARE @q vector(3) = '[1, 0, 0]'
SELECT * FROM VECTOR_SEARCH(TABLE = dbo.vs_docs, COLUMN = embedding, SIMILAR_TO = @q, METRIC = 'manhattan', TOP_N = 1)

statement error 102
DECLARE @q vector(3) = '[1, 0, 0]'
SELECT * FROM VECTOR_SEARCH(TABLE = dbo.vs_docs, COLUMN = embedding, SIMILAR_TO = @q, TOP_N = 1)

statement error 207
DECLARE @q vector(3) = '[1, 0, 0]'
SELECT * FROM VECTOR_SEARCH(TABLE = dbo.vs_docs, COLUMN = nope, SIMILAR_TO = @q, METRIC = 'dot', TOP_N = 1)

statement error 208
DECLARE @q vector(3) = '[1, 0, 0]'
SELECT * FROM VECTOR_SEARCH(TABLE = dbo.no_such, COLUMN = embedding, SIMILAR_TO = @q, METRIC = 'dot', TOP_N = 1)

statement ok
DROP TABLE dbo.vs_docs, dbo.vs_queries
