# hierarchyid's methods one by one with their NULL cases and errors (6522 with the
# HierarchyIdException text, 6506 for a method the type does not have, names being case-sensitive),
# conversions to and from strings and bytes, comparisons and the catalog's view of the type.
query TTTT
SELECT CAST(hierarchyid::GetRoot() AS varbinary(10)), hierarchyid::GetRoot().ToString(), hierarchyid::Parse('/1/2.5/-3/').ToString(), CAST(hierarchyid::Parse('/1/-2.18/') AS varbinary(10))
----
0x	/	/1/2.5/-3/	0x59FB0540

query TTT
SELECT CAST('/1/2/' AS hierarchyid), CAST(CAST('/1/2/' AS hierarchyid) AS nvarchar(20)), CONVERT(varchar(5), CAST(0x5B40 AS hierarchyid))
----
0x5B40	/1/2/	/1/2/

query TI
DECLARE @h hierarchyid = '/3/1/'
SELECT @h.ToString(), DATALENGTH(@h)
----
/3/1/	2

query TTTTT
DECLARE @h hierarchyid = '/1/2/3/'
SELECT @h.GetAncestor(0).ToString(), @h.GetAncestor(1).ToString(), @h.GetAncestor(3).ToString(), @h.GetAncestor(4), @h.GetAncestor(NULL)
----
/1/2/3/	/1/2/	/	NULL	NULL

query IIII
SELECT hierarchyid::GetRoot().GetLevel(), hierarchyid::Parse('/1/').GetLevel(), hierarchyid::Parse('/1.1/2/').GetLevel(), CAST(NULL AS hierarchyid).GetLevel()
----
0	1	2	NULL

query IIIII
DECLARE @h hierarchyid = '/1/2/'
SELECT @h.IsDescendantOf('/1/'), @h.IsDescendantOf(@h), @h.IsDescendantOf(hierarchyid::GetRoot()), @h.IsDescendantOf('/1/2/3/'), CASE WHEN @h.IsDescendantOf(NULL) IS NULL THEN 1 ELSE 0 END
----
1	1	1	0	1

# GetDescendant: every combination of NULL and non-NULL children.
query TTTTTT
DECLARE @p hierarchyid = '/2/'
SELECT @p.GetDescendant(NULL, NULL).ToString(), @p.GetDescendant('/2/1/', NULL).ToString(), @p.GetDescendant(NULL, '/2/1/').ToString(), @p.GetDescendant('/2/1/', '/2/2/').ToString(), @p.GetDescendant('/2/1/', '/2/1.1/').ToString(), @p.GetDescendant('/2/1.0/', '/2/1.1/').ToString()
----
/2/1/	/2/2/	/2/0/	/2/1.1/	/2/1.0/	/2/1.0.1/

query TTT
SELECT hierarchyid::GetRoot().GetDescendant('/0/', '/1/').ToString(), hierarchyid::GetRoot().GetDescendant('/1/', '/3/').ToString(), CAST(NULL AS hierarchyid).GetDescendant(NULL, NULL)
----
/0.1/	/2/	NULL

statement error 6522
SELECT hierarchyid::Parse('/1/').GetDescendant('/2/1/', NULL)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24004: SqlHierarchyId.GetDescendant failed because 'child1' must be a child of 'this'.  'child1' was '/2/1/' and 'this' was '/1/'.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.GetDescendant(SqlHierarchyId child1, SqlHierarchyId child2)
! .

statement error 6522
SELECT hierarchyid::Parse('/1/').GetDescendant(NULL, '/1/1/1/')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24005: SqlHierarchyId.GetDescendant failed because 'child2' must be a child of 'this'.  'child2' was '/1/1/1/' and 'this' was '/1/'.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.GetDescendant(SqlHierarchyId child1, SqlHierarchyId child2)
! .

statement error 6522
SELECT hierarchyid::Parse('/1/').GetDescendant('/1/2/', '/1/1/')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24006: SqlHierarchyId.GetDescendant failed because 'child1' must be less than 'child2'.  'child1' was '/1/2/' and 'child2' was '/1/1/'.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.GetDescendant(SqlHierarchyId child1, SqlHierarchyId child2)
! .

statement error 6522
SELECT hierarchyid::Parse('/1/').GetDescendant('/1/1/', '/1/1/')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24006: SqlHierarchyId.GetDescendant failed because 'child1' must be less than 'child2'.  'child1' was '/1/1/' and 'child2' was '/1/1/'.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.GetDescendant(SqlHierarchyId child1, SqlHierarchyId child2)
! .

query TT
DECLARE @h hierarchyid = '/1/2/3/'
SELECT @h.GetReparentedValue('/1/', '/5/').ToString(), @h.GetReparentedValue('/1/2/', hierarchyid::GetRoot()).ToString()
----
/5/2/3/	/3/

