# FOR XML PATH, RAW and AUTO: a query's rows as one XML text (in rows of 2033 characters to a
# client: ForXmlTest), NULLs left out, text escaped as SQL Server escapes it; the string
# concatenation idiom STUFF((SELECT ',' + x ... FOR XML PATH('')), 1, 1, ''); the errors SQL
# Server gives for what it refuses.

statement ok
CREATE TABLE fx (id int PRIMARY KEY, name nvarchar(20), price decimal(6, 2), qty float, active bit, born date, note nvarchar(20), data varbinary(4))

statement ok
INSERT fx VALUES (1, N'a&b', 12.50, 2.5, 1, '2020-01-31', NULL, 0x0102), (2, N'<x>', NULL, 4, 0, NULL, N'n "q"', NULL), (3, N'c', 1, 0.125, NULL, NULL, NULL, NULL)

# The concatenation idiom: an unnamed column under PATH('') is text, escaped.
query T
SELECT STUFF((SELECT ',' + name FROM fx ORDER BY name FOR XML PATH('')), 1, 1, '')
----
&lt;x&gt;,a&amp;b,c

query IT
SELECT o.id, STUFF((SELECT ';' + CAST(i.id AS varchar(10)) FROM fx AS i WHERE i.id <= o.id ORDER BY i.id DESC FOR XML PATH('')), 1, 1, '') FROM fx AS o ORDER BY o.id
----
1	1
2	2;1
3	3;2;1

# The idiom per group: a subquery in a grouped select list reads the grouping keys.
statement ok
CREATE TABLE fxe (id int, dept int, ename varchar(10)); INSERT fxe VALUES (1, 10, 'bob'), (2, 10, 'ann'), (3, 20, 'cy')

query IT
SELECT e1.dept, STUFF((SELECT ', ' + e2.ename FROM fxe AS e2 WHERE e2.dept = e1.dept ORDER BY e2.ename FOR XML PATH('')), 1, 2, '') AS names FROM fxe AS e1 GROUP BY e1.dept ORDER BY e1.dept
----
10	ann, bob
20	cy

query II
SELECT dept, (SELECT COUNT(*) FROM fxe AS e2 WHERE e2.dept = e1.dept) FROM fxe AS e1 GROUP BY dept HAVING (SELECT MAX(id) FROM fxe AS e3 WHERE e3.dept = e1.dept) > 1 ORDER BY dept
----
10	2
20	1

