# geometry's methods with the results of learn.microsoft.com's examples for each (planar, exact).
query R
DECLARE @g geometry = geometry::STGeomFromText('POLYGON((0 0, 3 0, 3 3, 0 3, 0 0),(2 2, 2 1, 1 1, 1 2, 2 2))', 0)
SELECT @g.STArea()
----
8

query R
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING(0 0, 2 2, 1 0)', 0)
SELECT @g.STLength()
----
5.06449510224598

query R
DECLARE @g geometry = geometry::STGeomFromText('POLYGON((-5 -5, -5 5, 5 5, 5 -5, -5 -5))', 0)
DECLARE @h geometry = geometry::STGeomFromText('POINT(10 10)', 0)
SELECT @g.STDistance(@h)
----
7.0710678118654755

query RRR
DECLARE @a geometry = 'LINESTRING(0 0, 10 0)', @b geometry = 'LINESTRING(5 3, 5 9)', @c geometry = 'POINT(5 0)'
SELECT @a.STDistance(@b), @b.STDistance(@a), @a.STDistance(@c)
----
3	3	0

query T
DECLARE @g geometry = geometry::STGeomFromText('POLYGON((0 0, 3 0, 3 3, 0 3, 0 0),(2 2, 2 1, 1 1, 1 2, 2 2))', 0)
SELECT @g.STCentroid().ToString()
----
POINT (1.5 1.5)

query T
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING(0 0, 2 3)', 0)
SELECT @g.STEnvelope().ToString()
----
POLYGON ((0 0, 2 0, 2 3, 0 3, 0 0))

query T
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING(0 0, 2 2, 0 2, 2 0)', 0)
SELECT @g.STBoundary().ToString()
----
MULTIPOINT ((2 0), (0 0))

query TT
DECLARE @p geometry = 'POLYGON((0 0, 2 0, 2 2, 0 0))', @q geometry = 'POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))'
SELECT @p.STBoundary().ToString(), @q.STBoundary().ToString()
----
LINESTRING (0 0, 2 0, 2 2, 0 0)	MULTILINESTRING ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))

# Predicates.
query IIIII
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING(0 2, 2 0)', 0)
DECLARE @h geometry = geometry::STGeomFromText('LINESTRING(0 0, 2 2)', 0)
DECLARE @far geometry = 'LINESTRING(5 5, 6 6)'
SELECT @g.STIntersects(@h), @g.STDisjoint(@h), @g.STIntersects(@far), @g.STDisjoint(@far), @g.STTouches(@h)
----
1	0	0	1	1

query IIII
DECLARE @g geometry = geometry::STGeomFromText('POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))', 0)
DECLARE @h geometry = geometry::STGeomFromText('POINT(1 1)', 0)
DECLARE @edge geometry = 'POINT(2 1)', @out geometry = 'POINT(3 3)'
SELECT @g.STContains(@h), @h.STWithin(@g), @g.STContains(@edge), @g.STContains(@out)
----
1	1	0	0

query III
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING(0 2, 2 0, 4 2)', 0)
DECLARE @h geometry = geometry::STGeomFromText('POINT(1 1)', 0)
DECLARE @end geometry = 'POINT(4 2)'
SELECT @g.STTouches(@h), @g.STTouches(@end), @h.STTouches(@g)
----
0	1	0

query II
DECLARE @g geometry = geometry::STGeomFromText('LINESTRING(0 2, 2 0, 4 2)', 0)
DECLARE @h geometry = geometry::STGeomFromText('MULTILINESTRING((4 2, 2 0), (0 2, 2 0))', 0)
SELECT @g.STEquals(@h), @g.STEquals('LINESTRING(0 2, 2 0)')
----
1	0

query IIIII
DECLARE @sq geometry = 'POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', @hole geometry = 'POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))'
DECLARE @in geometry = 'POLYGON((1 1, 3 1, 3 3, 1 3, 1 1))', @around geometry = 'POLYGON((3 3, 7 3, 7 7, 3 7, 3 3))', @next geometry = 'POLYGON((10 0, 20 0, 20 10, 10 10, 10 0))'
SELECT @sq.STContains(@in), @hole.STContains(@around), @sq.STTouches(@next), @sq.STIntersects(@next), @hole.STContains('POINT(5 5)')
----
1	0	1	1	0

