# The geometry type: columns, variables, construction from WKT and WKB, CAST to and from
# varbinary and nvarchar, stored in SQL Server's serialization ([MS-SSCLRT] 2.1: SRID, version 1,
# properties 0x0C for a valid single point, 0x14 for a single segment, else points, figures, shapes).
# GoldenSqlRestartTest reruns this file restarting the engine before every block.
query T
SELECT geometry::STGeomFromText('POINT (3 4)', 0)
----
0x00000000010C00000000000008400000000000001040

query T
SELECT geometry::STGeomFromText('LINESTRING (1 1, 2 4)', 10)
----
0x0A0000000114000000000000F03F000000000000F03F00000000000000400000000000001040

query T
SELECT geometry::Parse('POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))')
----
0x00000000010405000000000000000000000000000000000000000000000000000840000000000000000000000000000008400000000000000840000000000000000000000000000008400000000000000000000000000000000001000000020000000001000000FFFFFFFF0000000003

query T
SELECT CAST(geometry::Parse('POINT (1 2 3 4)') AS varbinary(max))
----
0x00000000010F000000000000F03F000000000000004000000000000008400000000000001040

statement ok
CREATE TABLE Shapes (Id int IDENTITY PRIMARY KEY, Shape geometry NOT NULL, Label nvarchar(40))

statement ok
INSERT Shapes (Shape, Label) VALUES (geometry::STGeomFromText('POINT (10 20)', 0), N'point')
INSERT Shapes (Shape, Label) VALUES ('LINESTRING (0 0, 10 10, 20 0)', N'line')
INSERT Shapes (Shape, Label) VALUES (geometry::STPolyFromText('POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))', 0), N'polygon with hole')
INSERT Shapes (Shape, Label) VALUES (geometry::STGeomFromText('MULTIPOINT ((1 1), (2 2))', 0), N'multipoint')
INSERT Shapes (Shape, Label) VALUES (geometry::STGeomFromText('MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))', 0), N'multilinestring')
INSERT Shapes (Shape, Label) VALUES (geometry::STGeomFromText('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))', 0), N'multipolygon')
INSERT Shapes (Shape, Label) VALUES (geometry::STGeomFromText('GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1), POLYGON ((0 0, 1 0, 1 1, 0 0)))', 0), N'collection')
INSERT Shapes (Shape, Label) VALUES (geometry::STGeomFromText('LINESTRING EMPTY', 0), N'empty')

query ITTIII
SELECT Id, Label, Shape.ToString(), Shape.STNumPoints(), Shape.STDimension(), Shape.STNumGeometries() FROM Shapes ORDER BY Id
----
1	point	POINT (10 20)	1	0	1
2	line	LINESTRING (0 0, 10 10, 20 0)	3	1	1
3	polygon with hole	POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))	10	2	1
4	multipoint	MULTIPOINT ((1 1), (2 2))	2	0	2
5	multilinestring	MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))	4	1	2
6	multipolygon	MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))	8	2	2
7	collection	GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1), POLYGON ((0 0, 1 0, 1 1, 0 0)))	7	2	3
8	empty	LINESTRING EMPTY	0	-1	0

query ITTI
SELECT Id, Shape.STGeometryType(), Shape.STAsText(), Shape.STIsEmpty() FROM Shapes ORDER BY Id
----
1	Point	POINT (10 20)	0
2	LineString	LINESTRING (0 0, 10 10, 20 0)	0
3	Polygon	POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))	0
4	MultiPoint	MULTIPOINT ((1 1), (2 2))	0
5	MultiLineString	MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))	0
6	MultiPolygon	MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))	0
7	GeometryCollection	GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1), POLYGON ((0 0, 1 0, 1 1, 0 0)))	0
8	LineString	LINESTRING EMPTY	1

query T
SELECT Shape FROM Shapes WHERE Label = N'multipoint'
----
0x00000000010402000000000000000000F03F000000000000F03F00000000000000400000000000000040020000000100000000010100000003000000FFFFFFFF0000000004000000000000000001000000000100000001

