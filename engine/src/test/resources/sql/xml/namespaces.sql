# XML namespaces: WITH XMLNAMESPACES before a statement (with or without common tables), the
# prolog's declare namespace / declare default element namespace in the xml methods' queries,
# names compared by namespace URI and local name, and FOR XML RAW/AUTO/PATH writing the
# declarations on their top-level elements.

statement ok
CREATE TABLE nsdoc (id int PRIMARY KEY, doc xml)

statement ok
INSERT nsdoc VALUES (1, N'<o:order xmlns:o="urn:orders" o:no="7"><o:line sku="A">2</o:line><o:line sku="B">5</o:line></o:order>'), (2, N'<order xmlns="urn:orders"><line sku="C">1</line></order>')

# A prefix stands for its URI, whatever prefix the document uses; unprefixed names are in no namespace.
query IIII
DECLARE @x xml = N'<x:r xmlns:x="urn:a"><x:b>1</x:b><b>2</b></x:r>'; WITH XMLNAMESPACES ('urn:a' AS p) SELECT @x.value('(/p:r/p:b)[1]', 'int'), @x.value('(/p:r/b)[1]', 'int'), @x.exist('/r'), @x.exist('/p:r')
----
1	2	0	1

# p:* is any element in p's namespace, *:x an x in any; local-name() and namespace-uri() tell them apart.
query IITI
DECLARE @x xml = N'<r xmlns:a="urn:a" xmlns:b="urn:b"><a:x/><b:y/><a:z/><b:x/></r>'; WITH XMLNAMESPACES ('urn:a' AS p) SELECT @x.value('count(/r/p:*)', 'int'), @x.value('count(/r/*:x)', 'int'), @x.value('local-name((/r/*[namespace-uri(.) = "urn:b"])[1])', 'varchar(5)'), @x.exist('/r/*:x[2]')
----
2	2	y	1

# DEFAULT: unprefixed element names are in it; attribute names never are.
query II
DECLARE @x xml = N'<r xmlns="urn:a" id="5"><b>3</b></r>'; WITH XMLNAMESPACES (DEFAULT 'urn:a') SELECT @x.value('(/r/@id)[1]', 'int'), @x.value('(/r/b)[1]', 'int')
----
5	3

# On a column, in WHERE, and with nodes() and the methods on its rows.
query IIT rowsort
WITH XMLNAMESPACES ('urn:orders' AS o) SELECT d.id, L.l.value('.', 'int'), L.l.value('@sku', 'varchar(5)') FROM nsdoc AS d CROSS APPLY d.doc.nodes('/o:order/o:line') AS L(l) WHERE d.doc.exist('/o:order') = 1
----
1	2	A
1	5	B
2	1	C

query I
DECLARE @x xml = N'<r xmlns:p="urn:a"><p:i n="1"/><p:i n="2"/></r>'; WITH XMLNAMESPACES ('urn:a' AS p) SELECT SUM(T.c.value('@n', 'int')) FROM @x.nodes('/r/p:i') AS T(c)
----
3

# Together with a common table expression.
query I
WITH XMLNAMESPACES ('urn:orders' AS o), c AS (SELECT id, doc FROM nsdoc) SELECT c.doc.value('count(/o:order/o:line)', 'int') FROM c WHERE c.id = 1
----
2

# The query's own prolog.
query IIT
DECLARE @x xml = N'<r xmlns="urn:a"><b>4</b></r>'; SELECT @x.value('declare namespace p="urn:a"; (/p:r/p:b)[1]', 'int'), @x.value('declare default element namespace "urn:a"; (/r/b)[1]', 'int'), @x.value('namespace-uri((/*)[1])', 'varchar(10)')
----
4	4	urn:a

# query() writes the declarations its nodes need.
query TT
DECLARE @x xml = N'<p:r xmlns:p="urn:a"><p:b k="1">x</p:b></p:r>'; WITH XMLNAMESPACES ('urn:a' AS q) SELECT @x.query('/q:r/q:b'), @x.query('declare default element namespace "urn:a"; /r')
----
<p:b xmlns:p="urn:a" k="1">x</p:b>	<p:r xmlns:p="urn:a"><p:b k="1">x</p:b></p:r>

# modify(): paths and constructors in the query's namespaces.
query T
DECLARE @x xml = N'<p:r xmlns:p="urn:a"><p:b>1</p:b></p:r>'; SET @x.modify('declare namespace p="urn:a"; insert <p:c/> into (/p:r)[1]'); SET @x.modify('declare namespace p="urn:a"; delete /p:r/p:b'); SELECT @x
----
<p:r xmlns:p="urn:a"><p:c/></p:r>

query T
DECLARE @x xml = N'<r xmlns="urn:a"/>'; SET @x.modify('declare default element namespace "urn:a"; insert <c/> into (/r)[1]'); SELECT @x
----
<r xmlns="urn:a"><c/></r>

# An element constructed in no namespace under a default one says so.
query T
DECLARE @x xml = N'<r xmlns="urn:a"/>'; SET @x.modify('declare default element namespace "urn:a"; insert element c {"1"} into (/r)[1]'); SET @x.modify('insert <d/> into (/*)[1]'); SELECT @x
----
<r xmlns="urn:a"><c>1</c><d xmlns=""/></r>

statement ok
WITH XMLNAMESPACES ('urn:orders' AS o) UPDATE nsdoc SET doc.modify('replace value of (/o:order/o:line/text())[1] with "9"') WHERE id = 2

