package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Bodies (no length prefix) of the exact and approximate numerics, money and uniqueidentifier
 * [MS-TDS §2.2.5.5.1].
 */
final class NumericCodec {
  /** Money is stored as value × 10⁴ [MS-TDS §2.2.5.5.1.4]. */
  static final int MONEY_SCALE = 4;

  private static final BigInteger MAX_DECIMAL_MAGNITUDE = BigInteger.TEN.pow(38);

  private NumericCodec() {}

  // ---- integers, bit, float -------------------------------------------------------------

  static Object readInt(ByteBuf in, int len) {
    return switch (len) {
      case 1 -> (int) in.readUnsignedByte(); // tinyint is unsigned 0..255
      case 2 -> (int) in.readShortLE();
      case 4 -> in.readIntLE();
      case 8 -> in.readLongLE();
      default -> throw new TdsProtocolException("Invalid integer length " + len);
    };
  }

  static void writeInt(ByteBuf out, TypeInfo type, int len, Object value) {
    long v = Values.exactLong(value, type);
    switch (len) {
      case 1 -> {
        check(v >= 0 && v <= 0xFF, value, type);
        out.writeByte((int) v);
      }
      case 2 -> {
        check(v >= Short.MIN_VALUE && v <= Short.MAX_VALUE, value, type);
        out.writeShortLE((int) v);
      }
      case 4 -> {
        check(v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE, value, type);
        out.writeIntLE((int) v);
      }
      default -> out.writeLongLE(v);
    }
  }

  static Boolean readBit(ByteBuf in, int len) {
    if (len != 1) {
      throw new TdsProtocolException("Invalid bit length " + len);
    }
    return in.readByte() != 0;
  }

  static void writeBit(ByteBuf out, TypeInfo type, Object value) {
    boolean b =
        value instanceof Boolean bool ? bool : Values.exactLong(value, type) != 0;
    out.writeByte(b ? 1 : 0);
  }

  static Object readFloat(ByteBuf in, int len) {
    return switch (len) {
      case 4 -> Float.intBitsToFloat(in.readIntLE());
      case 8 -> Double.longBitsToDouble(in.readLongLE());
      default -> throw new TdsProtocolException("Invalid float length " + len);
    };
  }

  /** {@code value} (a Float or Double) when it is a number SQL Server can hold: not NaN nor ±∞. */
  static Object finite(Object value) {
    boolean finite = value instanceof Float f ? Float.isFinite(f) : Double.isFinite((Double) value);
    if (!finite) {
      throw new TdsInvalidValueException(value instanceof Float ? "real" : "float",
          "Float value " + value + " is not a number SQL Server holds");
    }
    return value;
  }

  static void writeFloat(ByteBuf out, TypeInfo type, int len, Object value) {
    Number n = Values.number(value, type);
    if (len == 4) {
      out.writeIntLE(Float.floatToRawIntBits(n.floatValue()));
    } else {
      out.writeLongLE(Double.doubleToRawLongBits(n.doubleValue()));
    }
  }

  // ---- money ----------------------------------------------------------------------------

  static BigDecimal readMoney(ByteBuf in, int len) {
    return switch (len) {
      case 4 -> BigDecimal.valueOf(in.readIntLE(), MONEY_SCALE);
      case 8 -> {
        // High 32 bits first, then the low 32 bits, each little-endian.
        long high = in.readIntLE();
        long low = in.readUnsignedIntLE();
        yield BigDecimal.valueOf((high << 32) | low, MONEY_SCALE);
      }
      default -> throw new TdsProtocolException("Invalid money length " + len);
    };
  }

  static void writeMoney(ByteBuf out, TypeInfo type, int len, Object value) {
    BigDecimal d = decimalOf(value, type).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    long units;
    try {
      units = d.unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw Values.outOfRange(value, type);
    }
    if (len == 4) {
      check(units >= Integer.MIN_VALUE && units <= Integer.MAX_VALUE, value, type);
      out.writeIntLE((int) units);
    } else {
      out.writeIntLE((int) (units >> 32));
      out.writeIntLE((int) units);
    }
  }

  // ---- decimal --------------------------------------------------------------------------

