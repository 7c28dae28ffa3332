/**
 * The geometry and geography CLR types of SQL Server (Microsoft.SqlServer.Types' SqlGeometry and
 * SqlGeography): an instance as a tree of {@link dev.quern.catalog.spatial.Shape}s, its storage in
 * SQL Server's serialization ([MS-SSCLRT] 2.1, "Geography and Geometry Structures", {@link
 * dev.quern.catalog.spatial.SpatialBinary}), well-known text and binary ({@link
 * dev.quern.catalog.spatial.WktReader}, {@link dev.quern.catalog.spatial.WktWriter}, {@link
 * dev.quern.catalog.spatial.WkbCodec}), planar measures and predicates for geometry, ellipsoidal
 * ones for geography ({@link dev.quern.catalog.spatial.Geodesic}), and the errors the types' .NET
 * code throws, reported as 6522 ({@link dev.quern.catalog.spatial.SpatialErrors}).
 *
 * <p>Values are held as SQL Server's bytes everywhere else (storage, the wire, variables), so that
 * a client's SqlGeometry/Geometry class reads what Quern writes. Pure functions: must not import
 * storage, the engine or the wire.
 */
package dev.quern.catalog.spatial;
