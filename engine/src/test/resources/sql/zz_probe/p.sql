statement ok
SELECT CAST('<a' AS xml)
----
<a

statement ok
SELECT CAST('<a/><b/>' AS xml)
----
<a/><b/>

statement ok
CREATE TABLE t (x xml)

statement ok
INSERT t VALUES ('<a>1</a>')

query T
SELECT x FROM t
----
<a>1</a>

statement ok
SELECT * FROM sys.xml_schema_collections

statement error 156
CREATE XML SCHEMA COLLECTION c AS N'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:element name="a" type="xsd:int"/></xsd:schema>'
----
error 156: Incorrect syntax near the keyword 'CREATE'.

statement error 102
CREATE TABLE t2 (x xml(c))
----
error 102: Incorrect syntax near 'c'.

statement ok
EXEC sp_help 't'
----
t	dbo	user table	NULL
x	xml	no	-1	     	     	yes	(n/a)	(n/a)	NULL
No identity column defined.	NULL	NULL	NULL
No rowguidcol column defined.
PRIMARY
! The object 't' does not have any indexes, or you do not have permissions.
! No constraints are defined on object 't', or you do not have permissions.
! No foreign keys reference table 't', or you do not have permissions.

statement ok
SELECT * FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 't'
----
master	dbo	t	x	1	NULL	YES	xml	-1	NULL	NULL

statement ok
SELECT * FROM sys.columns WHERE object_id = OBJECT_ID('t')
----
1016	x	1	241	241	-1	0	0	NULL	1	0	0	0	0	NOT_APPLICABLE	0	NULL	NULL	NULL	0	0	0	0	0	0	0	0	0	0	0	0	0
