# The xml type's nodes(), exist() and query() methods, beside value(): shredding an xml value into
# rows (nodes() in FROM and on the right of CROSS/OUTER APPLY), the methods on a nodes() row's
# column relative to its node, and SQL Server's errors for what the path subset refuses.

statement ok
CREATE TABLE docs (id int PRIMARY KEY, doc xml)

statement ok
INSERT docs VALUES (1, N'<orders><o id="1" qty="3"><sku>A1</sku></o><o id="2" qty="5"><sku>B2</sku><item>x</item><item>y</item></o></orders>'), (2, N'<orders><o id="3" qty="1"><sku>C3</sku></o></orders>'), (3, NULL), (4, N'<orders/>')

# nodes() over a variable: one row per node, value() relative to it.
query IT
DECLARE @x xml = N'<orders><o id="1" qty="3"><sku>A1</sku></o><o id="2" qty="5"><sku>B2</sku></o></orders>'; SELECT T.c.value('@id', 'int') AS id, T.c.value('(sku/text())[1]', 'varchar(10)') AS sku FROM @x.nodes('/orders/o') AS T(c)
----
1	A1
2	B2

# Without AS, with a predicate, descending with //, and the node itself as '.'.
query T
DECLARE @x xml = N'<r><a>1</a><a>2</a><b><a>3</a></b></r>'; SELECT n.c.value('.', 'varchar(5)') FROM @x.nodes('//a[. > 1]') n(c)
----
2
3

# nodes() over a table column with CROSS APPLY; NULL xml and no match give no row.
query III
SELECT d.id, T.c.value('@id', 'int'), T.c.value('@qty', 'int') FROM docs AS d CROSS APPLY d.doc.nodes('/orders/o') AS T(c) ORDER BY d.id, 2
----
1	1	3
1	2	5
2	3	1

# OUTER APPLY keeps the row, its column NULL and the methods on it NULL.
query IITI
SELECT d.id, T.c.value('@id', 'int'), T.c.query('sku'), CASE WHEN T.c IS NULL THEN 1 ELSE 0 END FROM docs AS d OUTER APPLY doc.nodes('/orders/o') AS T(c) ORDER BY d.id, 2
----
1	1	<sku>A1</sku>	0
1	2	<sku>B2</sku>	0
2	3	<sku>C3</sku>	0
3	NULL	NULL	1
4	NULL	NULL	1

# Nested nodes(): the inner one starts from the outer row's node; its rows still reach the document.
query ITII
SELECT T.c.value('@id', 'int'), I.i.value('.', 'varchar(5)'), I.i.value('(../@id)[1]', 'int'), I.i.value('count(/orders/o)', 'int') FROM docs CROSS APPLY doc.nodes('/orders/o') AS T(c) CROSS APPLY T.c.nodes('item') AS I(i)
----
2	x	2	2
2	y	2	2

# nodes() over a derived table's xml column and in a correlated subquery.
query II
SELECT s.id, T.c.value('@id', 'int') FROM (SELECT id, doc FROM docs WHERE id > 1) AS s CROSS APPLY s.doc.nodes('/orders/o') AS T(c)
----
2	3

query I
SELECT d.id FROM docs AS d WHERE EXISTS (SELECT 1 FROM d.doc.nodes('/orders/o') AS T(c) WHERE T.c.value('@qty', 'int') > 4)
----
1

# A two-part name before nodes( without an alias and column is a function of a schema, as before.
statement error 208
SELECT * FROM dbo.nodes('/a')
----
error 208: Invalid object name 'dbo.nodes'.

# From a node: its parent, the document's root, a count, last().
query TIIT
DECLARE @x xml = N'<r k="9"><a n="1"/><a n="2"/><a n="3"/></r>'; SELECT T.c.value('(../@k)[1]', 'varchar(3)'), T.c.value('count(../a)', 'int'), T.c.value('count(/r/a[@n >= 2])', 'int'), T.c.query('/r/a[last()]') FROM @x.nodes('/r/a[1]') AS T(c)
----
9	3	2	<a n="3"/>

# Methods on the column in WHERE, GROUP BY and ORDER BY.
query II
SELECT T.c.value('@qty', 'int') AS qty, COUNT(*) FROM docs CROSS APPLY doc.nodes('//o') AS T(c) WHERE T.c.exist('sku[. != "B2"]') = 1 GROUP BY T.c.value('@qty', 'int') ORDER BY T.c.value('@qty', 'int') DESC
----
3	1
1	1

# A predicate on the context node itself.
query I
DECLARE @x xml = N'<r><a>1</a><a>2</a></r>'; SELECT COUNT(*) FROM @x.nodes('/r/a') T(c) WHERE T.c IS NOT NULL AND T.c.exist('.[. = 2]') = 1
----
1

