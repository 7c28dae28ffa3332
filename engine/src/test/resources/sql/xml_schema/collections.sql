# CREATE / ALTER … ADD / DROP XML SCHEMA COLLECTION ("CREATE XML SCHEMA COLLECTION (Transact-SQL)")
# and the catalog views that list them: the built-in sys collection (id 1) comes first, user
# collections are numbered from 65536 in each database.
statement ok
CREATE XML SCHEMA COLLECTION dbo.orders AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="order"><xsd:complexType><xsd:sequence><xsd:element name="id" type="xsd:int"/><xsd:element name="note" type="xsd:string" minOccurs="0"/></xsd:sequence><xsd:attribute name="status" type="xsd:string"/></xsd:complexType></xsd:element><xsd:simpleType name="qty"><xsd:restriction base="xsd:int"><xsd:minInclusive value="1"/></xsd:restriction></xsd:simpleType></xsd:schema>'

query ITITT
SELECT xml_collection_id, schema_id, principal_id, name, CASE WHEN create_date = modify_date THEN 'same' ELSE 'changed' END FROM sys.xml_schema_collections ORDER BY xml_collection_id
----
1	4	NULL	sys	same
65536	1	NULL	orders	same

query ITI
SELECT xml_collection_id, name, xml_namespace_id FROM sys.xml_schema_namespaces
----
65536	(empty)	1

query IIITTTTTTTT
SELECT xml_collection_id, xml_namespace_id, is_qualified, name, symbol_space, symbol_space_desc, kind, kind_desc, derivation, derivation_desc, base_xml_component_id FROM sys.xml_schema_components ORDER BY xml_component_id
----
65536	1	0	order	E	ELEMENT	E	ELEMENT	N	NONE	NULL
65536	1	0	qty	T	TYPE	S	SIMPLE_TYPE	R	RESTRICTION	NULL

# Several xsd:schema elements side by side: one namespace each. A variable of a string type works as a literal.
statement ok
DECLARE @s nvarchar(max) = N'<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:parts" elementFormDefault="qualified"><xs:element name="part" type="xs:string"/></xs:schema><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:tools"><xs:complexType name="toolType"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="size" type="xs:int"/></xs:extension></xs:simpleContent></xs:complexType><xs:element name="tool" type="t:toolType" xmlns:t="urn:tools"/></xs:schema>';
CREATE XML SCHEMA COLLECTION catalogue AS @s

query TI
SELECT n.name, n.xml_namespace_id FROM sys.xml_schema_namespaces n JOIN sys.xml_schema_collections c ON c.xml_collection_id = n.xml_collection_id WHERE c.name = 'catalogue' ORDER BY n.xml_namespace_id
----
urn:parts	1
urn:tools	2

query TTTT
SELECT k.name, k.kind_desc, k.derivation_desc, CAST(k.is_qualified AS varchar(1)) FROM sys.xml_schema_components k JOIN sys.xml_schema_collections c ON c.xml_collection_id = k.xml_collection_id WHERE c.name = 'catalogue' ORDER BY k.xml_component_id
----
part	ELEMENT	NONE	1
toolType	COMPLEX_SIMPLE_TYPE	EXTENSION	1
tool	ELEMENT	NONE	1

# ALTER … ADD: a new namespace, or new components in a namespace the collection has.
statement ok
ALTER XML SCHEMA COLLECTION catalogue ADD N'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:parts"><xs:element name="bin" type="xs:int"/></xs:schema>'

statement ok
ALTER XML SCHEMA COLLECTION dbo.catalogue ADD N'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:more"><xs:attribute name="flag" type="xs:boolean"/></xs:schema>'

query TI
SELECT n.name, n.xml_namespace_id FROM sys.xml_schema_namespaces n WHERE n.xml_collection_id = (SELECT xml_collection_id FROM sys.xml_schema_collections WHERE name = 'catalogue') ORDER BY n.xml_namespace_id
----
urn:parts	1
urn:tools	2
urn:more	3

query T
SELECT CASE WHEN create_date <= modify_date THEN 'ok' END FROM sys.xml_schema_collections WHERE name = 'catalogue'
----
ok

# An empty text adds nothing.
statement ok
ALTER XML SCHEMA COLLECTION catalogue ADD N''

# XML_SCHEMA_NAMESPACE: one namespace's schema (the documents ALTER joined to it included), or all of them.
query T
SELECT XML_SCHEMA_NAMESPACE(N'dbo', N'catalogue', N'urn:parts')
----
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified" targetNamespace="urn:parts"><xs:element name="part" type="xs:string"/><xs:element name="bin" type="xs:int"/></xs:schema>

query T
SELECT XML_SCHEMA_NAMESPACE(N'dbo', N'orders')
----
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="order"><xsd:complexType><xsd:sequence><xsd:element name="id" type="xsd:int"/><xsd:element minOccurs="0" name="note" type="xsd:string"/></xsd:sequence><xsd:attribute name="status" type="xsd:string"/></xsd:complexType></xsd:element><xsd:simpleType name="qty"><xsd:restriction base="xsd:int"><xsd:minInclusive value="1"/></xsd:restriction></xsd:simpleType></xsd:schema>

query I
SELECT XML_SCHEMA_NAMESPACE(N'dbo', N'catalogue').exist('declare namespace xs="http://www.w3.org/2001/XMLSchema"; /xs:schema[@targetNamespace="urn:more"]')
----
1

statement error 6312
SELECT XML_SCHEMA_NAMESPACE(N'dbo', N'catalogue', N'urn:none')
----
error 6312: Could not find schema components with target namespace 'urn:none' in collection 'catalogue'.

