package dev.quern.catalog.spatial;

import dev.quern.catalog.spatial.SpatialErrors.ParseFailure;

/**
 * The types' constructors (STGeomFromText, Parse, STPointFromText …, STGeomFromWKB, Point) and the
 * checks SQL Server's types make of every instance they build: geometry's SRID between 0 and
 * 999999 (24100), geography's SRID one of sys.spatial_reference_systems' (24204), latitudes within
 * ±90 (24201) and longitudes within ±15069 (24202), and polygons whose interior, left of the
 * exterior ring, fits in a hemisphere (24205).
 */
public final class SpatialFactory {
  /** Parse's and CAST's SRID: 0 for geometry, 4326 for geography. */
  public static final int GEOMETRY_DEFAULT_SRID = 0;
  public static final int GEOGRAPHY_DEFAULT_SRID = 4326;

  private SpatialFactory() {}

  /** An instance of {@code wkt}; {@code expected}: the type a STxxxFromText requires, null for any. */
  public static SpatialValue fromText(boolean geography, String wkt, int srid, OgcType expected, String frame) {
    try {
      Shape s = WktReader.read(wkt);
      if (expected != null && s.type() != expected) {
        throw SpatialErrors.tokenExpected(expected.label(), s.type().label().length(), s.type().label());
      }
      return checked(new SpatialValue(geography, srid, s));
    } catch (ParseFailure e) {
      throw e.at(geography, frame);
    }
  }

  /** Parse(s) and CAST from a string. */
  public static SpatialValue parse(boolean geography, String wkt) {
    return fromText(geography, wkt, geography ? GEOGRAPHY_DEFAULT_SRID : GEOMETRY_DEFAULT_SRID, null,
        "Parse(SqlString s)");
  }

  /** STGeomFromWKB (and its typed variants). */
  public static SpatialValue fromWkb(boolean geography, byte[] wkb, int srid, OgcType expected, String frame) {
    try {
      Shape s = WkbCodec.read(wkb);
      if (expected != null && s.type() != expected) {
        throw SpatialErrors.invalidBinary();
      }
      return checked(new SpatialValue(geography, srid, s));
    } catch (ParseFailure e) {
      throw e.at(geography, frame);
    }
  }

  /** Point(x, y, srid) of geometry; Point(lat, long, srid) of geography. */
  public static SpatialValue point(boolean geography, double first, double second, int srid) {
    Coord c = geography ? Coord.of(second, first) : Coord.of(first, second);
    try {
      return checked(new SpatialValue(geography, srid, Shape.point(c)));
    } catch (ParseFailure e) {
      throw e.at(geography, "Point(Double " + (geography ? "latitude, Double longitude" : "x, Double y")
          + ", Int32 srid)");
    }
  }

  /** The instance SQL Server's bytes hold (CAST from varbinary, a value from a client). */
  public static SpatialValue fromBytes(boolean geography, byte[] bytes) {
    try {
      return SpatialBinary.deserialize(bytes, geography);
    } catch (ParseFailure e) {
      throw e.at(geography, "Read(BinaryReader r)");
    }
  }

  /** An instance under another SRID (SET x.STSrid = n), checked as a new one is. */
  public static SpatialValue withSrid(SpatialValue v, int srid) {
    try {
      return checked(v.withSrid(srid));
    } catch (ParseFailure e) {
      throw e.at(v.geography(), "set_STSrid(SqlInt32 value)");
    }
  }

  /** An instance a method derived from valid ones (STEnvelope, STBuffer …): the SRID check only. */
  public static SpatialValue derived(SpatialValue from, Shape shape) {
    return from.with(shape);
  }

  private static SpatialValue checked(SpatialValue v) {
    if (!v.geography()) {
      if (v.srid() < 0 || v.srid() > 999999) {
        throw SpatialErrors.sridRange();
      }
      return v;
    }
    if (SpatialReferenceSystems.of(v.srid()) == null) {
      throw SpatialErrors.geographySrid();
    }
    for (Coord c : v.shape().points()) {
      if (!(Math.abs(c.y()) <= 90)) {
        throw SpatialErrors.latitudeOutOfRange();
      }
      if (!(Math.abs(c.x()) <= 15069)) {
        throw SpatialErrors.longitudeOutOfRange();
      }
    }
    if (!GeographyMeasures.fitsHemisphere(v)) {
      throw SpatialErrors.hemisphere();
    }
    return v;
  }
}