statement error 6522
SELECT hierarchyid::Parse('/1/2/').GetReparentedValue('/2/', '/3/')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24009: SqlHierarchyId.GetReparentedValue failed because 'oldRoot' was not an ancestor node of 'this'.  'oldRoot' was '/2/', and 'this' was '/1/2/'.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.GetReparentedValue(SqlHierarchyId oldRoot, SqlHierarchyId newRoot)
! .

statement error 6522
SELECT hierarchyid::Parse('/1/').GetAncestor(-1)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24011: SqlHierarchyId.GetAncestor failed because 'n' must be non-negative.  'n' was -1.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.GetAncestor(Int32 n)
! .

statement error 6522
SELECT CAST('/1/1' AS hierarchyid)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24001: SqlHierarchyId.Parse failed because the input string '/1/1' is not a valid string representation of a SqlHierarchyId node.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.Parse(SqlString input)
! .

statement error 6522
DECLARE @h hierarchyid = '/1.01/'
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24001: SqlHierarchyId.Parse failed because the input string '/1.01/' is not a valid string representation of a SqlHierarchyId node.
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.Parse(SqlString input)
! .

query T
SELECT TRY_CAST('/x/' AS hierarchyid)
----
NULL

statement error 6522
SELECT CAST(0x0F AS hierarchyid)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24000: SqlHierarchyId operation failed because HierarchyId object was constructed from an invalid binary string. 
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.Read(BinaryReader r)
! .

query T
SELECT hierarchyid::Parse(NULL)
----
NULL

# Methods are case-sensitive and take their exact number of arguments.
statement error 6506
DECLARE @h hierarchyid = '/1/'
SELECT @h.getlevel()
----
error 6506: Could not find method 'getlevel' for type 'Microsoft.SqlServer.Types.SqlHierarchyId' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
SELECT hierarchyid::getroot()
----
error 6506: Could not find method 'getroot' for type 'Microsoft.SqlServer.Types.SqlHierarchyId' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
DECLARE @h hierarchyid = '/1/'
SELECT @h.GetAncestor()
----
error 6506: Could not find method 'GetAncestor' for type 'Microsoft.SqlServer.Types.SqlHierarchyId' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
DECLARE @h hierarchyid = '/1/'
SELECT @h.Parse('/1/')
----
error 6506: Could not find method 'Parse' for type 'Microsoft.SqlServer.Types.SqlHierarchyId' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
SELECT hierarchyid::GetLevel()
----
error 6506: Could not find method 'GetLevel' for type 'Microsoft.SqlServer.Types.SqlHierarchyId' in assembly 'Microsoft.SqlServer.Types'

statement error 258
DECLARE @i int = 1
SELECT @i.GetLevel()
----
error 258: Cannot call methods on int.

statement error 258
SELECT int::Parse('1')
----
error 258: Cannot call methods on int.

statement error 243
SELECT geometri::STGeomFromText('POINT (1 1)', 0)
----
error 243: Type geometri is not a defined system type.

# Comparisons are depth-first; strings convert implicitly, numbers never.
query IIII
SELECT CASE WHEN CAST('/1/' AS hierarchyid) < '/1/1/' THEN 1 ELSE 0 END, CASE WHEN CAST('/1/5/' AS hierarchyid) < '/2/' THEN 1 ELSE 0 END, CASE WHEN CAST('/1.1/' AS hierarchyid) > '/1/9/' THEN 1 ELSE 0 END, CASE WHEN CAST('/-1/' AS hierarchyid) < '/0/' THEN 1 ELSE 0 END
----
1	1	1	1

statement error 206
DECLARE @h hierarchyid = '/1/'
SELECT CASE WHEN @h = 1 THEN 1 END
----
error 206: Operand type clash: int is incompatible with hierarchyid

statement error 206
SELECT hierarchyid::GetRoot().GetAncestor(CAST('/1/' AS hierarchyid))
----
error 206: Operand type clash: hierarchyid is incompatible with int

statement error 257
DECLARE @h hierarchyid = '/1/'
DECLARE @s nvarchar(10) = @h
----
error 257: Implicit conversion from data type hierarchyid to nvarchar is not allowed. Use the CONVERT function to run this query.

statement error 529
SELECT CAST(hierarchyid::GetRoot() AS int)
----
error 529: Explicit conversion from data type hierarchyid to int is not allowed.

statement error 529
SELECT CAST(hierarchyid::GetRoot() AS sql_variant)
----
error 529: Explicit conversion from data type hierarchyid to sql_variant is not allowed.

statement ok
CREATE TABLE tree (node hierarchyid NOT NULL, name varchar(10))

statement ok
INSERT tree VALUES ('/2/', 'b'), ('/1/1/', 'aa'), ('/', 'root'), ('/1/', 'a'), ('/1/2/', 'ab'), ('/1.5/', 'a5')

query TT
SELECT node.ToString(), name FROM tree ORDER BY node DESC
----
/2/	b
/1.5/	a5
/1/2/	ab
/1/1/	aa
/1/	a
/	root

