# The geography type: latitude and longitude on the ellipsoid of the instance's SRID (WGS 84 for
# 4326). Stored with each point as (latitude, longitude); written as WKT with longitude first.
# Lengths, distances and areas are in metres (sys.spatial_reference_systems' unit).
query T
SELECT geography::Point(47.651, -122.349, 4326)
----
0xE6100000010C17D9CEF753D347407593180456965EC0

query TRRI
DECLARE @g geography = geography::STGeomFromText('POINT(-122.34900 47.65100)', 4326)
SELECT @g.ToString(), @g.Lat, @g.Long, @g.STSrid
----
POINT (-122.349 47.651)	47.651	-122.349	4326

query TI
DECLARE @g geography = 'LINESTRING(-122.360 47.656, -122.343 47.656)'
SELECT @g.STAsText(), @g.STSrid
----
LINESTRING (-122.36 47.656, -122.343 47.656)	4326

statement ok
CREATE TABLE Places (Name nvarchar(30) PRIMARY KEY, Location geography)

statement ok
INSERT Places VALUES (N'Paris', geography::Point(48.87, 2.33, 4326)), (N'Berlin', geography::Point(52.52, 13.4, 4326)), (N'London', geography::STGeomFromText('POINT(-0.1275 51.5072)', 4326))

# The equator: one degree of longitude is the WGS 84 semi-major axis times pi/180; a quarter
# meridian is 10001965.729 m. Both exact for the geodesic; SQL Server documents its STDistance
# as within 0.25% of it.
query RR
SELECT ROUND(geography::Point(0, 0, 4326).STDistance(geography::Point(0, 1, 4326)), 6), ROUND(geography::Point(0, 0, 4326).STDistance(geography::Point(90, 0, 4326)), 3)
----
111319.490793	10001965.729

query TR
SELECT p.Name, ROUND(p.Location.STDistance(b.Location) / 1000, 1) FROM Places p CROSS JOIN Places b WHERE b.Name = N'Berlin' ORDER BY p.Name
----
Berlin	0
London	934.2
Paris	880

query RR
DECLARE @g geography = geography::STGeomFromText('LINESTRING(-122.360 47.656, -122.343 47.656)', 4326)
DECLARE @h geography = geography::STGeomFromText('POINT(-122.34900 47.65100)', 4326)
SELECT ROUND(@g.STDistance(@h), 3), ROUND(@g.STLength(), 3)
----
555.95	1277.042

query RR
DECLARE @g geography = geography::STGeomFromText('POLYGON((-122.358 47.653, -122.348 47.649, -122.348 47.658, -122.358 47.658, -122.358 47.653))', 4326)
SELECT ROUND(@g.STArea(), 0), ROUND(@g.STLength(), 3)
----
584662	3180.783

# A point in a polygon, and the ring orientation rule: the interior is on the left.
query IIII
DECLARE @g geography = geography::STGeomFromText('POLYGON((-122.358 47.653, -122.348 47.649, -122.348 47.658, -122.358 47.658, -122.358 47.653))', 4326)
SELECT @g.STIntersects(geography::Point(47.655, -122.352, 4326)), @g.STContains(geography::Point(47.655, -122.352, 4326)), @g.STContains(geography::Point(47.7, -122.352, 4326)), geography::Point(47.655, -122.352, 4326).STWithin(@g)
----
1	1	0	1

statement error 6522
SELECT geography::STGeomFromText('POLYGON((-122.358 47.653, -122.358 47.658, -122.348 47.658, -122.348 47.649, -122.358 47.653))', 4326)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geography": 
! Microsoft.SqlServer.Types.GLArgumentException: 24205: The specified input does not represent a valid geography instance because it exceeds a single hemisphere. Each geography instance must fit inside a single hemisphere. A common reason for this error is that a polygon has the wrong ring orientation.
! Microsoft.SqlServer.Types.GLArgumentException: 
!    at Microsoft.SqlServer.Types.SqlGeography.STGeomFromText(SqlChars geographyTaggedText, Int32 srid)
! .

statement error 6522
SELECT geography::Point(91, 0, 4326)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geography": 
! System.FormatException: 24201: Latitude values must be between -90 and 90 degrees.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeography.Point(Double latitude, Double longitude, Int32 srid)
! .

statement error 6522
SELECT geography::STGeomFromText('POINT(1 2)', 0)
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geography": 
! System.FormatException: 24204: The spatial reference identifier (SRID) is not valid. The specified SRID must match one of the supported SRIDs displayed in the sys.spatial_reference_systems catalog view.
! System.FormatException: 
!    at Microsoft.SqlServer.Types.SqlGeography.STGeomFromText(SqlChars geographyTaggedText, Int32 srid)
! .

statement error 6522
DECLARE @p geography = 'POLYGON((0 0, 0 1, 1 1, 1 0, 0 0))'
----
error 6522: A .NET Framework error occurred during execution of user-defined routine or aggregate "geography": 
! Microsoft.SqlServer.Types.GLArgumentException: 24205: The specified input does not represent a valid geography instance because it exceeds a single hemisphere. Each geography instance must fit inside a single hemisphere. A common reason for this error is that a polygon has the wrong ring orientation.
! Microsoft.SqlServer.Types.GLArgumentException: 
!    at Microsoft.SqlServer.Types.SqlGeography.Parse(SqlString s)
! .

# Different SRIDs: NULL, as documented.
query RI
SELECT geography::Point(0, 0, 4326).STDistance(geography::Point(0, 1, 4269)), geography::Point(0, 0, 4326).STIntersects(geography::Point(0, 0, 4269))
----
NULL	NULL

# geometry's members that geography lacks are 6506 (and 6592 for a property).
statement error 6506
SELECT geography::Point(0, 0, 4326).STEnvelope()
----
error 6506: Could not find method 'STEnvelope' for type 'Microsoft.SqlServer.Types.SqlGeography' in assembly 'Microsoft.SqlServer.Types'

statement error 6592
SELECT geography::Point(0, 0, 4326).STX
----
error 6592: Could not find property or field 'STX' for type 'Microsoft.SqlServer.Types.SqlGeography' in assembly 'Microsoft.SqlServer.Types'.

query IRRTI
DECLARE @p geography = 'POLYGON((0 0, 1 0, 1 1, 0 1, 0 0), (0.2 0.2, 0.2 0.4, 0.4 0.4, 0.4 0.2, 0.2 0.2))'
SELECT @p.NumRings(), ROUND(@p.STArea() / 1e6, 3), ROUND(@p.RingN(1).STLength(), 1), @p.RingN(2).ToString(), @p.STIsValid()
----
2	11816.42	443770.9	LINESTRING (0.2 0.2, 0.2 0.4, 0.4 0.4, 0.4 0.2, 0.2 0.2)	1

query ITTT
SELECT spatial_reference_id, authority_name, well_known_text, unit_of_measure FROM sys.spatial_reference_systems WHERE spatial_reference_id IN (4326, 4269) ORDER BY spatial_reference_id
----
4269	EPSG	GEOGCS["NAD83", DATUM["North American Datum 1983", ELLIPSOID["GRS 1980", 6378137, 298.257222101]], PRIMEM["Greenwich", 0], UNIT["Degree", 0.0174532925199433]]	metre
4326	EPSG	GEOGCS["WGS 84", DATUM["World Geodetic System 1984", ELLIPSOID["WGS 84", 6378137, 298.257223563]], PRIMEM["Greenwich", 0], UNIT["Degree", 0.0174532925199433]]	metre
