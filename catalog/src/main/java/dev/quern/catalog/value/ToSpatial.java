package dev.quern.catalog.value;

import dev.quern.catalog.spatial.SpatialFactory;
import dev.quern.catalog.spatial.SpatialValue;
import dev.quern.catalog.spatial.WktWriter;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * Conversions to and from geometry and geography, as SQL Server runs them through the CLR types: a
 * string is Parse()d (SRID 0 for geometry, 4326 for geography), bytes are read as the types'
 * serialization; an instance becomes its ToString() text (then fitted to the string type) or its
 * bytes.
 */
final class ToSpatial {
  private static final SqlType TEXT = SqlType.ofLength(TypeId.NVARCHAR, SqlTypes.MAX_NCHARS);

  private ToSpatial() {}

  static boolean isSpatial(TypeId id) {
    return id == TypeId.GEOMETRY || id == TypeId.GEOGRAPHY;
  }

  static byte[] convert(Object v, SqlType from, SqlType to) {
    boolean geography = to.id() == TypeId.GEOGRAPHY;
    return switch (v) {
      case String s -> SpatialFactory.parse(geography, s).bytes();
      case byte[] b when from.id() == to.id() -> b;
      case byte[] b -> SpatialFactory.fromBytes(geography, b).bytes();
      default -> throw ValueErrors.explicitNotAllowed(from.id(), to.id());
    };
  }

  /** An instance converted to a string or binary type. */
  static Object from(byte[] v, SqlType from, SqlType to) {
    if (SqlTypes.isBinary(to.id())) {
      return ToBinary.convert(v, SqlTypes.VARBINARY_MAX, to, Conversions.NO_STYLE);
    }
    SpatialValue value = SpatialFactory.fromBytes(from.id() == TypeId.GEOGRAPHY, v);
    return ToText.convert(WktWriter.write(value.shape(), true), TEXT, to, Conversions.NO_STYLE);
  }
}
