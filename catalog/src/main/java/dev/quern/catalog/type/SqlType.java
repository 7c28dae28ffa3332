package dev.quern.catalog.type;

/**
 * A SQL type with its facets, e.g. {@code nvarchar(20)}, {@code decimal(18,4)}, {@code time(7)}.
 *
 * <p>{@code length} is in characters for character types and bytes for binary types, {@link #MAX}
 * for the (max) forms, 0 where the type has no length. {@code precision}/{@code scale} are the
 * decimal precision and scale for DECIMAL/NUMERIC, and the fractional-seconds scale (0–7) for TIME,
 * DATETIME2 and DATETIMEOFFSET; 0 elsewhere.
 */
public record SqlType(TypeId id, int length, int precision, int scale) {
  /** The length of the (max) types: varchar(max), nvarchar(max), varbinary(max). */
  public static final int MAX = -1;

  public static SqlType of(TypeId id) {
    return new SqlType(id, 0, 0, 0);
  }

  public static SqlType ofLength(TypeId id, int length) {
    return new SqlType(id, length, 0, 0);
  }

  public static SqlType decimal(int precision, int scale) {
    return new SqlType(TypeId.DECIMAL, 0, precision, scale);
  }

  public static SqlType withScale(TypeId id, int scale) {
    return new SqlType(id, 0, 0, scale);
  }

  public boolean isMax() {
    return length == MAX;
  }

  // Written out rather than the record's generated pair: those go through an invokedynamic
  // bootstrap (ObjectMethods) that C2 did not inline into the hot per-row and per-statement
  // callers (seek key conversion, parameter checks), where the generated equals showed up as a
  // top self-time frame of a point select.
  @Override
  public boolean equals(Object o) {
    return o instanceof SqlType t
        && id == t.id
        && length == t.length
        && precision == t.precision
        && scale == t.scale;
  }

  @Override
  public int hashCode() {
    return ((id.hashCode() * 31 + length) * 31 + precision) * 31 + scale;
  }
}
