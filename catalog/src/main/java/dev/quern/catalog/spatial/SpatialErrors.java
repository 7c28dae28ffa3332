package dev.quern.catalog.spatial;

import dev.quern.catalog.value.SqlValueException;

/**
 * The errors the geometry and geography types' .NET code throws (FormatException,
 * ArgumentException … with their 24xxx numbers and texts), reported by SQL Server as 6522 naming
 * the routine "geometry" or "geography". The message ends with the public method's frame, as the
 * hierarchyid errors do; SQL Server's deeper internal frames are not reproduced.
 */
public final class SpatialErrors {
  static final String FORMAT = "System.FormatException";
  static final String ARGUMENT = "System.ArgumentException";
  static final String OUT_OF_RANGE = "System.ArgumentOutOfRangeException";
  static final String GL_ARGUMENT = "Microsoft.SqlServer.Types.GLArgumentException";

  private static final String LABELS = "POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON,"
      + " GEOMETRYCOLLECTION, CIRCULARSTRING, COMPOUNDCURVE, CURVEPOLYGON and FULLGLOBE (geography Data Type only)";

  private SpatialErrors() {}

  /** A 24xxx error of the type's code, thrown while running {@code frame} of SqlGeometry/SqlGeography. */
  public static SqlValueException clr(boolean geography, String exception, int code, String text, String frame) {
    String type = geography ? "geography" : "geometry";
    String clrType = geography ? "SqlGeography" : "SqlGeometry";
    return new SqlValueException(6522, 16, 1,
        "A .NET Framework error occurred during execution of user-defined routine or aggregate \"" + type + "\": \n"
            + exception + ": " + (code == 0 ? "" : code + ": ") + text + "\n"
            + exception + ": \n"
            + "   at Microsoft.SqlServer.Types." + clrType + "." + frame + "\n.");
  }

  /** A parse error before its frame is known ({@link #at} adds it). */
  static ParseFailure format(int code, String text) {
    return new ParseFailure(FORMAT, code, text);
  }

  static ParseFailure invalidLabel(String rest) {
    return format(24114, "The label " + rest + " in the input well-known text (WKT) is not valid. Valid labels are "
        + LABELS + ".");
  }

  static ParseFailure numberExpected(int position, String token) {
    return format(24141, "A number is expected at position " + position + " of the input. The input has " + token + ".");
  }

  static ParseFailure tokenExpected(String expected, int position, String actual) {
    return format(24142, "Expected \"" + expected + "\" at position " + position + ". The input has \"" + actual + "\".");
  }

  static ParseFailure notValid() {
    return format(24111, "The well-known text (WKT) input is not valid.");
  }

  static ParseFailure emptyInput() {
    return format(24112, "The well-known text (WKT) input is empty. To input an empty instance, specify an empty"
        + " instance of one of the following types: Point, LineString, Polygon, MultiPoint, MultiLineString,"
        + " MultiPolygon, CircularString, CompoundCurve, CurvePolygon or GeometryCollection.");
  }

  static ParseFailure lineTooShort() {
    return format(24117, "The LineString input is not valid because it does not have enough points. A LineString"
        + " must have at least two points.");
  }

  static ParseFailure ringTooShort(int interior) {
    return interior == 0
        ? format(24118, "The Polygon input is not valid because the exterior ring does not have enough points. Each"
            + " ring of a polygon must contain at least four points.")
        : format(24120, "The Polygon input is not valid because the interior ring number " + interior + " does not"
            + " have enough points. Each ring of a polygon must contain at least four points.");
  }

  static ParseFailure ringNotClosed(int interior) {
    return interior == 0
        ? format(24119, "The Polygon input is not valid because the start and end points of the exterior ring are not"
            + " the same. Each ring of a polygon must have the same start and end points.")
        : format(24121, "The Polygon input is not valid because the start and end points of the interior ring number "
            + interior + " are not the same. Each ring of a polygon must have the same start and end points.");
  }

