# Typed xml ("Compare Typed XML to Untyped XML"): xml([CONTENT | DOCUMENT] collection) in columns,
# variables, parameters, return types and CAST; every value of another type assigned to it is
# validated against the collection, with SQL Server's "XML Validation" errors.
statement ok
CREATE XML SCHEMA COLLECTION sc AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="r"><xsd:complexType><xsd:sequence><xsd:element name="d" type="xsd:decimal" minOccurs="0"/><xsd:element name="i" type="xsd:int" minOccurs="0" maxOccurs="2"/><xsd:element name="s" type="xsd:string" minOccurs="0"/></xsd:sequence><xsd:attribute name="a" type="xsd:int"/><xsd:attribute name="k" type="xsd:string" use="optional"/></xsd:complexType></xsd:element><xsd:element name="req"><xsd:complexType><xsd:sequence><xsd:element name="must" type="xsd:string"/></xsd:sequence><xsd:attribute name="id" type="xsd:int" use="required"/></xsd:complexType></xsd:element><xsd:element name="n" type="xsd:int" nillable="true"/></xsd:schema><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified"><xsd:element name="t"><xsd:complexType><xsd:sequence><xsd:element name="v" type="xsd:int"/></xsd:sequence></xsd:complexType></xsd:element></xsd:schema>'

# CAST and CONVERT to typed xml validate; CONTENT (the default) admits several top-level elements.
query T
SELECT CAST('<r a="1"><d>1.5</d><i>2</i></r>' AS xml(sc))
----
<r a="1"><d>1.5</d><i>2</i></r>

query T
SELECT CONVERT(xml(CONTENT dbo.sc), '<r/><n>5</n>')
----
<r/><n>5</n>

query T
SELECT CAST(N'<t xmlns="urn:t"><v>7</v></t>' AS xml(DOCUMENT sc))
----
<t xmlns="urn:t"><v>7</v></t>

query T
SELECT CAST(NULL AS xml(sc))
----
NULL

query T
SELECT CONVERT(nvarchar(max), CAST('' AS xml(sc)))
----
(empty)

statement error 6901
SELECT CAST('<r/><r/>' AS xml(DOCUMENT sc))
----
error 6901: XML Validation: XML instance must be a document.

statement error 6901
SELECT CAST('' AS xml(DOCUMENT sc))
----
error 6901: XML Validation: XML instance must be a document.

statement error 6314
SELECT CAST('<r/>' AS xml(no_such))
----
error 6314: Collection specified does not exist in metadata : 'no_such'

