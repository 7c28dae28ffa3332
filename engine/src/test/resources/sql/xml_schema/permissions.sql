# no-restart (EXECUTE AS is the session's own state)
# Creating an XML schema collection takes CREATE XML SCHEMA COLLECTION in the database and ALTER on
# its schema; altering and dropping one take ALTER on its schema.
statement ok
CREATE XML SCHEMA COLLECTION owned AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="e" type="xsd:int"/></xsd:schema>'

statement ok
CREATE LOGIN xsduser WITH PASSWORD = 'P@ssw0rd-1';
CREATE USER xsduser FOR LOGIN xsduser;
CREATE SCHEMA xsd_area

statement ok
EXECUTE AS USER = 'xsduser'

statement error 262
CREATE XML SCHEMA COLLECTION xsd_area.mine AS N''
----
error 262: CREATE XML SCHEMA COLLECTION permission denied in database 'master'.

statement error 6347
ALTER XML SCHEMA COLLECTION owned ADD N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="f" type="xsd:int"/></xsd:schema>'
----
error 6347: Specified collection 'owned' cannot be altered because it does not exist or you do not have permission.

statement error 15151
DROP XML SCHEMA COLLECTION owned
----
error 15151: Cannot drop the XML schema collection 'owned', because it does not exist or you do not have permission.

statement ok
REVERT

statement ok
GRANT CREATE XML SCHEMA COLLECTION TO xsduser

statement ok
EXECUTE AS USER = 'xsduser'

# The database permission alone is not enough: ALTER on the schema too.
statement error 2760
CREATE XML SCHEMA COLLECTION xsd_area.mine AS N''
----
error 2760: The specified schema name "xsd_area" either does not exist or you do not have permission to use it.

statement ok
REVERT

statement ok
GRANT ALTER ON SCHEMA::xsd_area TO xsduser

statement ok
EXECUTE AS USER = 'xsduser'

statement ok
CREATE XML SCHEMA COLLECTION xsd_area.mine AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="m" type="xsd:string"/></xsd:schema>'

statement ok
ALTER XML SCHEMA COLLECTION xsd_area.mine ADD N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="n" type="xsd:string"/></xsd:schema>'

statement ok
DROP XML SCHEMA COLLECTION xsd_area.mine

statement ok
REVERT

query TT
SELECT permission_name, type FROM sys.database_permissions WHERE grantee_principal_id = USER_ID('xsduser') AND class = 0 AND permission_name LIKE 'CREATE%'
----
CREATE XML SCHEMA COLLECTION	CRXS

# Typing a column or variable with another's collection takes REFERENCES on it (229 without);
# GRANT … ON XML SCHEMA COLLECTION:: gives it, and ALTER on the collection allows ALTER … ADD.
statement ok
GRANT CREATE TABLE TO xsduser

statement ok
EXECUTE AS USER = 'xsduser'

statement error 229
CREATE TABLE xsd_area.typed (x xml(dbo.owned))
----
error 229: The REFERENCES permission was denied on the object 'owned', database 'master', schema 'dbo'.

statement error 229
DECLARE @x xml(dbo.owned)
----
error 229: The REFERENCES permission was denied on the object 'owned', database 'master', schema 'dbo'.

statement ok
REVERT

statement ok
GRANT REFERENCES, ALTER ON XML SCHEMA COLLECTION::dbo.owned TO xsduser

query TTTT
SELECT p.class_desc, p.permission_name, p.state_desc, c.name FROM sys.database_permissions p JOIN sys.xml_schema_collections c ON c.xml_collection_id = p.major_id WHERE p.class = 10 ORDER BY p.permission_name
----
XML_SCHEMA_COLLECTION	ALTER	GRANT	owned
XML_SCHEMA_COLLECTION	REFERENCES	GRANT	owned

statement ok
EXECUTE AS USER = 'xsduser'

statement ok
CREATE TABLE xsd_area.typed (x xml(dbo.owned))

statement ok
ALTER XML SCHEMA COLLECTION dbo.owned ADD N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="f" type="xsd:int"/></xsd:schema>'

statement error 208
DROP XML SCHEMA COLLECTION dbo.unknown_one
----
error 208: Invalid object name 'dbo.unknown_one'.

statement ok
REVERT

statement error 15151
GRANT REFERENCES ON XML SCHEMA COLLECTION::dbo.no_such TO xsduser
----
error 15151: Cannot find the xml schema collection 'dbo.no_such', because it does not exist or you do not have permission.

statement error 102
GRANT SELECT ON XML SCHEMA COLLECTION::dbo.owned TO xsduser
----
error 102: Incorrect syntax near 'SELECT'.

# A dropped collection's grants go with it.
statement ok
DROP TABLE xsd_area.typed;
DROP XML SCHEMA COLLECTION dbo.owned

query I
SELECT COUNT(*) FROM sys.database_permissions WHERE class = 10
----
0
