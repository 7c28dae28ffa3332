# What geometry refuses, as SQL Server reports it: the type's .NET exceptions as 6522 (the
# FormatException's 24xxx number and text in the message), members it lacks as 6506 and 6592,
# STSrid the only settable property (6595), no comparison operators (403), no conversion to
# another CLR type (529-style 206).
statement error 6522
SELECT geometry::STGeomFromText('POINT(1 2', 0)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24209: Unexpected end of input. Check that the input data is complete and has not been truncated.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.STGeomFromText(SqlChars geometryTaggedText, Int32 srid)
! .

statement error 6522
SELECT geometry::Parse('NONSENSE(1 2) EXTRA')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24114: The label NONSENSE(1 2) EXTRA in the input well-known text (WKT) is not valid. Valid labels are POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION, CIRCULARSTRING, COMPOUNDCURVE, CURVEPOLYGON and FULLGLOBE (geography Data Type only).
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('POINT(1 X)')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24141: A number is expected at position 9 of the input. The input has X.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('LINESTRING(0 0,)')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24141: A number is expected at position 15 of the input. The input has ).
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('POINT(1)')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24141: A number is expected at position 7 of the input. The input has ).
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24112: The well-known text (WKT) input is empty. To input an empty instance, specify an empty instance of one of the following types: Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, CircularString, CompoundCurve, CurvePolygon or GeometryCollection.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('LINESTRING(1 1)')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24117: The LineString input is not valid because it does not have enough points. A LineString must have at least two points.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('POLYGON((0 0, 1 1, 0 0))')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24118: The Polygon input is not valid because the exterior ring does not have enough points. Each ring of a polygon must contain at least four points.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('POLYGON((0 0, 1 0, 1 1, 0 1))')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24119: The Polygon input is not valid because the start and end points of the exterior ring are not the same. Each ring of a polygon must have the same start and end points.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2))')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24121: The Polygon input is not valid because the start and end points of the interior ring number 1 are not the same. Each ring of a polygon must have the same start and end points.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::Parse('POINT(1 2) POINT(3 4)')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24111: The well-known text (WKT) input is not valid.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT geometry::STPointFromText('LINESTRING(0 0, 1 1)', 0)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24142: Expected "POINT" at position 10. The input has "LINESTRING".
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.STPointFromText(SqlChars geometryTaggedText, Int32 srid)
! .

statement error 6522
SELECT geometry::STGeomFromText('POINT(1 2)', -1)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.ArgumentException: 24100: The spatial reference identifier (SRID) is not valid. SRIDs must be between 0 and 999999.
! System.ArgumentException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.STGeomFromText(SqlChars geometryTaggedText, Int32 srid)
! .

statement error 6522
SELECT geometry::Parse('CIRCULARSTRING(1 5, 6 2, 7 3)')
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.NotSupportedException: CIRCULARSTRING is not supported by Quern's geometry and geography types.
! System.NotSupportedException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Parse(SqlString s)
! .

statement error 6522
SELECT CAST(0x0102 AS geometry)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: One of the identified items was in an invalid format.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Read(BinaryReader r)
! .

statement error 6522
SELECT CAST(0x00000000070C00000000000008400000000000001040 AS geometry)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.FormatException: 24210: Geometry type with an unexpected version of 7 received; only versions up to 2 are accepted.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.Read(BinaryReader r)
! .

statement error 6522
DECLARE @g geometry = 'LINESTRING(1 1, 2 2)'
SELECT @g.STPointN(0)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.ArgumentOutOfRangeException: 24102: The point index n (0) passed to STPointN is less than 1. This number must be greater than or equal to 1 and less than or equal to the number of points returned by STNumPoints.
! Parameter name: n
! System.ArgumentOutOfRangeException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.STPointN(Int32 n)
! .