query TTI
SELECT MIN(node).ToString(), MAX(node).ToString(), COUNT(DISTINCT node) FROM tree
----
/	/2/	6

query TI
SELECT node.GetAncestor(1).ToString(), COUNT(*) FROM tree GROUP BY node.GetAncestor(1) ORDER BY node.GetAncestor(1)
----
NULL	1
/	3
/1/	2

query T
SELECT tree.node.ToString() FROM tree WHERE node.GetLevel() = 2 ORDER BY node
----
/1/1/
/1/2/

query TTTI
SELECT name, TYPE_NAME(system_type_id), TYPE_NAME(user_type_id), max_length FROM sys.columns WHERE object_id = OBJECT_ID('tree') ORDER BY column_id
----
node	NULL	hierarchyid	892
name	varchar	varchar	10

query TTI
SELECT TYPE_NAME(128), TYPE_NAME(240), TYPE_ID('hierarchyid')
----
hierarchyid	NULL	128

query TIIIIII
SELECT name, system_type_id, user_type_id, max_length, is_user_defined, is_assembly_type, schema_id FROM sys.types WHERE name = 'hierarchyid'
----
hierarchyid	240	128	892	0	1	4

query TTT
SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'tree' ORDER BY ORDINAL_POSITION
----
node	hierarchyid	NO
name	varchar	YES

statement ok
CREATE TABLE chart (node hierarchyid NOT NULL DEFAULT hierarchyid::GetRoot(), lvl AS node.GetLevel(), parent AS node.GetAncestor(1), name varchar(10))

statement ok
INSERT chart (name) VALUES ('top')
INSERT chart (node, name) VALUES (0x58, 'one'), (CAST(CAST('/1/3/' AS hierarchyid) AS varbinary(10)), 'three')

# A string's own bytes are no hierarchyid.
statement error 6522
INSERT chart (node, name) VALUES (CAST('/1/3/' AS varbinary(10)), 'bad')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "hierarchyid": 
! Microsoft.SqlServer.Types.HierarchyIdException: 24000: SqlHierarchyId operation failed because HierarchyId object was constructed from an invalid binary string. 
! Microsoft.SqlServer.Types.HierarchyIdException: 
!    at Microsoft.SqlServer.Types.SqlHierarchyId.Read(BinaryReader r)
! .

query TITT
SELECT node.ToString(), lvl, parent.ToString(), name FROM chart ORDER BY node
----
/	0	NULL	top
/1/	1	/	one
/1/3/	2	/1/	three

statement error 5074
ALTER TABLE chart DROP COLUMN node
----
error 5074: The column 'lvl' is dependent on column 'node'.
error 4922: ALTER TABLE DROP COLUMN node failed because one or more objects access this column.

query TT
SELECT ISNULL(CAST(NULL AS hierarchyid), '/9/').ToString(), COALESCE(NULL, hierarchyid::Parse('/8/')).ToString()
----
/9/	/8/

query T
SELECT h.ToString() FROM (SELECT node AS h FROM chart UNION SELECT '/2/') u ORDER BY h
----
/
/1/
/1/3/
/2/

statement ok
SELECT node, name INTO chart_copy FROM chart WHERE node.GetLevel() > 0

query TT
SELECT TYPE_NAME(c.user_type_id), (SELECT MAX(node).ToString() FROM chart_copy) FROM sys.columns c WHERE c.object_id = OBJECT_ID('chart_copy') AND c.name = 'node'
----
hierarchyid	/1/3/

query TI
DECLARE @t TABLE (h hierarchyid PRIMARY KEY)
INSERT @t VALUES ('/1/'), ('/1/1/'), ('/0/')
SELECT MIN(h).ToString(), COUNT(*) FROM @t WHERE h.IsDescendantOf('/1/') = 1
----
/1/	2

statement error 13604
SELECT node, name FROM chart FOR JSON PATH
----
error 13604: FOR JSON cannot serialize CLR objects. Cast CLR types explicitly into one of the supported types in FOR JSON queries.

query T
SELECT node.ToString() AS node FROM chart WHERE name = 'one' FOR JSON PATH
----
[{"node":"\/1\/"}]

query TIIT
SELECT name, system_type_id, max_length, system_type_name FROM sys.dm_exec_describe_first_result_set(N'SELECT node, node.GetLevel() AS lvl, node.ToString() AS txt FROM chart', NULL, 0) ORDER BY column_ordinal
----
node	240	892	hierarchyid
lvl	52	2	smallint
txt	231	8000	nvarchar(4000)

statement error 6506
SELECT node.tostring() FROM chart
----
error 6506: Could not find method 'tostring' for type 'Microsoft.SqlServer.Types.SqlHierarchyId' in assembly 'Microsoft.SqlServer.Types'

query TT
SELECT name, definition FROM sys.computed_columns WHERE object_id = OBJECT_ID('chart') ORDER BY column_id
----
lvl	([node].[GetLevel]())
parent	([node].[GetAncestor]((1)))
