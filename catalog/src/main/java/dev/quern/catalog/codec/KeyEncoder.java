package dev.quern.catalog.codec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.catalog.value.VectorValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Builds memcomparable keys: byte order of the result is SQL Server's order of the values, column
 * by column (the encoding of each type is in the package documentation).
 */
public final class KeyEncoder {
  private static final int NULL_MARK = 0x00;
  private static final int VALUE_MARK = 0x01;

  private final ByteSink sink;

  private KeyEncoder(ByteSink sink) {
    this.sink = sink;
  }

  /** A key starting with {@code prefix} (a range's prefix, e.g. the table's data id). */
  public static KeyEncoder withPrefix(byte[] prefix) {
    ByteSink sink = new ByteSink(prefix.length + 32);
    sink.put(prefix);
    return new KeyEncoder(sink);
  }

  /** {@code values[i]} encoded as {@code columns[i]}, after {@code prefix}. */
  public static byte[] encode(byte[] prefix, List<KeyColumn> columns, Object[] values) {
    KeyEncoder e = withPrefix(prefix);
    for (int i = 0; i < values.length; i++) {
      e.add(columns.get(i), values[i]);
    }
    return e.toBytes();
  }

  /** Appends one column. */
  public KeyEncoder add(KeyColumn column, Object value) {
    int start = sink.size();
    if (value == null) {
      sink.put(NULL_MARK);
    } else {
      sink.put(VALUE_MARK);
      writeValue(column.type().id(), column.collation(), value);
    }
    if (column.descending()) {
      sink.invertFrom(start);
    }
    return this;
  }

  /** Appends raw bytes (a row key after an index key). */
  public KeyEncoder addRaw(byte[] bytes) {
    sink.put(bytes);
    return this;
  }

  public byte[] toBytes() {
    return sink.toBytes();
  }

