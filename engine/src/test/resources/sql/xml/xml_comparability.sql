# xml is not comparable: SQL Server refuses it in comparisons and sort keys (305), DISTINCT (421)
# and UNION / INTERSECT / EXCEPT (5335); IS NULL and what its methods return are comparable.
statement ok
CREATE TABLE dbo.xc_docs (id int PRIMARY KEY, doc xml)

statement ok
INSERT dbo.xc_docs VALUES (1, '<a n="2"/>'), (2, '<a n="1"/>'), (3, NULL)

statement error 305
SELECT id FROM dbo.xc_docs WHERE doc = doc
----
error 305: The XML data type cannot be compared or sorted, except when using the IS NULL operator.

statement error 305
SELECT id FROM dbo.xc_docs ORDER BY doc

statement error 305
SELECT COUNT(*) FROM dbo.xc_docs GROUP BY doc

statement error 305
SELECT ROW_NUMBER() OVER (PARTITION BY doc ORDER BY id) FROM dbo.xc_docs

statement error 305
SELECT ROW_NUMBER() OVER (ORDER BY doc) FROM dbo.xc_docs

statement error 305
SELECT id FROM dbo.xc_docs WHERE doc IN (SELECT doc FROM dbo.xc_docs)

statement error 421
SELECT DISTINCT doc FROM dbo.xc_docs
----
error 421: The xml data type cannot be selected as DISTINCT because it is not comparable.

statement error 5335
SELECT doc FROM dbo.xc_docs UNION SELECT doc FROM dbo.xc_docs
----
error 5335: The data type xml cannot be used as an operand to the UNION, INTERSECT or EXCEPT operators because it is not comparable.

query I
SELECT COUNT(*) FROM (SELECT doc FROM dbo.xc_docs UNION ALL SELECT doc FROM dbo.xc_docs) AS u
----
6

query I
SELECT id FROM dbo.xc_docs WHERE doc IS NOT NULL ORDER BY doc.value('(/a/@n)[1]', 'int')
----
2
1

query I
SELECT id FROM dbo.xc_docs WHERE CAST(doc AS nvarchar(max)) = N'<a n="1"/>'
----
2

statement ok
DROP TABLE dbo.xc_docs
