# sp_xml_preparedocument, OPENXML and sp_xml_removedocument (the documented examples' shapes).
query ITT
DECLARE @h int
DECLARE @doc nvarchar(max) = N'<ROOT>
<Customer CustomerID="VINET" ContactName="Paul Henriot">
   <Order CustomerID="VINET" EmployeeID="5" OrderDate="1996-07-04T00:00:00">
      <OrderDetail OrderID="10248" ProductID="11" Quantity="12"/>
      <OrderDetail OrderID="10248" ProductID="42" Quantity="10"/>
   </Order>
</Customer>
<Customer CustomerID="LILAS" ContactName="Carlos Gonzlez">
   <Order CustomerID="LILAS" EmployeeID="3" OrderDate="1996-08-16T00:00:00">
      <OrderDetail OrderID="10283" ProductID="72" Quantity="3"/>
   </Order>
</Customer>
</ROOT>'
EXEC sp_xml_preparedocument @h OUTPUT, @doc
SELECT COUNT(*) OVER (), CustomerID, ContactName FROM OPENXML (@h, '/ROOT/Customer', 1) WITH (CustomerID varchar(10), ContactName varchar(20))
EXEC sp_xml_removedocument @h
----
2	VINET	Paul Henriot
2	LILAS	Carlos Gonzlez

# Column patterns reach up and down from the row's node; types convert as CAST does.
query ITIIT
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<ROOT><Customer CustomerID="VINET"><Order OrderID="10248" OrderDate="1996-07-04T00:00:00"><OrderDetail ProductID="11" Quantity="12"/><OrderDetail ProductID="42" Quantity="10"/></Order></Customer></ROOT>'
SELECT OrderID, CustID, ProdID, Qty, CONVERT(varchar(10), OrderDate, 23)
FROM OPENXML (@h, '/ROOT/Customer/Order/OrderDetail', 2)
WITH (OrderID int '../@OrderID', CustID varchar(10) '../../@CustomerID', OrderDate datetime '../@OrderDate', ProdID int '@ProductID', Qty int '@Quantity')
ORDER BY ProdID
EXEC sp_xml_removedocument @h
----
10248	VINET	11	12	1996-07-04
10248	VINET	42	10	1996-07-04

# Element-centric (2) and both (3) mappings by column name.
query TTT
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<r><p a="attr"><a>elem</a><b>only-element</b></p></r>'
SELECT x1.a, x2.a, x2.b FROM OPENXML(@h, '/r/p', 2) WITH (a varchar(20)) x1 CROSS JOIN OPENXML(@h, '/r/p', 3) WITH (a varchar(20), b varchar(20)) x2
EXEC sp_xml_removedocument @h
----
elem	attr	only-element

# Namespaces declared for the XPath, metaproperties, and an xml column.
query TIT
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<r xmlns:s="urn:s"><s:item code="A"><s:name>Apple</s:name></s:item></r>', N'<root xmlns:x="urn:s"/>'
SELECT code, CASE WHEN id IS NOT NULL THEN 1 ELSE 0 END, CAST(body AS nvarchar(200)) FROM OPENXML(@h, '/r/x:item', 1)
WITH (code char(1), id bigint '@mp:id', body xml '.')
EXEC sp_xml_removedocument @h
----
A	1	<s:item xmlns:s="urn:s" code="A"><s:name>Apple</s:name></s:item>

# Without WITH: the edge table of the selected nodes and everything under them.
query ITTT
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<r><c id="1">hi</c></r>'
SELECT nodetype, localname, CAST(text AS nvarchar(10)), CASE WHEN parentid IS NULL THEN 'root' ELSE 'child' END FROM OPENXML(@h, '/r/c') ORDER BY id
EXEC sp_xml_removedocument @h
----
1	c	NULL	child
2	id	1	child
3	#text	hi	child

# WITH a table: its columns, mapped by name.
statement ok
CREATE TABLE ox_shape (code varchar(5), qty int)

query TI
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<r><i code="a" qty="1"/><i code="b" qty="2"/></r>'
SELECT * FROM OPENXML(@h, '/r/i') WITH ox_shape ORDER BY code
EXEC sp_xml_removedocument @h
----
a	1
b	2

statement ok
DROP TABLE ox_shape

# INSERT … SELECT FROM OPENXML, the classic bulk-load idiom.
statement ok
CREATE TABLE ox_target (id int, name nvarchar(20))

statement ok
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<rows><row id="1" name="one"/><row id="2" name="two"/></rows>'
INSERT ox_target SELECT id, name FROM OPENXML(@h, '/rows/row') WITH (id int, name nvarchar(20))
EXEC sp_xml_removedocument @h

query IT
SELECT id, name FROM ox_target ORDER BY id
----
1	one
2	two

statement ok
DROP TABLE ox_target

# Errors: a document that is not well-formed, a handle that is gone, a bad pattern.
statement error 6602
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<a><b></a>'

statement error 8179
SELECT * FROM OPENXML(12345, '/r') WITH (a int)
----
error 8179: Could not find prepared statement with handle 12345.

statement error 6607
EXEC sp_xml_removedocument 12345
----
error 6607: sp_xml_removedocument: The value supplied for parameter number 1 is invalid.

statement error 6603
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<r/>'
SELECT * FROM OPENXML(@h, '/r[', 1) WITH (a int)

# External entities are never resolved: no file of the server is read into a document.
query T
DECLARE @h int
EXEC sp_xml_preparedocument @h OUTPUT, N'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r a="1">&x;</r>'
SELECT CASE WHEN v LIKE '%root%' THEN 'leaked' ELSE 'safe' END FROM OPENXML(@h, '/r', 2) WITH (v nvarchar(max) '.')
EXEC sp_xml_removedocument @h
----
safe