# The common validation failures, each located by its path.
statement error 6913
SELECT CAST('<q/>' AS xml(sc))
----
error 6913: XML Validation: Declaration not found for element 'q'. Location: /*:q[1]

statement error 6913
SELECT CAST('<t xmlns="urn:other"/>' AS xml(sc))
----
error 6913: XML Validation: Declaration not found for element '{urn:other}t'. Location: /*:t[1]

statement error 6926
SELECT CAST('<r><d>x</d></r>' AS xml(sc))
----
error 6926: XML Validation: Invalid simple type value: 'x'. Location: /*:r[1]/*:d[1]

statement error 6926
SELECT CAST('<r a="zz"/>' AS xml(sc))
----
error 6926: XML Validation: Invalid simple type value: 'zz'. Location: /*:r[1]/@*:a

statement error 6926
SELECT CAST('<r><i>1</i><i>99999999999</i></r>' AS xml(sc))
----
error 6926: XML Validation: Invalid simple type value: '99999999999'. Location: /*:r[1]/*:i[2]

statement error 6905
SELECT CAST('<r b="1"/>' AS xml(sc))
----
error 6905: XML Validation: Attribute 'b' is not permitted in this context. Location: /*:r[1]

statement error 6906
SELECT CAST('<req><must>x</must></req>' AS xml(sc))
----
error 6906: XML Validation: Required attribute 'id' is missing. Location: /*:req[1]

statement error 6908
SELECT CAST('<req id="1"/>' AS xml(sc))
----
error 6908: XML Validation: Invalid content. Expected element(s): 'must'. Location: /*:req[1]

statement error 6908
SELECT CAST('<t xmlns="urn:t"/>' AS xml(sc))
----
error 6908: XML Validation: Invalid content. Expected element(s): '{urn:t}v'. Location: /*:t[1]

statement error 6965
SELECT CAST('<req id="1"><other/></req>' AS xml(sc))
----
error 6965: XML Validation: Invalid content. Expected element(s): 'must'. Found: element 'other' instead. Location: /*:req[1]/*:other[1].

statement error 6923
SELECT CAST('<r><i>1</i><i>2</i><i>3</i></r>' AS xml(sc))
----
error 6923: XML Validation: Unexpected element(s): i. Location: /*:r[1]/*:i[3]

statement error 6909
SELECT CAST('<r>text</r>' AS xml(sc))
----
error 6909: XML Validation: Text node is not allowed at this location, the type was defined with element only content or with simple content. Location: /*:r[1]

statement error 6912
SELECT CAST('<n><x/></n>' AS xml(sc))
----
error 6912: XML Validation: Element 'n' found in text only content model. Location: /*:n[1]

# xsi:nil on a nillable element is valid; on another it is 6917.
query T
SELECT CAST('<n xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>' AS xml(sc))
----
<n xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>

statement error 6917
SELECT CAST('<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><d xsi:nil="true"/></r>' AS xml(sc))
----
error 6917: XML Validation: Element 'd' may not have xsi:nil="true" because it was not defined as nillable or because it has a fixed value constraint. Location: /*:r[1]/*:d[1]

# TRY_CAST still raises a validation error, as SQL Server does.
statement error 6926
SELECT TRY_CAST('<r><d>x</d></r>' AS xml(sc))
----
error 6926: XML Validation: Invalid simple type value: 'x'. Location: /*:r[1]/*:d[1]

# Columns: INSERT and UPDATE validate; sys.columns shows the collection and DOCUMENT.
statement ok
CREATE TABLE docs (id int PRIMARY KEY, body xml(DOCUMENT sc), loose xml(sc) NULL, plain xml NULL)

query TII
SELECT name, xml_collection_id, CAST(is_xml_document AS int) FROM sys.columns WHERE object_id = OBJECT_ID('docs') ORDER BY column_id
----
id	0	0
body	65536	1
loose	65536	0
plain	0	0

query TII
SELECT name, xml_collection_id, CAST(is_xml_document AS int) FROM sys.all_columns WHERE object_id = OBJECT_ID('docs') AND name = 'body'
----
body	65536	1

query TTI
SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'docs' AND COLUMN_NAME = 'body'
----
body	xml	-1

# sp_columns_100 (mssql-jdbc's getColumns) names a typed column's collection.
query TTTTITIIIIITTIIIITIIIITTTTTTI
EXEC sp_columns_100 'docs', 'dbo', NULL, 'body', 2, 3, 1
----
master	dbo	docs	body	-152	xml	0	0	NULL	NULL	1	NULL	NULL	-152	NULL	NULL	2	YES	0	0	0	0	NULL	NULL	NULL	master	dbo	sc	0

statement ok
INSERT docs (id, body) VALUES (1, '<r><d>2</d></r>'), (2, N'<t xmlns="urn:t"><v>1</v></t>')

statement error 6926
INSERT docs (id, body) VALUES (3, '<r><d>bad</d></r>')
----
error 6926: XML Validation: Invalid simple type value: 'bad'. Location: /*:r[1]/*:d[1]

statement error 6901
INSERT docs (id, body) VALUES (3, '<r/><r/>')
----
error 6901: XML Validation: XML instance must be a document.

statement error 6913
UPDATE docs SET loose = '<z/>' WHERE id = 1
----
error 6913: XML Validation: Declaration not found for element 'z'. Location: /*:z[1]

statement ok
UPDATE docs SET loose = '<r/><r/>', plain = '<anything/>' WHERE id = 1

# Typed to typed of the same collection is not validated again; untyped xml to typed is.
statement ok
UPDATE docs SET loose = body WHERE id = 2

statement error 6913
DECLARE @u xml = '<zz/>';
UPDATE docs SET loose = @u WHERE id = 2
----
error 6913: XML Validation: Declaration not found for element 'zz'. Location: /*:zz[1]

query IT
SELECT id, CONVERT(nvarchar(max), loose) FROM docs ORDER BY id
----
1	<r/><r/>
2	<t xmlns="urn:t"><v>1</v></t>

# The xml methods work on typed xml; modify() validates what it makes.
query TI
SELECT body.value('(/r/d)[1]', 'varchar(10)'), body.exist('/r/d') FROM docs WHERE id = 1
----
2	1

query T
SELECT CONVERT(nvarchar(max), body.query('declare namespace t="urn:t"; /t:t/t:v')) FROM docs WHERE id = 2
----
<v xmlns="urn:t">1</v>

query T
SELECT n.c.value('.', 'int') FROM docs CROSS APPLY body.nodes('declare namespace t="urn:t"; /t:t/t:v') n(c)
----
1

statement ok
UPDATE docs SET body.modify('insert <i>4</i> after (/r/d)[1]') WHERE id = 1

statement error 6965
UPDATE docs SET body.modify('insert <zz/> into (/r)[1]') WHERE id = 1
----
error 6965: XML Validation: Invalid content. Expected element(s): 'i' 's'. Found: element 'zz' instead. Location: /*:r[1]/*:zz[1].

query T
SELECT CONVERT(nvarchar(max), body) FROM docs WHERE id = 1
----
<r><d>2</d><i>4</i></r>

# Variables and table variables.
query I
DECLARE @x xml(sc) = '<r><i>5</i></r>';
SELECT @x.value('(/r/i)[1]', 'int')
----
5

statement error 6926
DECLARE @x xml(sc);
SET @x = '<r><i>no</i></r>'
----
error 6926: XML Validation: Invalid simple type value: 'no'. Location: /*:r[1]/*:i[1]

statement error 6913
DECLARE @x xml(DOCUMENT sc);
SELECT @x = '<nope/>'
----
error 6913: XML Validation: Declaration not found for element 'nope'. Location: /*:nope[1]

statement error 6913
DECLARE @t TABLE (x xml(sc));
INSERT @t VALUES ('<zz/>')
----
error 6913: XML Validation: Declaration not found for element 'zz'. Location: /*:zz[1]

statement error 6965
DECLARE @x xml(sc) = '<r><d>1</d></r>';
SET @x.modify('insert <q/> into (/r)[1]')
----
error 6965: XML Validation: Invalid content. Expected element(s): 'i' 's'. Found: element 'q' instead. Location: /*:r[1]/*:q[1].

# Typed to untyped needs no validation; typed from another collection is validated again.
statement ok
CREATE XML SCHEMA COLLECTION other AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="o" type="xsd:string"/></xsd:schema>'

query T
DECLARE @x xml(sc) = '<r/>';
DECLARE @u xml = @x;
SELECT @u
----
<r/>

statement error 6913
DECLARE @o xml(other) = '<o>1</o>';
DECLARE @x xml(sc) = @o
----
error 6913: XML Validation: Declaration not found for element 'o'. Location: /*:o[1]

# Procedure and function parameters, and a function's return type.
statement ok
CREATE PROCEDURE take_doc @d xml(DOCUMENT sc) AS SELECT @d.value('count(/r/i)', 'int')

query I
EXEC take_doc '<r><i>1</i><i>2</i></r>'
----
2

statement error 6913
EXEC take_doc '<q/>'
----
error 6913: XML Validation: Declaration not found for element 'q'. Location: /*:q[1]

statement error 6901
EXEC take_doc @d = '<r/><r/>'
----
error 6901: XML Validation: XML instance must be a document.

query TII
SELECT name, xml_collection_id, CAST(is_xml_document AS int) FROM sys.parameters WHERE object_id = OBJECT_ID('take_doc')
----
@d	65536	1

statement ok
CREATE FUNCTION echo (@x xml) RETURNS xml(sc) AS BEGIN RETURN @x END

query T
SELECT dbo.echo('<r/>')
----
<r/>

statement error 6913
SELECT dbo.echo('<bad/>')
----
error 6913: XML Validation: Declaration not found for element 'bad'. Location: /*:bad[1]

query TII
SELECT name, xml_collection_id, CAST(is_xml_document AS int) FROM sys.parameters WHERE object_id = OBJECT_ID('echo') ORDER BY parameter_id
----
(empty)	65536	0
@x	0	0

# ALTER TABLE … ADD and ALTER COLUMN to typed xml; existing values are validated.
statement ok
ALTER TABLE docs ADD extra xml(sc) NULL

statement error 6913
ALTER TABLE docs ALTER COLUMN plain xml(sc) NULL
----
error 6913: XML Validation: Declaration not found for element 'anything'. Location: /*:anything[1]

statement ok
UPDATE docs SET plain = NULL

statement ok
ALTER TABLE docs ALTER COLUMN plain xml(sc) NULL

query TI
SELECT name, xml_collection_id FROM sys.columns WHERE object_id = OBJECT_ID('docs') AND name IN ('extra', 'plain') ORDER BY name
----
extra	65536
plain	65536

# A table type's typed column: its variables validate, and it keeps the collection from being dropped.
statement ok
CREATE TYPE dbo.doc_rows AS TABLE (id int, d xml(sc))

statement error 6913
DECLARE @rows dbo.doc_rows;
INSERT @rows VALUES (1, '<nope/>')
----
error 6913: XML Validation: Declaration not found for element 'nope'. Location: /*:nope[1]

query I
DECLARE @rows dbo.doc_rows;
INSERT @rows VALUES (1, '<r/>');
SELECT COUNT(*) FROM @rows
----
1

# A collection in use is not dropped: by a column, then a procedure's parameter, then a function's, then a table type.
statement error 6328
DROP XML SCHEMA COLLECTION sc
----
error 6328: Specified collection 'sc' cannot be dropped because it is used by object 'dbo.docs'.

statement ok
DROP TABLE docs

statement error 6328
DROP XML SCHEMA COLLECTION sc
----
error 6328: Specified collection 'sc' cannot be dropped because it is used by object 'dbo.take_doc'.

statement ok
DROP PROCEDURE take_doc

statement error 6328
DROP XML SCHEMA COLLECTION sc
----
error 6328: Specified collection 'sc' cannot be dropped because it is used by object 'dbo.echo'.

statement ok
DROP FUNCTION echo

statement error 6328
DROP XML SCHEMA COLLECTION sc
----
error 6328: Specified collection 'sc' cannot be dropped because it is used by type 'dbo.doc_rows'.

statement ok
DROP TYPE dbo.doc_rows

statement ok
DROP XML SCHEMA COLLECTION sc

statement error 6314
DECLARE @x xml(sc)
----
error 6314: Collection specified does not exist in metadata : 'sc'