  /**
   * Sign byte (1 = non-negative, 0 = negative) then the magnitude, little-endian, with the high
   * bytes left off: mssql-jdbc sends only the bytes the value needs, FreeTDS those the precision
   * needs, and SQL Server takes any 1..16 regardless of the TYPE_INFO's length.
   */
  static BigDecimal readDecimal(ByteBuf in, int len, int scale) {
    if (len < TypeInfo.MIN_DECIMAL_LENGTH || len > TypeInfo.MAX_DECIMAL_LENGTH) {
      throw new TdsProtocolException("Invalid decimal length " + len);
    }
    int sign = in.readUnsignedByte();
    if (sign > 1) {
      throw new TdsProtocolException("Invalid decimal sign byte " + sign);
    }
    byte[] magnitude = new byte[len - 1];
    for (int i = magnitude.length - 1; i >= 0; i--) {
      magnitude[i] = in.readByte();
    }
    BigInteger unscaled = new BigInteger(1, magnitude);
    if (unscaled.compareTo(MAX_DECIMAL_MAGNITUDE) >= 0) {
      throw new TdsProtocolException("Decimal magnitude exceeds 38 digits");
    }
    return new BigDecimal(sign == 1 ? unscaled : unscaled.negate(), scale);
  }

  /**
   * {@code value} when its digits fit the TYPE_INFO's precision. A value of more digits than its
   * type allows is malformed input (SQL Server: 8023), not a value to hand on: encoding it back
   * with its own type failed.
   */
  static BigDecimal withinPrecision(BigDecimal value, TypeInfo type) {
    if (value.unscaledValue().abs().compareTo(BigInteger.TEN.pow(type.precision())) >= 0) {
      String name = type.type() == TdsDataType.NUMERIC || type.type() == TdsDataType.NUMERICN
          ? "numeric" : "decimal";
      throw new TdsInvalidValueException(name, "Decimal value " + value + " exceeds precision "
          + type.precision());
    }
    return value;
  }

  static void writeDecimal(ByteBuf out, TypeInfo type, int len, Object value) {
    BigDecimal d = decimalOf(value, type).setScale(type.scale(), RoundingMode.HALF_UP);
    BigInteger unscaled = d.unscaledValue();
    BigInteger magnitude = unscaled.abs();
    if (magnitude.compareTo(BigInteger.TEN.pow(type.precision())) >= 0) {
      throw Values.outOfRange(value, type);
    }
    out.writeByte(unscaled.signum() < 0 ? 0 : 1);
    byte[] be = magnitude.toByteArray(); // big-endian, possibly with a leading 0 sign byte
    int bodyLen = len - 1;
    for (int i = 0; i < bodyLen; i++) {
      int src = be.length - 1 - i;
      out.writeByte(src >= 0 ? be[src] : 0);
    }
  }

  private static BigDecimal decimalOf(Object value, TypeInfo type) {
    Number n = Values.number(value, type);
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    return BigDecimal.valueOf(n.doubleValue());
  }

  // ---- uniqueidentifier -----------------------------------------------------------------

  /** The first three groups little-endian, the last eight bytes as written (.NET GUID order). */
  static UUID readGuid(ByteBuf in, int len) {
    if (len != 16) {
      throw new TdsProtocolException("Invalid uniqueidentifier length " + len);
    }
    long a = in.readUnsignedIntLE();
    long b = in.readUnsignedShortLE();
    long c = in.readUnsignedShortLE();
    long lsb = in.readLong();
    return new UUID((a << 32) | (b << 16) | c, lsb);
  }

  static void writeGuid(ByteBuf out, TypeInfo type, Object value) {
    UUID u = Values.as(value, UUID.class, type);
    long msb = u.getMostSignificantBits();
    out.writeIntLE((int) (msb >>> 32));
    out.writeShortLE((int) (msb >>> 16));
    out.writeShortLE((int) msb);
    out.writeLong(u.getLeastSignificantBits());
  }

  private static void check(boolean ok, Object value, TypeInfo type) {
    if (!ok) {
      throw Values.outOfRange(value, type);
    }
  }
}