# exist(): 1 when the path selects a node, 0 when none, NULL on NULL.
query I
SELECT COUNT(*) FROM docs WHERE doc.exist('/orders/o[@qty > 4]') = 1
----
1

query II
SELECT id, doc.exist('/orders/o[sku = "C3"]') FROM docs ORDER BY id
----
1	0
2	1
3	NULL
4	0

query IIIII
DECLARE @x xml = N'<a b="v"><c>1</c></a>'; SELECT @x.exist('/a[@b = "v"]'), @x.exist('/a[@b = "w"]'), @x.exist('/a/c[1]'), @x.exist('/a/c[2]'), @x.exist('/a[c eq 1 and @b ne "x"]')
----
1	0	1	0	1

# An atomic result, even false, is a non-empty sequence: exist() says 1.
query I
DECLARE @x xml = N'<a/>'; SELECT @x.exist('/a = 5')
----
1

# query(): the selected nodes as a fragment; no match is the empty xml; text() and data() forms.
query TTTTT
DECLARE @x xml = N'<orders><o id="1" qty="3"><sku>A1</sku></o><o id="2" qty="5"><sku>B&amp;2</sku></o></orders>'; SELECT @x.query('/orders/o[1]'), @x.query('/orders/o/sku'), @x.query('/orders/p'), @x.query('/orders/o/sku/text()'), @x.query('data(/orders/o/@id)')
----
<o id="1" qty="3"><sku>A1</sku></o>	<sku>A1</sku><sku>B&amp;2</sku>	(empty)	A1B&amp;2	1 2

query TI
DECLARE @x xml = N'<a>t</a>'; SELECT @x.query('.'), @x.query('count(/a)')
----
<a>t</a>	1

# Attributes in document order; whitespace-only text between markup dropped, as SQL Server stores xml.
query TTI
DECLARE @x xml = N'<r>
  <o qty="3" id="1" b="x"> <sku> A </sku> </o>
</r>'; SELECT @x.query('/r/o'), @x.value('(/r/o/sku)[1]', 'varchar(5)') + '|', @x.value('count(/r/node())', 'int')
----
<o qty="3" id="1" b="x"><sku> A </sku></o>	 A |	1

query T
SELECT CONVERT(nvarchar(max), doc.query('/orders/o[@id = 3]')) FROM docs WHERE id = 2
----
<o id="3" qty="1"><sku>C3</sku></o>

query I
DECLARE @x xml; SELECT CASE WHEN @x.query('/a') IS NULL THEN 1 ELSE 0 END
----
1

# sql:variable() and sql:column(): T-SQL values inside the path.
query IT
DECLARE @x xml = N'<r><a id="1">x</a><a id="2">y</a></r>', @id int = 2, @t varchar(5) = 'x'; SELECT @x.exist('/r/a[@id = sql:variable("@id")]'), @x.query('/r/a[. = sql:variable("@t")]')
----
1	<a id="1">x</a>

query II
SELECT d.id, T.c.value('@id', 'int') FROM docs AS d CROSS APPLY d.doc.nodes('/orders/o[@id = sql:column("d.id")]') AS T(c)
----
1	1

query I
DECLARE @x xml = N'<r><a id="1"/></r>', @id int; SELECT @x.exist('/r/a[@id = sql:variable("@id")]')
----
0

# NULL xml: nodes() gives no row.
query I
DECLARE @x xml; SELECT COUNT(*) FROM @x.nodes('/a') AS T(c)
----
0

# Errors.
statement error 493
DECLARE @x xml = N'<a/>'; SELECT T.c FROM @x.nodes('/a') AS T(c)
----
error 493: The column 'c' that was returned from the nodes() method cannot be used directly. It can only be used with one of the four XML data type methods, exist(), nodes(), query(), and value(), or in IS NULL and IS NOT NULL checks.

statement error 493
DECLARE @x xml = N'<a/>'; SELECT * FROM @x.nodes('/a') AS T(c)
----
error 493: The column 'c' that was returned from the nodes() method cannot be used directly. It can only be used with one of the four XML data type methods, exist(), nodes(), query(), and value(), or in IS NULL and IS NOT NULL checks.

statement error 493
DECLARE @x xml = N'<a/>'; SELECT 1 FROM @x.nodes('/a') AS T(c) WHERE DATALENGTH(c) > 0
----
error 493: The column 'c' that was returned from the nodes() method cannot be used directly. It can only be used with one of the four XML data type methods, exist(), nodes(), query(), and value(), or in IS NULL and IS NOT NULL checks.

statement error 318
DECLARE @x xml = N'<a/>'; SELECT 1 FROM @x.nodes('/a')
----
error 318: The table (and its columns) returned by a table-valued method need to be aliased.

statement error 318
DECLARE @x xml = N'<a/>'; SELECT 1 FROM @x.nodes('/a') AS T WHERE 1 = 1
----
error 318: The table (and its columns) returned by a table-valued method need to be aliased.

