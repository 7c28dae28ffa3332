package dev.quern.catalog.codec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.catalog.value.VectorValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/** The in-row bytes of one non-null value: fixed width where the type has one, else variable. */
final class ValueCodec {
  /** The width of a variable-width type. */
  static final int VARIABLE = -1;

  private ValueCodec() {}

  static int fixedWidth(TypeId type) {
    return switch (type) {
      case TINYINT, BIT -> 1;
      case SMALLINT -> 2;
      case INT, SMALLMONEY, REAL, DATE -> 4;
      case BIGINT, MONEY, FLOAT, TIME -> 8;
      case DATETIME2, DATETIME, SMALLDATETIME -> 12;
      case DATETIMEOFFSET, UNIQUEIDENTIFIER -> 16;
      default -> VARIABLE;
    };
  }

  /** Whether values of the type may be stored outside the row (the (max) and legacy LOB types). */
  static boolean lobCapable(SqlType type) {
    return switch (type.id()) {
      case TEXT, NTEXT, IMAGE, XML -> true;
      case JSON -> true;
      case VARCHAR, NVARCHAR, VARBINARY -> type.isMax();
      default -> false;
    };
  }

  static void writeFixed(ByteSink out, TypeId type, Object v) {
    switch (type) {
      case TINYINT -> out.put(((Number) v).intValue());
      case BIT -> out.put(((Boolean) v) ? 1 : 0);
      case SMALLINT -> out.putShort(((Number) v).intValue());
      case INT -> out.putInt(((Number) v).intValue());
      case BIGINT -> out.putLong(((Number) v).longValue());
      case SMALLMONEY -> out.putInt(KeyEncoder.money(v).intValueExact());
      case MONEY -> out.putLong(KeyEncoder.money(v).longValueExact());
      case REAL -> out.putInt(Float.floatToIntBits(((Number) v).floatValue()));
      case FLOAT -> out.putLong(Double.doubleToLongBits(((Number) v).doubleValue()));
      case DATE -> out.putInt((int) ((LocalDate) v).toEpochDay());
      case TIME -> out.putLong(((LocalTime) v).toNanoOfDay());
      case DATETIME2, DATETIME, SMALLDATETIME -> {
        LocalDateTime dt = (LocalDateTime) v;
        out.putInt((int) dt.toLocalDate().toEpochDay()).putLong(dt.toLocalTime().toNanoOfDay());
      }
      case DATETIMEOFFSET -> {
        OffsetDateTime o = (OffsetDateTime) v;
        out.putInt((int) o.toLocalDate().toEpochDay())
            .putLong(o.toLocalTime().toNanoOfDay())
            .putInt(o.getOffset().getTotalSeconds());
      }
      case UNIQUEIDENTIFIER -> {
        UUID u = (UUID) v;
        out.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
      }
      default -> throw new IllegalArgumentException(type + " is not fixed-width");
    }
  }

  static Object readFixed(ByteSource in, TypeId type) {
    return switch (type) {
      case TINYINT -> in.get();
      case BIT -> in.get() != 0;
      case SMALLINT -> (int) (short) in.getShort();
      case INT -> in.getInt();
      case BIGINT -> in.getLong();
      case SMALLMONEY -> BigDecimal.valueOf(in.getInt(), 4);
      case MONEY -> BigDecimal.valueOf(in.getLong(), 4);
      case REAL -> Float.intBitsToFloat(in.getInt());
      case FLOAT -> Double.longBitsToDouble(in.getLong());
      case DATE -> LocalDate.ofEpochDay(in.getInt());
      case TIME -> LocalTime.ofNanoOfDay(in.getLong());
      case DATETIME2, DATETIME, SMALLDATETIME ->
          LocalDateTime.of(LocalDate.ofEpochDay(in.getInt()), LocalTime.ofNanoOfDay(in.getLong()));
      case DATETIMEOFFSET -> {
        LocalDate d = LocalDate.ofEpochDay(in.getInt());
        LocalTime t = LocalTime.ofNanoOfDay(in.getLong());
        yield OffsetDateTime.of(d, t, ZoneOffset.ofTotalSeconds(in.getInt()));
      }
      case UNIQUEIDENTIFIER -> new UUID(in.getLong(), in.getLong());
      default -> throw new IllegalArgumentException(type + " is not fixed-width");
    };
  }

  static byte[] encodeVariable(TypeId type, Object v) {
    return switch (type) {
      case DECIMAL, NUMERIC -> {
        BigDecimal d = (BigDecimal) v;
        ByteSink out = new ByteSink();
        out.putVarint(d.scale() & 0xFFFFFFFFL).put(d.unscaledValue().toByteArray());
        yield out.toBytes();
      }
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML ->
          ((String) v).getBytes(StandardCharsets.UTF_8);
      case JSON -> ((String) v).getBytes(StandardCharsets.UTF_8);
      case BINARY, VARBINARY, IMAGE, HIERARCHYID, GEOMETRY, GEOGRAPHY -> (byte[]) v;
      case VECTOR -> ((VectorValue) v).toBytes();
      case SQL_VARIANT -> encodeVariant((SqlVariant) v);
      default -> throw new IllegalArgumentException(type + " is not variable-width");
    };
  }

  static Object decodeVariable(TypeId type, byte[] b) {
    return decodeVariable(type, b, 0, b.length);
  }

  /** Decodes the value in {@code b[offset, offset + length)}; strings are built in place, no copy. */
  static Object decodeVariable(TypeId type, byte[] b, int offset, int length) {
    return switch (type) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML ->
          new String(b, offset, length, StandardCharsets.UTF_8);
      case JSON -> new String(b, offset, length, StandardCharsets.UTF_8);
      default ->
          decodeWhole(type, offset == 0 && length == b.length ? b : Arrays.copyOfRange(b, offset, offset + length));
    };
  }

  private static Object decodeWhole(TypeId type, byte[] b) {
    return switch (type) {
      case DECIMAL, NUMERIC -> {
        ByteSource in = new ByteSource(b);
        int scale = (int) in.getVarint();
        byte[] unscaled = in.get(b.length - in.position());
        yield new BigDecimal(new BigInteger(unscaled), scale);
      }
      case BINARY, VARBINARY, IMAGE, HIERARCHYID, GEOMETRY, GEOGRAPHY -> b;
      case VECTOR -> VectorValue.fromBytes(b);
      case SQL_VARIANT -> decodeVariant(b);
      default -> throw new IllegalArgumentException(type + " is not variable-width");
    };
  }

  /** The base type by name (enum order may change, names do not) and facets, then the value. */
  private static byte[] encodeVariant(SqlVariant v) {
    SqlType t = v.baseType();
    byte[] name = t.id().name().getBytes(StandardCharsets.US_ASCII);
    ByteSink out = new ByteSink();
    out.putVarint(name.length).put(name);
    out.putInt(t.length()).putInt(t.precision()).putInt(t.scale());
    if (fixedWidth(t.id()) != VARIABLE) {
      writeFixed(out, t.id(), v.value());
    } else {
      out.put(encodeVariable(t.id(), v.value()));
    }
    return out.toBytes();
  }

  private static SqlVariant decodeVariant(byte[] b) {
    ByteSource in = new ByteSource(b);
    TypeId id = TypeId.valueOf(new String(in.get((int) in.getVarint()), StandardCharsets.US_ASCII));
    SqlType t = new SqlType(id, in.getInt(), in.getInt(), in.getInt());
    Object value =
        fixedWidth(id) != VARIABLE
            ? readFixed(in, id)
            : decodeVariable(id, in.get(b.length - in.position()));
    return new SqlVariant(t, value);
  }
}