  private void writeValue(TypeId type, KeyCollation collation, Object v) {
    switch (type) {
      case TINYINT -> sink.put(((Number) v).intValue());
      case SMALLINT -> sink.putShort(((Number) v).intValue() ^ 0x8000);
      case INT -> sink.putInt(((Number) v).intValue() ^ Integer.MIN_VALUE);
      case BIGINT -> sink.putLong(((Number) v).longValue() ^ Long.MIN_VALUE);
      case BIT -> sink.put(((Boolean) v) ? 1 : 0);
      case DECIMAL, NUMERIC -> writeDecimal((BigDecimal) v);
      case MONEY -> sink.putLong(money(v).longValueExact() ^ Long.MIN_VALUE);
      case SMALLMONEY -> sink.putInt(money(v).intValueExact() ^ Integer.MIN_VALUE);
      case REAL -> writeFloat((Float) v);
      case FLOAT -> writeDouble(((Number) v).doubleValue());
      case CHAR, VARCHAR, TEXT -> writeEscaped(collation.sortKey((String) v, false));
      case NCHAR, NVARCHAR, NTEXT, XML -> writeEscaped(collation.sortKey((String) v, true));
      // json is never a key column; an internal work key orders it as its binary UTF-8 text.
      case JSON -> writeEscaped(((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case BINARY, VARBINARY, IMAGE -> writeEscaped(stripTrailingZeros((byte[]) v));
      // SQL Server's own encoding orders depth-first bytewise (and never ends in a zero byte).
      case HIERARCHYID -> writeEscaped((byte[]) v);
      // No index or sort takes a vector (SQL Server refuses them); its bytes keep it distinct.
      case VECTOR -> writeEscaped(((VectorValue) v).toBytes());
      // Neither is comparable in SQL Server (no key, no ORDER BY); the bytes keep values distinct in work keys.
      case GEOMETRY, GEOGRAPHY -> writeEscaped((byte[]) v);
      case DATE -> writeDate((LocalDate) v);
      case TIME -> sink.putLong(((LocalTime) v).toNanoOfDay());
      case DATETIME2, DATETIME, SMALLDATETIME -> writeDateTime((LocalDateTime) v);
      case DATETIMEOFFSET -> writeInstant((OffsetDateTime) v);
      case UNIQUEIDENTIFIER -> writeGuid((UUID) v);
      case SQL_VARIANT -> writeVariant((SqlVariant) v, collation);
    }
  }

  /** Money as its integer count of ten-thousandths. */
  static java.math.BigInteger money(Object v) {
    return ((BigDecimal) v).setScale(4, java.math.RoundingMode.HALF_UP).unscaledValue();
  }

  private void writeDecimal(BigDecimal v) {
    if (v.signum() == 0) {
      sink.put(0x02);
      return;
    }
    BigDecimal stripped = v.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - stripped.scale(); // value = 0.digits × 10^exponent
    boolean negative = v.signum() < 0;
    sink.put(negative ? 0x01 : 0x03);
    int flipped = exponent ^ Integer.MIN_VALUE;
    sink.putInt(negative ? ~flipped : flipped);
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      sink.put(negative ? 10 - d : d + 1);
    }
    sink.put(negative ? 0xFF : 0x00);
  }

  private void writeFloat(float f) {
    if (f == 0.0f) {
      f = 0.0f; // -0.0 equals 0.0 in SQL
    }
    int bits = Float.isNaN(f) ? 0x7FC00000 : Float.floatToIntBits(f);
    sink.putInt(bits >= 0 ? bits ^ Integer.MIN_VALUE : ~bits);
  }

  private void writeDouble(double d) {
    if (d == 0.0d) {
      d = 0.0d;
    }
    long bits = Double.isNaN(d) ? 0x7FF8000000000000L : Double.doubleToLongBits(d);
    sink.putLong(bits >= 0 ? bits ^ Long.MIN_VALUE : ~bits);
  }

  /**
   * 0x00 becomes 0x00 0xFF; the end is 0x00 0x01, below every continuation: prefix-free, ordered.
   */
  private void writeEscaped(byte[] bytes) {
    for (byte b : bytes) {
      sink.put(b);
      if (b == 0) {
        sink.put(0xFF);
      }
    }
    sink.put(0x00).put(0x01);
  }

  /** SQL Server compares binary values as if the shorter were padded with 0x00. */
  private static byte[] stripTrailingZeros(byte[] b) {
    int end = b.length;
    while (end > 0 && b[end - 1] == 0) {
      end--;
    }
    return end == b.length ? b : java.util.Arrays.copyOf(b, end);
  }

  private void writeDate(LocalDate d) {
    sink.putInt((int) d.toEpochDay() ^ Integer.MIN_VALUE);
  }

  private void writeDateTime(LocalDateTime dt) {
    writeDate(dt.toLocalDate());
    sink.putLong(dt.toLocalTime().toNanoOfDay());
  }

  private void writeInstant(OffsetDateTime odt) {
    java.time.Instant i = odt.toInstant();
    sink.putLong(i.getEpochSecond() ^ Long.MIN_VALUE);
    sink.putInt(i.getNano());
  }

  /** SQL Server's uniqueidentifier order (System.Data.SqlTypes.SqlGuid): see the package doc. */
  private void writeGuid(UUID u) {
    byte[] s = new byte[16];
    long msb = u.getMostSignificantBits();
    long lsb = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      s[i] = (byte) (msb >>> (56 - 8 * i));
      s[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    sink.put(s, 10, 6);
    sink.put(s[8]).put(s[9]);
    for (int i = 7; i >= 0; i--) {
      sink.put(s[i]);
    }
  }

  private void writeVariant(SqlVariant v, KeyCollation collation) {
    TypeId base = v.baseType().id();
    int family = VariantFamily.of(base);
    sink.put(family);
    switch (family) {
      case VariantFamily.EXACT -> writeDecimal(VariantFamily.exact(base, v.value()));
      case VariantFamily.APPROXIMATE -> writeDouble(((Number) v.value()).doubleValue());
      case VariantFamily.DATE_TIME -> writeVariantDateTime(v.value());
      case VariantFamily.CHARACTER -> writeEscaped(collation.sortKey((String) v.value(), true));
      default -> writeValue(base, collation, v.value());
    }
  }

  /**
   * Dates, times and datetimeoffsets of a sql_variant compare on one time line (UTC for offsets).
   */
  private void writeVariantDateTime(Object value) {
    LocalDateTime dt =
        switch (value) {
          case LocalDate d -> d.atStartOfDay();
          case LocalTime t -> LocalDate.of(1900, 1, 1).atTime(t);
          case OffsetDateTime o ->
              o.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
          default -> (LocalDateTime) value;
        };
    writeDateTime(dt);
  }

  /** The sql_variant families in ascending order, and conversion to the family's common type. */
  static final class VariantFamily {
    static final int GUID = 1;
    static final int BINARY = 2;
    static final int CHARACTER = 3;
    static final int EXACT = 4;
    static final int APPROXIMATE = 5;
    static final int DATE_TIME = 6;

    private VariantFamily() {}

    static int of(TypeId t) {
      return switch (t) {
        case UNIQUEIDENTIFIER -> GUID;
        case BINARY, VARBINARY, IMAGE -> BINARY;
        case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML -> CHARACTER;
        case TINYINT, SMALLINT, INT, BIGINT, BIT, DECIMAL, NUMERIC, MONEY, SMALLMONEY -> EXACT;
        case REAL, FLOAT -> APPROXIMATE;
        case DATE, TIME, DATETIME2, DATETIME, SMALLDATETIME, DATETIMEOFFSET -> DATE_TIME;
        case SQL_VARIANT, HIERARCHYID, VECTOR, JSON, GEOMETRY, GEOGRAPHY ->
            throw new IllegalArgumentException("sql_variant cannot hold " + t);
      };
    }

    static BigDecimal exact(TypeId t, Object value) {
      return switch (value) {
        case BigDecimal d -> d;
        case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
        case Number n -> BigDecimal.valueOf(n.longValue());
        default -> throw new IllegalArgumentException("Not an exact numeric " + t + ": " + value);
      };
    }
  }

  /**
   * The type ids whose values can be key columns (SQL Server: not text, ntext, image, xml, (max)).
   */
  public static boolean indexable(SqlType type) {
    return switch (type.id()) {
      case TEXT, NTEXT, IMAGE, XML -> false;
      case JSON -> false;
      default -> !type.isMax();
    };
  }
}