statement error 318
SELECT 1 FROM docs AS d CROSS APPLY d.doc.nodes('/a')
----
error 318: The table (and its columns) returned by a table-valued method need to be aliased.

statement error 8159
DECLARE @x xml = N'<a/>'; SELECT 1 FROM @x.nodes('/a') AS T(c, d)
----
error 8159: 'T' has fewer columns than were specified in the column list.

statement error 227
DECLARE @x xml = N'<a/>'; SELECT @x.nodes('/a')
----
error 227: "nodes" is not a valid function, property, or field.

statement error 6306
DECLARE @x xml = N'<a/>'; SELECT @x.exist(' ')
----
error 6306: Invalid XQuery expression passed to XML data type method.

statement error 2390
DECLARE @x xml = N'<a b="1"/>'; SELECT @x.query('/a/@b')
----
error 2390: XQuery [query()]: Top-level attribute nodes are not supported

statement error 2370
DECLARE @x xml = N'<a/>'; SELECT @x.exist('/a]')
----
error 2370: XQuery [exist()]: No more tokens expected at the end of the XQuery expression. Found ']'.

statement error 2209
DECLARE @x xml = N'<a/>'; SELECT @x.exist('/a[@b = ]')
----
error 2209: XQuery [exist()]: Syntax error near ']'

statement error 2395
DECLARE @x xml = N'<a/>'; SELECT @x.exist('/a[starts-with(@b, "x")]')
----
error 2395: XQuery [exist()]: There is no function '{http://www.w3.org/2004/07/xpath-functions}:starts-with()'

statement error 2392
DECLARE @x xml = N'<a/>'; SELECT @x.query('/a/foo::b')
----
error 2392: XQuery [query()]: 'foo::' is not a valid axis

statement error 9335
DECLARE @x xml = N'<a/>'; SELECT @x.query('/a/following-sibling::b')
----
error 9335: XQuery [query()]: The XQuery syntax 'following-sibling::' is not supported.

statement error 9335
DECLARE @x xml = N'<a/><b/>'; SELECT @x.query('/a | /b')
----
error 9335: XQuery [query()]: The XQuery syntax 'union' is not supported.

statement error 2395
DECLARE @x xml = N'<a/>'; SELECT @x.exist('boolean(/a)')
----
error 2395: XQuery [exist()]: There is no function '{http://www.w3.org/2004/07/xpath-functions}:boolean()'

# XPath 1.0 would order text as numbers, SQL Server by code point: refused rather than answered.
statement error 40517
DECLARE @x xml = N'<a b="x"/>'; SELECT @x.exist('/a[@b > "w"]')
----
error 40517: Keyword or statement option 'XQuery ordering comparisons of text' is not supported in this version of SQL Server.

statement error 2229
DECLARE @x xml = N'<a/>'; SELECT @x.exist('/p:a')
----
error 2229: XQuery [exist()]: The name "p" does not denote a namespace.

statement error 2374
DECLARE @x xml = N'<a/>'; SELECT 1 FROM @x.nodes('count(/a)') AS T(c)
----
error 2374: XQuery [nodes()]: A node or set of nodes is required for nodes()

statement error 8172
DECLARE @x xml = N'<a/>', @p nvarchar(10) = N'/a'; SELECT @x.exist(@p)
----
error 8172: The argument 1 of the XML data type method "exist" must be a string literal.

statement error 493
SELECT * FROM docs CROSS APPLY doc.nodes('/orders/o') AS T(c)
----
error 493: The column 'c' that was returned from the nodes() method cannot be used directly. It can only be used with one of the four XML data type methods, exist(), nodes(), query(), and value(), or in IS NULL and IS NOT NULL checks.

statement error 8172
DECLARE @x xml = N'<a/>', @p nvarchar(10) = N'/a'; SELECT 1 FROM @x.nodes(@p) AS T(c)
----
error 8172: The argument 1 of the XML data type method "nodes" must be a string literal.

statement error 258
DECLARE @s nvarchar(10) = N'<a/>'; SELECT 1 FROM @s.nodes('/a') AS T(c)
----
error 258: Cannot call methods on nvarchar.

statement error 40517
DECLARE @x xml = N'<a/>'; SELECT @x.query('for $i in /a return $i')
----
error 40517: Keyword or statement option 'XQuery variables and FLWOR expressions' is not supported in this version of SQL Server.

statement error 40517
DECLARE @x xml = N'<a/>'; SELECT @x.exist('/a[lower-case(.) = "x"]')
----
error 40517: Keyword or statement option 'XQuery function lower-case()' is not supported in this version of SQL Server.

statement error 8137
DECLARE @x xml = N'<a/>'; SELECT @x.modify('delete /a')
----
error 8137: Incorrect use of the XML data type method 'modify'. A non-mutator method is expected in this context.