query T
SELECT REPLACE(REPLACE((SELECT name + CHAR(13) + CHAR(10) + CHAR(9) + '''"' + CHAR(1) FROM fx WHERE id = 3 FOR XML PATH('')), CHAR(10), '[LF]'), CHAR(9), '[TAB]')
----
c&#x0D;[LF][TAB]'"&#x1;

query T
SELECT 1 AS [@a], CHAR(13) + CHAR(10) + CHAR(9) + '''"<&' AS [@b] FOR XML PATH
----
<row a="1" b="&#x0D;&#x0A;&#x09;'&quot;&lt;&amp;"/>

query T
SELECT id FROM fx ORDER BY id FOR XML PATH('')
----
<id>1</id><id>2</id><id>3</id>

query T
SELECT id, name, price, qty, active, born, note, data FROM fx ORDER BY id FOR XML PATH
----
<row><id>1</id><name>a&amp;b</name><price>12.50</price><qty>2.500000000000000e+000</qty><active>1</active><born>2020-01-31</born><data>AQI=</data></row><row><id>2</id><name>&lt;x&gt;</name><qty>4.000000000000000e+000</qty><active>0</active><note>n "q"</note></row><row><id>3</id><name>c</name><price>1.00</price><qty>1.250000000000000e-001</qty></row>

# Attributes, nested paths, text() and data(), ROOT.
query T
SELECT id AS [@id], note AS [@note], name AS [item/name], price AS [item/price], N'x' AS [item/text()] FROM fx ORDER BY id FOR XML PATH('r'), ROOT('rows')
----
<rows><r id="1"><item><name>a&amp;b</name><price>12.50</price>x</item></r><r id="2" note="n &quot;q&quot;"><item><name>&lt;x&gt;</name>x</item></r><r id="3"><item><name>c</name><price>1.00</price>x</item></r></rows>

query T
SELECT id AS [data()] FROM fx ORDER BY id FOR XML PATH('')
----
1 2 3

query T
SELECT id AS [text()] FROM fx ORDER BY id FOR XML PATH('')
----
123

query T
SELECT NULL AS a, N'' AS b, 1 AS [c/@d] FOR XML PATH, ROOT
----
<root><row><b></b><c d="1"/></row></root>

query T
SELECT 'REF' AS [f/@n], 1 AS f, '', 'DES' AS [f/@n], 2 AS f FOR XML PATH('lin')
----
<lin><f n="REF">1</f><f n="DES">2</f></lin>

# Same-named elements in a row run together; * is text.
query T
SELECT 1 AS x, 2 AS x, 3 AS [*] FOR XML PATH
----
<row><x>12</x>3</row>

# RAW: attributes by default, elements under ELEMENTS; names escaped.
query T
SELECT id, name AS [the name], note FROM fx ORDER BY id FOR XML RAW
----
<row id="1" the_x0020_name="a&amp;b"/><row id="2" the_x0020_name="&lt;x&gt;" note="n &quot;q&quot;"/><row id="3" the_x0020_name="c"/>

query T
SELECT id, note FROM fx ORDER BY id FOR XML RAW('item'), ELEMENTS, ROOT('items')
----
<items><item><id>1</id></item><item><id>2</id><note>n "q"</note></item><item><id>3</id></item></items>

query T
SELECT id, note FROM fx WHERE id < 3 ORDER BY id FOR XML RAW, ELEMENTS XSINIL
----
<row xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><id>1</id><note xsi:nil="true"/></row><row xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><id>2</id><note>n "q"</note></row>

query T
SELECT id, data FROM fx WHERE id = 1 FOR XML RAW, BINARY BASE64
----
<row id="1" data="AQI="/>

# AUTO: the element named by the table's alias, or its name as written.
query T
SELECT id, name FROM fx AS t WHERE id < 3 ORDER BY id FOR XML AUTO
----
<t id="1" name="a&amp;b"/><t id="2" name="&lt;x&gt;"/>

query T
SELECT id FROM dbo.fx WHERE id = 1 FOR XML AUTO, ELEMENTS
----
<dbo.fx><id>1</id></dbo.fx>

# TYPE: the value is xml, and nests as markup in an outer FOR XML (escaped text without TYPE).
query T
SELECT o.id AS [@id], (SELECT i.name FROM fx AS i WHERE i.id = o.id FOR XML PATH('n'), TYPE), (SELECT i.id FROM fx AS i WHERE i.id = o.id FOR XML PATH('k')) AS esc FROM fx AS o WHERE o.id = 1 FOR XML PATH('o')
----
<o id="1"><n><name>a&amp;b</name></n><esc>&lt;k&gt;&lt;id&gt;1&lt;/id&gt;&lt;/k&gt;</esc></o>

query T
DECLARE @x nvarchar(max) = (SELECT id FROM fx ORDER BY id FOR XML RAW); SELECT @x
----
<row id="1"/><row id="2"/><row id="3"/>

query T
SELECT id AS [@id], note AS [n/note] FROM fx WHERE id < 3 ORDER BY id FOR XML PATH('e'), ELEMENTS XSINIL, ROOT('r')
----
<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><e id="1"><n><note xsi:nil="true"/></n></e><e id="2"><n><note>n "q"</note></n></e></r>

# An xml value goes in as markup: under RAW as a child element, not an attribute.
query T
SELECT id, CAST(N'<q>z</q>' AS xml) AS doc FROM fx WHERE id = 1 FOR XML RAW
----
<row id="1"><doc><q>z</q></doc></row>

statement error 6851
SELECT CAST(N'<q/>' AS xml) AS [@doc] FOR XML PATH
----
error 6851: Column '@doc' has invalid data type for attribute-centric XML serialization in FOR XML PATH.

statement error 6853
SELECT CAST(N'<q/>' AS xml) AS [text()] FOR XML PATH
----
error 6853: Column 'text()': the last step in the path can't be applied to XML data type or CLR type in FOR XML PATH.

# In a view, whose text is printed back and read again.
statement ok
CREATE VIEW fxv AS SELECT o.id, (SELECT i.id AS [@id], i.name AS [text()] FROM fx AS i WHERE i.id = o.id FOR XML PATH('i'), ROOT('r'), TYPE).value('(/r/i/@id)[1]', 'int') AS back, (SELECT ',' + i.name FROM fx AS i WHERE i.id <= o.id ORDER BY i.id FOR XML PATH('')) AS list FROM fx AS o

query IIT
SELECT id, back, list FROM fxv ORDER BY id
----
1	1	,a&amp;b
2	2	,a&amp;b,&lt;x&gt;
3	3	,a&amp;b,&lt;x&gt;,c

# No row: no result row at the top, NULL as a subquery's value.
query T
SELECT id FROM fx WHERE id > 5 FOR XML PATH
----

query T
SELECT ISNULL((SELECT id FROM fx WHERE id > 5 FOR XML PATH), N'none')
----
none

statement error 6852
SELECT name AS b, id AS [@id] FROM fx FOR XML PATH('r')
----
error 6852: Attribute-centric column '@id' must not come after a non-attribute-centric sibling in XML hierarchy in FOR XML PATH.

statement error 6852
SELECT 'REF' AS [f/@n], 1 AS f, 'DES' AS [f/@n] FOR XML PATH
----
error 6852: Attribute-centric column 'f/@n' must not come after a non-attribute-centric sibling in XML hierarchy in FOR XML PATH.

statement error 6810
SELECT 1 AS [@a], 2 AS [@a] FOR XML PATH
----
error 6810: Column name '@a' is repeated. The same attribute cannot be generated more than once on the same XML tag.

statement error 6864
SELECT id AS [@id] FROM fx FOR XML PATH('')
----
error 6864: Row tag omission (empty row tag name) cannot be used with attribute-centric FOR XML serialization.

statement error 6849
SELECT id AS [a//b] FROM fx FOR XML PATH
----
error 6849: FOR XML PATH error in column 'a//b' - '//' and leading and trailing '/' are not allowed in simple path expressions.

statement error 6850
SELECT id AS [a b] FROM fx FOR XML PATH
----
error 6850: Column name 'a b' contains an invalid XML identifier as required by FOR XML; ' '(0x0020) is the first character at fault.

statement error 6850
SELECT id FROM fx FOR XML PATH('a/b')
----
error 6850: Row name 'a/b' contains an invalid XML identifier as required by FOR XML; '/'(0x002F) is the first character at fault.

statement error 6861
SELECT id FROM fx FOR XML PATH, ROOT('')
----
error 6861: Empty root tag name can't be specified with FOR XML.

statement error 6867
SELECT id AS [xmlns] FROM fx FOR XML PATH
----
error 6867: 'xmlns' is invalid in XML tag name in FOR XML PATH, or when WITH XMLNAMESPACES is used with FOR XML.

statement error 6846
SELECT id AS [a:b] FROM fx FOR XML PATH
----
error 6846: XML name space prefix 'a' declaration is missing for FOR XML column name 'a:b'.

statement error 6809
SELECT id + 1 FROM fx FOR XML RAW
----
error 6809: Unnamed tables cannot be used as XML identifiers as well as unnamed columns cannot be used for attribute names. Name unnamed columns/tables using AS in the SELECT statement.

statement error 6829
SELECT id, data FROM fx FOR XML RAW
----
error 6829: FOR XML EXPLICIT and RAW modes currently do not support addressing binary data as URLs in column 'data'. Remove the column, or use the BINARY BASE64 mode, or create the URL directly using the 'dbobject/TABLE[@PK1="V1"]/@COLUMN' syntax.

statement error 6800
SELECT 1 AS a FOR XML AUTO
----
error 6800: FOR XML AUTO requires at least one table for generating XML tags. Use FOR XML RAW or add a FROM clause with a table name.

statement error 6859
SELECT id FROM fx FOR XML AUTO('x')
----
error 6859: Row tag name is only allowed with RAW or PATH mode of FOR XML.

statement error 6864
SELECT id FROM fx FOR XML RAW('')
----
error 6864: Row tag omission (empty row tag name) cannot be used with attribute-centric FOR XML serialization.

statement error 6819
SELECT id INTO #fxx FROM fx FOR XML PATH
----
error 6819: The FOR XML clause is not allowed in a SELECT INTO statement.

statement error 6819
DECLARE @v nvarchar(max); SELECT @v = name FROM fx FOR XML PATH
----
error 6819: The FOR XML clause is not allowed in a ASSIGNMENT statement.

statement error 40517
SELECT id FROM fx FOR XML EXPLICIT
----
error 40517: Keyword or statement option 'FOR XML EXPLICIT' is not supported in this version of SQL Server.

statement error 40517
SELECT a.id FROM fx AS a JOIN fx AS b ON a.id = b.id FOR XML AUTO
----
error 40517: Keyword or statement option 'FOR XML AUTO over joined tables' is not supported in this version of SQL Server.

# The xml type's value(): the TYPE form of the concatenation idiom reads the text back unescaped.
query T
SELECT STUFF((SELECT ',' + name FROM fx ORDER BY name FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 1, '')
----
<x>,a&b,c

query T
SELECT STUFF((SELECT ', ' + name FROM fx ORDER BY id FOR XML PATH(''), TYPE).value('(./text())[1]', 'nvarchar(max)'), 1, 2, '')
----
a&b, <x>, c

query IIITI
DECLARE @x xml = '<a id="7"><b>12</b><b>13</b></a>'; SELECT @x.value('(/a/b)[1]', 'int'), @x.value('(/a/b)[2]', 'int') + 1, @x.value('/a[1]/@id', 'int'), @x.value('(/a/@id)[1]', 'varchar(5)'), @x.value('(/a/c)[1]', 'int')
----
12	14	7	7	NULL

statement ok
CREATE TABLE fxx (id int, doc xml, s nvarchar(10))

statement ok
INSERT fxx VALUES (1, '<q a="5">z</q>', N'k')

query IIT
SELECT id, doc.value('(/q/@a)[1]', 'int'), fxx.doc.value('.', 'varchar(3)') FROM fxx
----
1	5	z

statement error 2389
DECLARE @x xml = '<a><b>12</b></a>'; SELECT @x.value('/a/b', 'int')
----
error 2389: XQuery [value()]: 'value()' requires a singleton (or empty sequence), found operand of type 'xdt:untypedAtomic *'

statement error 8172
DECLARE @x xml = '<a/>', @p nvarchar(10) = N'.'; SELECT @x.value(@p, 'int')
----
error 8172: The argument 1 of the XML data type method "value" must be a string literal.

statement error 258
SELECT (SELECT id FROM fx FOR XML PATH('')).value('.', 'int')
----
error 258: Cannot call methods on nvarchar(max).

statement error 258
SELECT s.value('.', 'int') FROM fxx
----
error 258: Cannot call methods on nvarchar.

statement error 245
DECLARE @x xml = '<a>x</a>'; SELECT @x.value('(/a)[1]', 'int')
----
error 245: Conversion failed when converting the nvarchar value 'x' to data type int.

statement error 8137
DECLARE @x xml = '<a/>'; SELECT @x.modify('delete /a')
----
error 8137: Incorrect use of the XML data type method 'modify'. A non-mutator method is expected in this context.

statement error 6819
INSERT fxx (id) SELECT id FROM fx FOR XML PATH
----
error 6819: The FOR XML clause is not allowed in a INSERT statement.

statement error 13602
INSERT fxx (id) SELECT id FROM fx FOR JSON PATH
----
error 13602: The FOR JSON clause is not allowed in a INSERT statement.

# Nested, it is a value like any other.
statement ok
INSERT fxx (id, s) SELECT 9, (SELECT TOP 1 ',' + name FROM fx WHERE id = 3 FOR XML PATH(''))

query T
SELECT s FROM fxx WHERE id = 9
----
,c

# A derived table may hold a FOR XML or FOR JSON query: one row, its column the document.
query T
SELECT d.x.value('(/r/@id)[1]', 'int') FROM (SELECT id FROM fx WHERE id = 2 FOR XML RAW('r'), TYPE) AS d(x)
----
2

query T
SELECT j FROM (SELECT id FROM fx WHERE id < 3 ORDER BY id FOR JSON PATH) AS d(j)
----
[{"id":1},{"id":2}]

query T
SELECT d.[XML_F52E2B61-18A1-11d1-B105-00805F49916B] FROM (SELECT id FROM fx WHERE id = 3 FOR XML PATH) AS d
----
<row><id>3</id></row>
