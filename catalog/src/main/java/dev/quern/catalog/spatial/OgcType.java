package dev.quern.catalog.spatial;

/**
 * The OpenGIS type of a shape, with the number [MS-SSCLRT] 2.1.3 stores for it in a SHAPE
 * structure and the name STGeometryType() gives.
 */
public enum OgcType {
  POINT(1, "Point", "POINT"),
  LINESTRING(2, "LineString", "LINESTRING"),
  POLYGON(3, "Polygon", "POLYGON"),
  MULTIPOINT(4, "MultiPoint", "MULTIPOINT"),
  MULTILINESTRING(5, "MultiLineString", "MULTILINESTRING"),
  MULTIPOLYGON(6, "MultiPolygon", "MULTIPOLYGON"),
  GEOMETRYCOLLECTION(7, "GeometryCollection", "GEOMETRYCOLLECTION");

  private final int code;
  private final String typeName;
  private final String label;

  OgcType(int code, String typeName, String label) {
    this.code = code;
    this.typeName = typeName;
    this.label = label;
  }

  /** The byte of a SHAPE structure. */
  public int code() {
    return code;
  }

  /** STGeometryType()'s name: Point, MultiPolygon … */
  public String typeName() {
    return typeName;
  }

  /** The WKT label: POINT, MULTIPOLYGON … */
  public String label() {
    return label;
  }

  /** A multi-type or collection, whose children are shapes. */
  public boolean isCollection() {
    return code >= 4;
  }

  /** The type a multi-type's children must have; null for a GeometryCollection or a single shape. */
  public OgcType memberType() {
    return switch (this) {
      case MULTIPOINT -> POINT;
      case MULTILINESTRING -> LINESTRING;
      case MULTIPOLYGON -> POLYGON;
      default -> null;
    };
  }

  /** The type stored as {@code code}; null for a code this implementation does not hold (arcs, FullGlobe). */
  public static OgcType of(int code) {
    for (OgcType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }

  /** The type with this WKT label, in any letter case; null when none. */
  public static OgcType ofLabel(String label) {
    for (OgcType t : values()) {
      if (t.label.equalsIgnoreCase(label)) {
        return t;
      }
    }
    return null;
  }
}