  static ParseFailure latitudeOutOfRange() {
    return format(24201, "Latitude values must be between -90 and 90 degrees.");
  }

  static ParseFailure longitudeOutOfRange() {
    return format(24202, "Longitude values must be between -15069 and 15069 degrees.");
  }

  static ParseFailure geographySrid() {
    return format(24204, "The spatial reference identifier (SRID) is not valid. The specified SRID must match one of"
        + " the supported SRIDs displayed in the sys.spatial_reference_systems catalog view.");
  }

  static ParseFailure hemisphere() {
    return new ParseFailure(GL_ARGUMENT, 24205, "The specified input does not represent a valid geography instance"
        + " because it exceeds a single hemisphere. Each geography instance must fit inside a single hemisphere. A"
        + " common reason for this error is that a polygon has the wrong ring orientation.");
  }

  static ParseFailure sridRange() {
    return new ParseFailure(ARGUMENT, 24100,
        "The spatial reference identifier (SRID) is not valid. SRIDs must be between 0 and 999999.");
  }

  static ParseFailure unexpectedVersion(boolean geography, int version) {
    return format(24210, (geography ? "Geography" : "Geometry") + " type with an unexpected version of " + version
        + " received; only versions up to 2 are accepted.");
  }

  /** Bytes that are no serialization (or WKB) of an instance: .NET's own FormatException text, no 24xxx code. */
  static ParseFailure invalidBinary() {
    return format(0, "One of the identified items was in an invalid format.");
  }

  /** Circular arcs and FullGlobe: SQL Server has them, this implementation does not (a decision, in the README). */
  static ParseFailure notSupported(String what) {
    return new ParseFailure("System.NotSupportedException", 0, what + " is not supported by Quern's geometry and"
        + " geography types.");
  }

  /** 24102 / 24103 / 24104: an index below 1 passed to STPointN, STGeometryN or STInteriorRingN. */
  public static SqlValueException indexTooSmall(boolean geography, String method, long n) {
    String text = switch (method) {
      case "STPointN" -> "The point index n (" + n + ") passed to STPointN is less than 1. This number must be greater"
          + " than or equal to 1 and less than or equal to the number of points returned by STNumPoints.";
      case "STGeometryN" -> "The geometry index n (" + n + ") passed to STGeometryN is less than 1. The number must be"
          + " greater than or equal to 1 and should be less than or equal to the number of instances returned by"
          + " STNumGeometries.";
      default -> "The ring index n (" + n + ") passed to STInteriorRingN is less than 1. The number must be greater"
          + " than or equal to 1 and should be less than or equal to the number of rings returned by"
          + " STNumInteriorRing.";
    };
    int code = method.equals("STPointN") ? 24102 : method.equals("STGeometryN") ? 24103 : 24104;
    return clr(geography, OUT_OF_RANGE, code, text + "\nParameter name: n", method + "(Int32 n)");
  }

  /** A NULL assigned to STSrid: .NET's own ArgumentNullException, no 24xxx code. */
  public static SqlValueException sridNull(boolean geography) {
    return clr(geography, "System.ArgumentNullException", 0, "Value cannot be null.", "set_STSrid(SqlInt32 value)");
  }

  /** A thrown error of the readers, before the public method that called them is known. */
  public static final class ParseFailure extends RuntimeException {
    private final String exception;
    private final int code;
    private final String text;

    ParseFailure(String exception, int code, String text) {
      super(code == 0 ? text : code + ": " + text, null, false, false);
      this.exception = exception;
      this.code = code;
      this.text = text;
    }

    /** The 6522 that SQL Server reports when {@code frame} of the type threw this. */
    public SqlValueException at(boolean geography, String frame) {
      return clr(geography, exception, code, text, frame);
    }

    int code() {
      return code;
    }

    String text() {
      return text;
    }
  }
}
