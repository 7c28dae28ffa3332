package dev.quern.engine.expr;

import dev.quern.catalog.spatial.Coord;
import dev.quern.catalog.spatial.GeographyMeasures;
import dev.quern.catalog.spatial.OgcType;
import dev.quern.catalog.spatial.PlanarMeasures;
import dev.quern.catalog.spatial.PlanarRelations;
import dev.quern.catalog.spatial.Shape;
import dev.quern.catalog.spatial.SpatialAccessors;
import dev.quern.catalog.spatial.SpatialErrors;
import dev.quern.catalog.spatial.SpatialFactory;
import dev.quern.catalog.spatial.SpatialValue;
import dev.quern.catalog.spatial.Validity;
import dev.quern.catalog.spatial.WkbCodec;
import dev.quern.catalog.spatial.WktWriter;

/**
 * What each of geometry's and geography's members computes, on arguments already checked for
 * NULL. Instances go in and out as SQL Server's bytes; a method comparing two instances of
 * different SRIDs gives NULL, as SQL Server documents.
 */
final class SpatialMethodCalls {
  private SpatialMethodCalls() {}

  /** A static member: a constructor, or Null. */
  static Object construct(SpatialMethod m, boolean geography, Object[] a) {
    if (m == SpatialMethod.NULL) {
      return null;
    }
    for (Object value : a) {
      if (value == null) {
        return null;
      }
    }
    String type = geography ? "geography" : "geometry";
    return switch (m) {
      case PARSE -> SpatialFactory.parse(geography, (String) a[0]).bytes();
      case POINT -> SpatialFactory.point(geography, ((Number) a[0]).doubleValue(), ((Number) a[1]).doubleValue(),
          ((Number) a[2]).intValue()).bytes();
      case ST_GEOM_FROM_WKB, ST_POINT_FROM_WKB, ST_LINE_FROM_WKB, ST_POLY_FROM_WKB ->
          SpatialFactory.fromWkb(geography, (byte[]) a[0], ((Number) a[1]).intValue(), expected(m),
              m.sqlName() + "(SqlBytes wkb" + capitalized(type) + ", Int32 srid)").bytes();
      default -> SpatialFactory.fromText(geography, (String) a[0], ((Number) a[1]).intValue(), expected(m),
          m.sqlName() + "(SqlChars " + type + "TaggedText, Int32 srid)").bytes();
    };
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static OgcType expected(SpatialMethod m) {
    return switch (m) {
      case ST_POINT_FROM_TEXT, ST_POINT_FROM_WKB -> OgcType.POINT;
      case ST_LINE_FROM_TEXT, ST_LINE_FROM_WKB -> OgcType.LINESTRING;
      case ST_POLY_FROM_TEXT, ST_POLY_FROM_WKB -> OgcType.POLYGON;
      case ST_MPOINT_FROM_TEXT -> OgcType.MULTIPOINT;
      case ST_MLINE_FROM_TEXT -> OgcType.MULTILINESTRING;
      case ST_MPOLY_FROM_TEXT -> OgcType.MULTIPOLYGON;
      case ST_GEOM_COLL_FROM_TEXT -> OgcType.GEOMETRYCOLLECTION;
      default -> null;
    };
  }

  /** An instance member of {@code v}. */
  static Object call(SpatialMethod m, SpatialValue v, Object[] a) {
    Shape s = v.shape();
    Coord point = SpatialAccessors.pointOf(s);
    return switch (m) {
      case TO_STRING, AS_TEXT_ZM -> WktWriter.write(s, true);
      case ST_AS_TEXT -> WktWriter.write(s, false);
      case ST_AS_BINARY -> WkbCodec.write(s);
      case ST_X, LONG -> point == null ? null : point.x();
      case ST_Y, LAT -> point == null ? null : point.y();
      case Z -> point == null || Double.isNaN(point.z()) ? null : point.z();
      case M -> point == null || Double.isNaN(point.m()) ? null : point.m();
      case ST_SRID -> v.srid();
      case ST_GEOMETRY_TYPE -> s.type().typeName();
      case ST_NUM_POINTS -> SpatialAccessors.numPoints(s);
      case ST_POINT_N -> bytes(v, SpatialAccessors.pointN(v, n(a)));
      case ST_START_POINT -> bytes(v, SpatialAccessors.startPoint(s));
      case ST_END_POINT -> bytes(v, SpatialAccessors.endPoint(s));
      case ST_IS_EMPTY -> s.isEmpty();
      case ST_IS_VALID -> Validity.isValid(v);
      case IS_VALID_DETAILED -> Validity.detailed(v);
      case ST_DIMENSION -> s.dimension();
      case ST_NUM_GEOMETRIES -> SpatialAccessors.numGeometries(s);
      case ST_GEOMETRY_N -> bytes(v, SpatialAccessors.geometryN(v, n(a)));
      case ST_EXTERIOR_RING -> bytes(v, SpatialAccessors.exteriorRing(s));
      case ST_NUM_INTERIOR_RING -> SpatialAccessors.numInteriorRings(s);
      case ST_INTERIOR_RING_N -> bytes(v, SpatialAccessors.interiorRingN(v, n(a)));
      case NUM_RINGS -> SpatialAccessors.numRings(s);
      case RING_N -> bytes(v, SpatialAccessors.ringN(v, n(a)));
      case ST_IS_CLOSED -> SpatialAccessors.isClosed(s);
      case ST_ENVELOPE -> bytes(v, PlanarMeasures.envelope(s));
      case ST_LENGTH -> v.geography() ? GeographyMeasures.length(v) : PlanarMeasures.length(s);
      case ST_AREA -> v.geography() ? GeographyMeasures.area(v) : PlanarMeasures.area(s);
      case ST_CENTROID -> bytes(v, PlanarMeasures.centroid(s));
      case ST_BOUNDARY -> bytes(v, PlanarMeasures.boundary(s));
      case ST_BUFFER -> buffer(v, ((Number) a[0]).doubleValue());
      default -> binary(m, v, SpatialFactory.fromBytes(v.geography(), (byte[]) a[0]));
    };
  }

  /** A member that takes another instance: NULL when their SRIDs differ. */
  private static Object binary(SpatialMethod m, SpatialValue v, SpatialValue o) {
    if (v.srid() != o.srid()) {
      return null;
    }
    Shape a = v.shape();
    Shape b = o.shape();
    if (m == SpatialMethod.ST_DISTANCE) {
      if (a.isEmpty() || b.isEmpty()) {
        return null;
      }
      return v.geography() ? GeographyMeasures.distance(v, o) : PlanarMeasures.distance(a, b);
    }
    if (v.geography()) {
      return switch (m) {
        case ST_INTERSECTS -> GeographyMeasures.intersects(v, o);
        case ST_DISJOINT -> !GeographyMeasures.intersects(v, o);
        case ST_CONTAINS -> GeographyMeasures.contains(v, o);
        case ST_WITHIN -> GeographyMeasures.contains(o, v);
        case ST_EQUALS -> GeographyMeasures.contains(v, o) && GeographyMeasures.contains(o, v)
            || (a.isEmpty() && b.isEmpty());
        default -> throw new IllegalStateException(m + " is no geography method");
      };
    }
    return switch (m) {
      case ST_INTERSECTS -> PlanarRelations.intersects(a, b);
      case ST_DISJOINT -> !PlanarRelations.intersects(a, b);
      case ST_CONTAINS -> PlanarRelations.contains(a, b);
      case ST_WITHIN -> PlanarRelations.contains(b, a);
      case ST_EQUALS -> PlanarRelations.equalsTopologically(a, b);
      case ST_TOUCHES -> PlanarRelations.touches(a, b);
      default -> throw new IllegalStateException(m + " takes no instance");
    };
  }

  /** STBuffer: of a point, a 64-gon around it; of any other shape, not implemented here (NotSupportedException). */
  private static Object buffer(SpatialValue v, double distance) {
    Coord p = SpatialAccessors.pointOf(v.shape());
    if (p == null) {
      throw SpatialErrors.clr(v.geography(), "System.NotSupportedException", 0,
          "STBuffer of a " + v.shape().type().typeName() + " is not supported by Quern's geometry type; only of a"
              + " Point.", "STBuffer(Double distance)");
    }
    return bytes(v, PlanarMeasures.bufferPoint(p, distance));
  }

  private static long n(Object[] a) {
    return ((Number) a[0]).longValue();
  }

  private static byte[] bytes(SpatialValue v, Shape s) {
    return s == null ? null : SpatialFactory.derived(v, s).bytes();
  }
}