statement error 6314
SELECT XML_SCHEMA_NAMESPACE(N'dbo', N'no_such')
----
error 6314: Collection specified does not exist in metadata : 'no_such'

statement error 6353
SELECT XML_SCHEMA_NAMESPACE(N'sys', N'sys')
----
error 6353: Serialization of built-in schemata is not supported.

# Names share the schema's type namespace: a collection, an alias type or a table type of the same name is 219.
statement error 219
CREATE XML SCHEMA COLLECTION orders AS N''
----
error 219: The type 'dbo.orders' already exists, or you do not have permission to create it.

statement ok
CREATE TYPE dbo.phone FROM varchar(20)

statement error 219
CREATE XML SCHEMA COLLECTION phone AS N''
----
error 219: The type 'dbo.phone' already exists, or you do not have permission to create it.

# The same name in another schema is another collection.
statement ok
CREATE SCHEMA sales

statement ok
CREATE XML SCHEMA COLLECTION sales.orders AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="sale" type="xsd:int"/></xsd:schema>'

query TT
SELECT s.name, c.name FROM sys.xml_schema_collections c JOIN sys.schemas s ON s.schema_id = c.schema_id WHERE c.name = 'orders' ORDER BY s.name
----
dbo	orders
sales	orders

statement error 2760
CREATE XML SCHEMA COLLECTION nowhere.c AS N''
----
error 2760: The specified schema name "nowhere" either does not exist or you do not have permission to use it.

# What is imported must be schemas: text, other elements, NULL, a number are refused.
statement error 2378
CREATE XML SCHEMA COLLECTION bad AS N'garbage'
----
error 2378: Expected XML schema document

statement error 2378
CREATE XML SCHEMA COLLECTION bad AS N'<root/>'
----
error 2378: Expected XML schema document

statement error 6361
DECLARE @n nvarchar(100);
CREATE XML SCHEMA COLLECTION bad AS @n
----
error 6361: Invalid null parameter specified. XML Schema Collections can only be created from a non-null value.

statement error 6352
DECLARE @i int = 5;
CREATE XML SCHEMA COLLECTION bad AS @i
----
error 6352: Invalid parameter specified. XML Schema Collections can only be created from a string literal, or from a variable typed as a string or untyped XML.

statement error 9336
CREATE XML SCHEMA COLLECTION bad AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="r"><xsd:complexType><xsd:sequence><xsd:element name="i" type="xsd:int" maxOccurs="unbounded"/></xsd:sequence></xsd:complexType><xsd:unique name="u"><xsd:selector xpath="i"/><xsd:field xpath="."/></xsd:unique></xsd:element></xsd:schema>'
----
error 9336: The XML Schema syntax 'unique' is not supported.

# References the processor cannot resolve.
statement error 2307
CREATE XML SCHEMA COLLECTION bad AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="r" type="nope"/></xsd:schema>'
----
error 2307: Reference to an undefined name 'nope'

statement error 2308
CREATE XML SCHEMA COLLECTION bad AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="r" type="xsd:nope"/></xsd:schema>'
----
error 2308: Reference to an undefined name 'nope' within namespace 'http://www.w3.org/2001/XMLSchema'

query I
SELECT COUNT(*) FROM sys.xml_schema_collections WHERE name = 'bad'
----
0

# ALTER: existing components are not altered (6310); a missing collection is 6347.
statement error 6310
ALTER XML SCHEMA COLLECTION orders ADD N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="order" type="xsd:int"/></xsd:schema>'
----
error 6310: Altering existing schema components is not allowed.  There was an attempt to modify an existing XML Schema component, component namespace: '' component name: 'order' component kind:ELEMENT

statement error 6310
ALTER XML SCHEMA COLLECTION catalogue ADD N'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:tools"><xs:simpleType name="toolType"><xs:restriction base="xs:string"/></xs:simpleType></xs:schema>'
----
error 6310: Altering existing schema components is not allowed.  There was an attempt to modify an existing XML Schema component, component namespace: 'urn:tools' component name: 'toolType' component kind:TYPE

# A component of another symbol space with the same name is a new component.
statement ok
ALTER XML SCHEMA COLLECTION orders ADD N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:complexType name="order"><xsd:sequence/></xsd:complexType></xsd:schema>'

statement error 6347
ALTER XML SCHEMA COLLECTION no_such ADD N''
----
error 6347: Specified collection 'no_such' cannot be altered because it does not exist or you do not have permission.

# DDL is transactional: a collection created or altered in a rolled back transaction leaves nothing.
statement ok
BEGIN TRANSACTION;
CREATE XML SCHEMA COLLECTION passing AS N'';
ALTER XML SCHEMA COLLECTION orders ADD N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="extra" type="xsd:int"/></xsd:schema>';
ROLLBACK

query I
SELECT COUNT(*) FROM sys.xml_schema_collections WHERE name = 'passing'
----
0

query I
SELECT COUNT(*) FROM sys.xml_schema_components k JOIN sys.xml_schema_collections c ON c.xml_collection_id = k.xml_collection_id WHERE c.name = 'orders' AND k.name = 'extra'
----
0

# DROP: a missing collection is 208; an unused one goes. A new collection takes one past the highest id in use.
statement error 208
DROP XML SCHEMA COLLECTION no_such
----
error 208: Invalid object name 'no_such'.

statement ok
DROP XML SCHEMA COLLECTION sales.orders

statement ok
CREATE XML SCHEMA COLLECTION later AS N''

query TI
SELECT name, xml_collection_id FROM sys.xml_schema_collections WHERE xml_collection_id > 1 ORDER BY xml_collection_id
----
orders	65536
catalogue	65537
later	65538
