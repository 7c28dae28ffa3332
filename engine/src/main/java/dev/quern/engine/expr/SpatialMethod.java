package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * The methods and properties of geometry and geography (SqlGeometry and SqlGeography), by their
 * case-sensitive T-SQL names: which type has each, whether it is static, a property or a method,
 * and its parameter and result types ({@code null} standing for the type itself).
 */
public enum SpatialMethod {
  // Static constructors.
  ST_GEOM_FROM_TEXT("STGeomFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_POINT_FROM_TEXT("STPointFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_LINE_FROM_TEXT("STLineFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_POLY_FROM_TEXT("STPolyFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_MPOINT_FROM_TEXT("STMPointFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_MLINE_FROM_TEXT("STMLineFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_MPOLY_FROM_TEXT("STMPolyFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_GEOM_COLL_FROM_TEXT("STGeomCollFromText", Kind.STATIC, Owner.BOTH, null, text(), SqlTypes.INT),
  ST_GEOM_FROM_WKB("STGeomFromWKB", Kind.STATIC, Owner.BOTH, null, SqlTypes.VARBINARY_MAX, SqlTypes.INT),
  ST_POINT_FROM_WKB("STPointFromWKB", Kind.STATIC, Owner.BOTH, null, SqlTypes.VARBINARY_MAX, SqlTypes.INT),
  ST_LINE_FROM_WKB("STLineFromWKB", Kind.STATIC, Owner.BOTH, null, SqlTypes.VARBINARY_MAX, SqlTypes.INT),
  ST_POLY_FROM_WKB("STPolyFromWKB", Kind.STATIC, Owner.BOTH, null, SqlTypes.VARBINARY_MAX, SqlTypes.INT),
  PARSE("Parse", Kind.STATIC, Owner.BOTH, null, text()),
  POINT("Point", Kind.STATIC, Owner.BOTH, null, SqlTypes.FLOAT, SqlTypes.FLOAT, SqlTypes.INT),
  NULL("Null", Kind.STATIC, Owner.BOTH, null),
  // Text and binary.
  TO_STRING("ToString", Kind.METHOD, Owner.BOTH, SqlTypes.NVARCHAR_MAX),
  ST_AS_TEXT("STAsText", Kind.METHOD, Owner.BOTH, SqlTypes.NVARCHAR_MAX),
  AS_TEXT_ZM("AsTextZM", Kind.METHOD, Owner.BOTH, SqlTypes.NVARCHAR_MAX),
  ST_AS_BINARY("STAsBinary", Kind.METHOD, Owner.BOTH, SqlTypes.VARBINARY_MAX),
  // Properties.
  ST_X("STX", Kind.PROPERTY, Owner.GEOMETRY, SqlTypes.FLOAT),
  ST_Y("STY", Kind.PROPERTY, Owner.GEOMETRY, SqlTypes.FLOAT),
  LAT("Lat", Kind.PROPERTY, Owner.GEOGRAPHY, SqlTypes.FLOAT),
  LONG("Long", Kind.PROPERTY, Owner.GEOGRAPHY, SqlTypes.FLOAT),
  Z("Z", Kind.PROPERTY, Owner.BOTH, SqlTypes.FLOAT),
  M("M", Kind.PROPERTY, Owner.BOTH, SqlTypes.FLOAT),
  ST_SRID("STSrid", Kind.PROPERTY, Owner.BOTH, SqlTypes.INT),
  // Structure.
  ST_GEOMETRY_TYPE("STGeometryType", Kind.METHOD, Owner.BOTH, SqlType.ofLength(
      dev.quern.catalog.type.TypeId.NVARCHAR, SqlTypes.MAX_NCHARS)),
  ST_NUM_POINTS("STNumPoints", Kind.METHOD, Owner.BOTH, SqlTypes.INT),
  ST_POINT_N("STPointN", Kind.METHOD, Owner.BOTH, null, SqlTypes.INT),
  ST_START_POINT("STStartPoint", Kind.METHOD, Owner.BOTH, null),
  ST_END_POINT("STEndPoint", Kind.METHOD, Owner.BOTH, null),
  ST_IS_EMPTY("STIsEmpty", Kind.METHOD, Owner.BOTH, SqlTypes.BIT),
  ST_IS_VALID("STIsValid", Kind.METHOD, Owner.BOTH, SqlTypes.BIT),
  IS_VALID_DETAILED("IsValidDetailed", Kind.METHOD, Owner.BOTH, SqlTypes.NVARCHAR_MAX),
  ST_DIMENSION("STDimension", Kind.METHOD, Owner.BOTH, SqlTypes.INT),
  ST_NUM_GEOMETRIES("STNumGeometries", Kind.METHOD, Owner.BOTH, SqlTypes.INT),
  ST_GEOMETRY_N("STGeometryN", Kind.METHOD, Owner.BOTH, null, SqlTypes.INT),
  ST_EXTERIOR_RING("STExteriorRing", Kind.METHOD, Owner.GEOMETRY, null),
  ST_NUM_INTERIOR_RING("STNumInteriorRing", Kind.METHOD, Owner.GEOMETRY, SqlTypes.INT),
  ST_INTERIOR_RING_N("STInteriorRingN", Kind.METHOD, Owner.GEOMETRY, null, SqlTypes.INT),
  NUM_RINGS("NumRings", Kind.METHOD, Owner.GEOGRAPHY, SqlTypes.INT),
  RING_N("RingN", Kind.METHOD, Owner.GEOGRAPHY, null, SqlTypes.INT),
  ST_IS_CLOSED("STIsClosed", Kind.METHOD, Owner.BOTH, SqlTypes.BIT),
  ST_ENVELOPE("STEnvelope", Kind.METHOD, Owner.GEOMETRY, null),
  // Measures and derived shapes.
  ST_DISTANCE("STDistance", Kind.METHOD, Owner.BOTH, SqlTypes.FLOAT, (SqlType) null),
  ST_LENGTH("STLength", Kind.METHOD, Owner.BOTH, SqlTypes.FLOAT),
  ST_AREA("STArea", Kind.METHOD, Owner.BOTH, SqlTypes.FLOAT),
  ST_CENTROID("STCentroid", Kind.METHOD, Owner.GEOMETRY, null),
  ST_BOUNDARY("STBoundary", Kind.METHOD, Owner.GEOMETRY, null),
  ST_BUFFER("STBuffer", Kind.METHOD, Owner.GEOMETRY, null, SqlTypes.FLOAT),
  // Predicates.
  ST_EQUALS("STEquals", Kind.METHOD, Owner.BOTH, SqlTypes.BIT, (SqlType) null),
  ST_INTERSECTS("STIntersects", Kind.METHOD, Owner.BOTH, SqlTypes.BIT, (SqlType) null),
  ST_CONTAINS("STContains", Kind.METHOD, Owner.BOTH, SqlTypes.BIT, (SqlType) null),
  ST_WITHIN("STWithin", Kind.METHOD, Owner.BOTH, SqlTypes.BIT, (SqlType) null),
  ST_DISJOINT("STDisjoint", Kind.METHOD, Owner.BOTH, SqlTypes.BIT, (SqlType) null),
  ST_TOUCHES("STTouches", Kind.METHOD, Owner.GEOMETRY, SqlTypes.BIT, (SqlType) null);

  /** How the member is called. */
  public enum Kind { STATIC, METHOD, PROPERTY }

  /** Which type has the member. */
  public enum Owner { GEOMETRY, GEOGRAPHY, BOTH }

  private final String sqlName;
  private final Kind kind;
  private final Owner owner;
  private final SqlType result;
  private final List<SqlType> parameters;

  SpatialMethod(String sqlName, Kind kind, Owner owner, SqlType result, SqlType... parameters) {
    this.sqlName = sqlName;
    this.kind = kind;
    this.owner = owner;
    this.result = result;
    this.parameters = java.util.Arrays.asList(parameters);
  }

  private static SqlType text() {
    return SqlTypes.NVARCHAR_MAX;
  }

  /** The member of this exact name and kind that {@code type} (geometry or geography) has; null when none. */
  public static SpatialMethod named(String name, Kind kind, SqlType type) {
    boolean geography = type.id() == dev.quern.catalog.type.TypeId.GEOGRAPHY;
    for (SpatialMethod m : values()) {
      if (m.sqlName.equals(name) && m.kind == kind
          && (m.owner == Owner.BOTH || (m.owner == Owner.GEOGRAPHY) == geography)) {
        return m;
      }
    }
    return null;
  }

  /** Whether some member of either type has this name in some letter case. */
  public static boolean isNameInAnyCase(String name) {
    for (SpatialMethod m : values()) {
      if (m.sqlName.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  public String sqlName() {
    return sqlName;
  }

  public Kind kind() {
    return kind;
  }

  /** The result type when called on (or by the name of) {@code self}. */
  public SqlType result(SqlType self) {
    return result == null ? self : result;
  }

  /** The parameter types, {@code self} where the method takes an instance of its own type. */
  public List<SqlType> parameters(SqlType self) {
    return parameters.stream().map(p -> p == null ? self : p).toList();
  }
}