query IIII
DECLARE @l geometry = 'LINESTRING(1 1, 9 9)', @sq geometry = 'POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', @concave geometry = 'POLYGON((0 0, 10 0, 10 10, 5 2, 0 10, 0 0))'
SELECT @sq.STContains(@l), @l.STWithin(@sq), @concave.STContains('LINESTRING(1 8, 9 8)'), @concave.STIntersects('LINESTRING(1 8, 9 8)')
----
1	1	0	1

# Structure: points, rings, geometries by number; past the end is NULL.
query TTTTI
DECLARE @g geometry = 'LINESTRING(1 1, 2 4, 3 9)'
SELECT @g.STPointN(2).ToString(), @g.STStartPoint().ToString(), @g.STEndPoint().ToString(), @g.STPointN(4).ToString(), @g.STNumPoints()
----
POINT (2 4)	POINT (1 1)	POINT (3 9)	NULL	3

query TITT
DECLARE @g geometry = 'POLYGON((0 0, 3 0, 3 3, 0 3, 0 0),(2 2, 2 1, 1 1, 1 2, 2 2))'
SELECT @g.STExteriorRing().ToString(), @g.STNumInteriorRing(), @g.STInteriorRingN(1).ToString(), @g.STInteriorRingN(2).ToString()
----
LINESTRING (0 0, 3 0, 3 3, 0 3, 0 0)	1	LINESTRING (2 2, 2 1, 1 1, 1 2, 2 2)	NULL

query TTI
DECLARE @g geometry = 'GEOMETRYCOLLECTION(POINT(3 3), LINESTRING(0 0, 2 2), POLYGON((0 0, 1 0, 1 1, 0 0)))'
SELECT @g.STGeometryN(2).ToString(), @g.STGeometryN(3).STGeometryType(), @g.STDimension()
----
LINESTRING (0 0, 2 2)	Polygon	2

query IIII
SELECT geometry::Parse('LINESTRING(1 1, 3 3, 2 1, 1 1)').STIsClosed(), geometry::Parse('LINESTRING(1 1, 3 3)').STIsClosed(), geometry::Parse('POINT(1 1)').STIsClosed(), geometry::Parse('POLYGON((0 0, 1 0, 1 1, 0 0))').STIsClosed()
----
1	0	0	1

query RRRR
DECLARE @g geometry = 'POINT(2 3 4)'
SELECT @g.STX, @g.STY, @g.Z, @g.M
----
2	3	4	NULL

query RR
DECLARE @l geometry = 'LINESTRING(0 0, 1 1)'
SELECT @l.STX, @l.STY
----
NULL	NULL

# Validity: self-intersecting rings are accepted and reported.
query IT
DECLARE @p geometry = 'Polygon((2 2, 4 4, 4 2, 2 4, 2 2))'
SELECT @p.STIsValid(), @p.IsValidDetailed()
----
0	24404: Not valid because polygon ring (1) intersects itself or some other ring.

query IT
DECLARE @p geometry = 'POLYGON((0 0, 3 0, 3 3, 0 3, 0 0))'
SELECT @p.STIsValid(), @p.IsValidDetailed()
----
1	24400: Valid

query IT
DECLARE @l geometry = 'LINESTRING(1 1, 1 1)'
SELECT @l.STIsValid(), @l.IsValidDetailed()
----
0	24406: Not valid because curve (1) degenerates to a point.

query T
SELECT geometry::Parse('Polygon((2 2, 4 4, 4 2, 2 4, 2 2))')
----
0x00000000010005000000000000000000004000000000000000400000000000001040000000000000104000000000000010400000000000000040000000000000004000000000000010400000000000000040000000000000004001000000020000000001000000FFFFFFFF0000000003

# STBuffer of a point: a 64-gon inscribed in the circle; its area approaches pi r^2 from below.
query IIR
DECLARE @b geometry = geometry::Point(3, 5, 0).STBuffer(5)
SELECT @b.STNumPoints(), @b.STIsValid(), ROUND(@b.STArea(), 6)
----
65	1	78.413712

# A different SRID makes the two-instance methods NULL.
query RII
DECLARE @a geometry = geometry::Point(0, 0, 0), @b geometry = geometry::Point(3, 4, 4326)
SELECT @a.STDistance(@b), @a.STIntersects(@b), @a.STEquals(@b)
----
NULL	NULL	NULL

query R
SELECT geometry::Point(0, 0, 0).STDistance(geometry::Point(3, 4, 0))
----
5