statement error 6522
DECLARE @g geometry = 'LINESTRING(1 1, 2 2)'
SET @g.STSrid = NULL
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geometry": 
! System.ArgumentNullException: Value cannot be null.
! System.ArgumentNullException: 
!    at Microsoft.SqlServer.Types.SqlGeometry.set_STSrid(SqlInt32 value)
! .

statement error 6506
DECLARE @g geometry = 'POINT(1 1)'
SELECT @g.starea()
----
error 6506: Could not find method 'starea' for type 'Microsoft.SqlServer.Types.SqlGeometry' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
SELECT geometry::Point(1, 2)
----
error 6506: Could not find method 'Point' for type 'Microsoft.SqlServer.Types.SqlGeometry' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
DECLARE @g geometry = 'POINT(1 1)'
SELECT @g.STDistance()
----
error 6506: Could not find method 'STDistance' for type 'Microsoft.SqlServer.Types.SqlGeometry' in assembly 'Microsoft.SqlServer.Types'

statement error 6506
DECLARE @g geometry = 'POINT(1 1)'
SELECT @g.Lat()
----
error 6506: Could not find method 'Lat' for type 'Microsoft.SqlServer.Types.SqlGeometry' in assembly 'Microsoft.SqlServer.Types'

statement error 6592
DECLARE @g geometry = 'POINT(1 1)'
SELECT @g.Lat
----
error 6592: Could not find property or field 'Lat' for type 'Microsoft.SqlServer.Types.SqlGeometry' in assembly 'Microsoft.SqlServer.Types'.

statement error 6595
DECLARE @g geometry = 'POINT(1 1)'
SET @g.STX = 5
----
error 6595: Could not assign to property 'STX' for type 'Microsoft.SqlServer.Types.SqlGeometry' in assembly 'Microsoft.SqlServer.Types' because it is read only.

statement error 403
DECLARE @a geometry = 'POINT(1 1)', @b geometry = 'POINT(1 1)'
SELECT CASE WHEN @a = @b THEN 1 ELSE 0 END
----
error 403: Invalid operator for data type. Operator equals equal to, type equals geometry.

statement error 257
DECLARE @g geometry = 'POINT(1 1)'
DECLARE @h geography = @g
----
error 257: Implicit conversion from data type geometry to geography is not allowed. Use the CONVERT function to run this query.

statement error 257
DECLARE @g geometry = 1
----
error 257: Implicit conversion from data type int to geometry is not allowed. Use the CONVERT function to run this query.

statement error 529
SELECT CAST(geometry::Point(1, 2, 0) AS int)
----
error 529: Explicit conversion from data type geometry to int is not allowed.

# Spatial indexes are not built: refused rather than accepted without effect.
statement ok
CREATE TABLE SpatialTable (id int PRIMARY KEY, geom geometry)

statement error 40517
CREATE SPATIAL INDEX SIndx_SpatialTable_geometry_col1 ON SpatialTable(geom) WITH (BOUNDING_BOX = (0, 0, 500, 200))
----
error 40517: Keyword or statement option 'SPATIAL INDEX' is not supported in this version of SQL Server.

# Neither type is comparable (403 for = and <>); IS NULL is the one test of a value.
query I
SELECT COUNT(*) FROM SpatialTable WHERE geom IS NULL
----
0

statement error 1919
CREATE TABLE KeyedShapes (shape geometry PRIMARY KEY)
----
error 1919: Column 'shape' in table 'KeyedShapes' is of a type that is invalid for use as a key column in an index.
error 1750: Could not create constraint or index. See previous errors.

statement error 1978
CREATE INDEX IX_geom ON SpatialTable (geom)
----
error 1978: Column 'geom' in table 'SpatialTable' is of a type that is invalid for use as a key column in an index or statistics.

statement error 13604
SELECT geometry::Point(1, 2, 0) AS g FOR JSON PATH
----
error 13604: FOR JSON cannot serialize CLR objects. Cast CLR types explicitly into one of the supported types in FOR JSON queries.