query T
SELECT Shape FROM Shapes WHERE Label = N'collection'
----
0x00000000010407000000000000000000F03F000000000000004000000000000000000000000000000000000000000000F03F000000000000F03F00000000000000000000000000000000000000000000F03F0000000000000000000000000000F03F000000000000F03F000000000000000000000000000000000300000001000000000101000000020300000004000000FFFFFFFF0000000007000000000000000001000000000100000002000000000200000003

query T
SELECT Shape FROM Shapes WHERE Label = N'empty'
----
0x000000000104000000000000000001000000FFFFFFFFFFFFFFFF02

# Round trips: the bytes back to an instance, the text back to an instance.
query TT
SELECT CAST(CAST(Shape AS varbinary(max)) AS geometry).ToString(), CAST(CAST(Shape AS nvarchar(max)) AS geometry).STAsText() FROM Shapes WHERE Id = 3
----
POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))	POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))

query T
DECLARE @g geometry = 0x00000000010C00000000000008400000000000001040
SELECT @g.ToString()
----
POINT (3 4)

query TT
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING (100 100, 20 180, 180 180)', 0)
SELECT CAST(@g AS nvarchar(100)), CAST(@g AS varchar(20))
----
LINESTRING (100 100, 20 180, 180 180)	LINESTRING (100 100,

# Z and M: stored after the points; ToString and AsTextZM show them, STAsText does not (OGC 2D).
query TTTRRRR
DECLARE @g geometry = geometry::Parse('POINT (1 2 3 4)')
SELECT @g.ToString(), @g.AsTextZM(), @g.STAsText(), @g.STX, @g.STY, @g.Z, @g.M
----
POINT (1 2 3 4)	POINT (1 2 3 4)	POINT (1 2)	1	2	3	4

query TT
DECLARE @g geometry = geometry::Parse('LINESTRING (1 1 NULL 5, 2 2 3 NULL)')
SELECT @g.ToString(), @g.STAsText()
----
LINESTRING (1 1 NULL 5, 2 2 3 NULL)	LINESTRING (1 1, 2 2)

# WKB: STAsBinary writes little-endian 2D; STGeomFromWKB reads it back.
query T
SELECT geometry::STGeomFromText('LINESTRING (0 0, 2 3)', 0).STAsBinary()
----
0x0102000000020000000000000000000000000000000000000000000000000000400000000000000840

query TI
DECLARE @wkb varbinary(max) = geometry::STGeomFromText('POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))', 0).STAsBinary()
SELECT geometry::STGeomFromWKB(@wkb, 5).ToString(), geometry::STGeomFromWKB(@wkb, 5).STSrid
----
POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))	5

query T
SELECT geometry::STPointFromWKB(0x0101000000000000000000F03F0000000000000040, 0).ToString()
----
POINT (1 2)

# STSrid is the one settable property.
query II
DECLARE @g geometry = geometry::STGeomFromText('POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))', 13)
DECLARE @before int = @g.STSrid
SET @g.STSrid = 23
SELECT @before, @g.STSrid
----
13	23

statement ok
UPDATE Shapes SET Shape.STSrid = 32 WHERE Id = 1

query II
SELECT Id, Shape.STSrid FROM Shapes WHERE Id <= 2 ORDER BY Id
----
1	32
2	0

# Null, and NULL through every method.
query III
DECLARE @n geometry = geometry::Null
SELECT CASE WHEN @n IS NULL THEN 1 ELSE 0 END, @n.STSrid, @n.STArea()
----
1	NULL	NULL

query T
SELECT geometry::Point(1, 2, NULL)
----
NULL

# sys.types lists both as assembly types of system_type_id 240.
query TIIIB
SELECT name, system_type_id, user_type_id, max_length, is_assembly_type FROM sys.types WHERE name IN ('geometry', 'geography', 'hierarchyid') ORDER BY name
----
geography	240	130	-1	1
geometry	240	129	-1	1
hierarchyid	240	128	892	1

query TTI
SELECT c.name, TYPE_NAME(c.user_type_id), c.max_length FROM sys.columns c WHERE c.object_id = OBJECT_ID('Shapes') ORDER BY c.column_id
----
Id	int	4
Shape	geometry	-1
Label	nvarchar	80