query T
SELECT CONVERT(nvarchar(max), doc) FROM nsdoc WHERE id = 2
----
<order xmlns="urn:orders"><line sku="C">9</line></order>

# FOR XML: the declarations on each row's element, prefixed names as written.
statement ok
CREATE TABLE nsprod (id int, name varchar(20), color varchar(10))

statement ok
INSERT nsprod VALUES (316, 'Blade', NULL), (317, 'LL Crankarm', 'Black')

query T
WITH XMLNAMESPACES ('uri' AS ns1) SELECT id AS 'ns1:ProductID', name AS 'ns1:Name', color AS 'ns1:Color' FROM nsprod ORDER BY id FOR XML RAW ('ns1:Prod'), ELEMENTS
----
<ns1:Prod xmlns:ns1="uri"><ns1:ProductID>316</ns1:ProductID><ns1:Name>Blade</ns1:Name></ns1:Prod><ns1:Prod xmlns:ns1="uri"><ns1:ProductID>317</ns1:ProductID><ns1:Name>LL Crankarm</ns1:Name><ns1:Color>Black</ns1:Color></ns1:Prod>

# With ROOT they go on the root only, the last declared first; DEFAULT's names unprefixed.
query T
WITH XMLNAMESPACES ('uri1' AS ns1, 'uri2' AS ns2, DEFAULT 'uri2') SELECT id AS ProductID, name AS Name FROM nsprod ORDER BY id FOR XML RAW ('ns1:Product'), ROOT('ns2:root'), ELEMENTS
----
<ns2:root xmlns="uri2" xmlns:ns2="uri2" xmlns:ns1="uri1"><ns1:Product><ProductID>316</ProductID><Name>Blade</Name></ns1:Product><ns1:Product><ProductID>317</ProductID><Name>LL Crankarm</Name></ns1:Product></ns2:root>

query T
WITH XMLNAMESPACES ('uri1' AS ns1) SELECT id, name FROM nsprod AS "ns1:Product" WHERE id = 316 FOR XML AUTO
----
<ns1:Product xmlns:ns1="uri1" id="316" name="Blade"/>

query T
WITH XMLNAMESPACES ('urn:p' AS p) SELECT id AS '@p:code', name AS 'p:name' FROM nsprod WHERE id = 317 FOR XML PATH('p:item')
----
<p:item xmlns:p="urn:p" p:code="317"><p:name>LL Crankarm</p:name></p:item>

# A FOR XML TYPE subquery of the statement declares them again on its own elements, as SQL Server does.
query T
WITH XMLNAMESPACES ('urn:p' AS p) SELECT 1 AS 'p:a', (SELECT id AS 'p:id' FROM nsprod WHERE id = 316 FOR XML PATH('p:row'), TYPE) FOR XML PATH('p:top')
----
<p:top xmlns:p="urn:p"><p:a>1</p:a><p:row xmlns:p="urn:p"><p:id>316</p:id></p:row></p:top>

# Errors.
statement error 2229
DECLARE @x xml = N'<r/>'; WITH XMLNAMESPACES ('urn:a' AS p) SELECT @x.exist('/q:r')
----
error 2229: XQuery [exist()]: The name "q" does not denote a namespace.

statement error 6846
SELECT id AS 'ns1:id' FROM nsprod FOR XML RAW
----
error 6846: XML name space prefix 'ns1' declaration is missing for FOR XML column name 'ns1:id'.

statement error 6867
WITH XMLNAMESPACES ('uri' AS ns1) SELECT id AS xmlns FROM nsprod FOR XML RAW
----
error 6867: 'xmlns' is invalid in XML tag name in FOR XML PATH, or when WITH XMLNAMESPACES is used with FOR XML.

statement error 6868
WITH XMLNAMESPACES ('uri' AS ns1) SELECT id FROM nsprod FOR XML RAW, XMLDATA
----
error 6868: The following FOR XML features are not supported with WITH XMLNAMESPACES list: EXPLICIT mode, XMLSCHEMA and XMLDATA directives.

statement error 6869
WITH XMLNAMESPACES ('uri' AS ns1, 'uri2' AS ns1) SELECT 1
----
error 6869: Attempt to redefine namespace prefix 'ns1'

statement error 6870
WITH XMLNAMESPACES ('uri' AS [a:b]) SELECT 1
----
error 6870: Prefix 'a:b' used in WITH XMLNAMESPACES clause contains an invalid XML identifier. ':'(0x003A) is the first character at fault.

statement error 6871
WITH XMLNAMESPACES ('uri' AS xmlns) SELECT 1
----
error 6871: Prefix 'xmlns' used in WITH XMLNAMESPACES is reserved and cannot be used as a user-defined prefix.

statement error 6872
WITH XMLNAMESPACES ('uri' AS xml) SELECT 1
----
error 6872: XML namespace prefix 'xml' can only be associated with the URI http://www.w3.org/XML/1998/namespace. This URI cannot be used with other prefixes.

statement error 6874
WITH XMLNAMESPACES ('  ' AS p) SELECT 1
----
error 6874: Empty URI is not allowed in WITH XMLNAMESPACES clause.

# The xml methods apply to a CAST or CONVERT to xml as to any xml expression.
query TI
SELECT CAST('<a><b>1</b><b>2</b></a>' AS xml).query('/a/b[2]'), CONVERT(xml, '<a x="5"/>').value('(/a/@x)[1]', 'int')
----
<b>2</b>	5
