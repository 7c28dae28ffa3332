# FOR XML PATH: processing-instruction(name) and comment() columns.

query T
SELECT (SELECT 'SELECT 1 < 2 AND x > ''y''' AS [processing-instruction(query)] FOR XML PATH(''))
----
<?query SELECT 1 < 2 AND x > 'y'?>

query T
SELECT (SELECT 'a note' AS [comment()] FOR XML PATH(''))
----
<!--a note-->

query T
SELECT (SELECT 1 AS [@id], 'go' AS [processing-instruction(run)], 'v' AS [text()] FOR XML PATH('row'))
----
<row id="1"><?run go?>v</row>

query T
SELECT (SELECT 'inner' AS [a/processing-instruction(pi)], 'c' AS [a/comment()] FOR XML PATH(''))
----
<a><?pi inner?><!--c--></a>

query T
SELECT (SELECT '' AS [processing-instruction(empty)] FOR XML PATH(''))
----
<?empty?>

query T
SELECT (SELECT CAST(NULL AS varchar(10)) AS [processing-instruction(gone)], 'x' AS [b] FOR XML PATH(''))
----
<b>x</b>

# With TYPE the instruction is an xml value, kept as it is.
statement ok
CREATE TABLE #pi (id int, doc xml NULL)

statement ok
INSERT #pi (id) VALUES (1)

statement ok
UPDATE p SET doc = (SELECT N'WAITFOR DELAY ''00:00:01'' -- a < b' AS [processing-instruction(query)] FOR XML PATH(''), TYPE) FROM #pi AS p

query T
SELECT CONVERT(nvarchar(max), doc) FROM #pi
----
<?query WAITFOR DELAY '00:00:01' -- a < b?>

statement ok
DROP TABLE #pi
