package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * sql_variant values [MS-TDS §2.2.5.5.4].
 *
 * <pre>
 * LONG total length (0 = NULL)
 * BaseType BYTE  PropBytes BYTE  properties  data (total − 2 − PropBytes bytes, no length prefix)
 *   properties: none (ints, bit, float, money, datetime, uniqueidentifier, date)
 *               scale (time, datetime2, datetimeoffset)
 *               precision, scale (decimal, numeric)
 *               max length USHORT (binary, varbinary)
 *               collation(5), max length USHORT (char, varchar, nchar, nvarchar)
 * </pre>
 */
final class VariantCodec {
  /** The largest sql_variant on the wire: 8000 bytes of data plus base type and properties. */
  static final int MAX_VARIANT_BYTES = 8016;

  private VariantCodec() {}

  static Object read(ByteBuf in) {
    int total = TdsBuffers.readIntLE(in, "sql_variant length");
    if (total == 0) {
      return null;
    }
    if (total < 2 || total > MAX_VARIANT_BYTES) {
      throw new TdsProtocolException("Invalid sql_variant length " + total);
    }
    TdsBuffers.need(in, total, "sql_variant");
    TdsDataType base = TdsDataType.of(in.readUnsignedByte());
    int propBytes = in.readUnsignedByte();
    int dataLen = total - 2 - propBytes;
    if (propBytes != propBytes(base) || dataLen < 0) {
      throw new TdsProtocolException(
          "Invalid sql_variant of " + base + " with " + propBytes + " property bytes");
    }
    TypeInfo baseType = readProperties(base, in);
    Object value = TdsValueCodec.readBody(in, baseType, dataLen);
    return new VariantValue(baseType, value);
  }

  static void write(ByteBuf out, TypeInfo declared, Object value) {
    VariantValue v = Values.as(value, VariantValue.class, declared);
    TypeInfo base = v.baseType();
    int props = propBytes(base.type());
    if (props < 0 || base.isPlp()) {
      throw new IllegalArgumentException("sql_variant cannot hold " + base);
    }
    int at = out.writerIndex();
    out.writeIntLE(0); // total length, patched below
    out.writeByte(base.type().token());
    out.writeByte(props);
    writeProperties(out, base);
    TdsValueCodec.writeBody(out, base, v.value());
    int total = out.writerIndex() - at - 4;
    if (total > MAX_VARIANT_BYTES) {
      out.writerIndex(at);
      throw new IllegalArgumentException("sql_variant value over 8016 bytes");
    }
    out.setIntLE(at, total);
  }

  /** How many property bytes each base type carries; -1 for types sql_variant cannot hold. */
  static int propBytes(TdsDataType base) {
    return switch (base) {
      case INT1, INT2, INT4, INT8, BIT, FLT4, FLT8, MONEY, MONEY4, DATETIME, DATETIM4, GUID, DATEN ->
          0;
      case TIMEN, DATETIME2N, DATETIMEOFFSETN -> 1;
      case DECIMALN, NUMERICN, BIGVARBINARY, BIGBINARY -> 2;
      case BIGVARCHAR, BIGCHAR, NVARCHAR, NCHAR -> 7;
      default -> -1;
    };
  }

  private static TypeInfo readProperties(TdsDataType base, ByteBuf in) {
    return switch (base) {
      case GUID -> TypeInfo.guid();
      case DATEN -> TypeInfo.date();
      case TIMEN, DATETIME2N, DATETIMEOFFSETN -> scaled(base, in.readUnsignedByte());
      case DECIMALN, NUMERICN -> {
        int precision = in.readUnsignedByte();
        int scale = in.readUnsignedByte();
        if (precision < 1 || precision > TypeInfo.MAX_PRECISION || scale > precision) {
          throw new TdsProtocolException("Invalid sql_variant decimal(" + precision + "," + scale + ")");
        }
        yield base == TdsDataType.DECIMALN
            ? TypeInfo.decimalN(precision, scale)
            : TypeInfo.numericN(precision, scale);
      }
      case BIGVARBINARY, BIGBINARY -> new TypeInfo(base, maxLength(in), 0, 0, null);
      case BIGVARCHAR, BIGCHAR, NVARCHAR, NCHAR -> {
        Collation collation = Collation.decode(in);
        yield new TypeInfo(base, maxLength(in), 0, 0, collation);
      }
      default -> TypeInfo.fixed(base);
    };
  }

  private static TypeInfo scaled(TdsDataType base, int scale) {
    if (scale > TypeInfo.MAX_TIME_SCALE) {
      throw new TdsProtocolException("Invalid sql_variant scale " + scale);
    }
    return switch (base) {
      case TIMEN -> TypeInfo.time(scale);
      case DATETIME2N -> TypeInfo.datetime2(scale);
      default -> TypeInfo.datetimeOffset(scale);
    };
  }

  private static int maxLength(ByteBuf in) {
    int len = in.readUnsignedShortLE();
    if (len > TypeInfo.MAX_SHORT_LENGTH) {
      throw new TdsProtocolException("Invalid sql_variant max length " + len);
    }
    return len;
  }

  private static void writeProperties(ByteBuf out, TypeInfo base) {
    switch (propBytes(base.type())) {
      case 0 -> {}
      case 1 -> out.writeByte(base.scale());
      case 2 -> {
        if (base.isDecimal()) {
          out.writeByte(base.precision());
          out.writeByte(base.scale());
        } else {
          out.writeShortLE(base.maxLength());
        }
      }
      case 7 -> {
        base.collation().encode(out);
        out.writeShortLE(base.maxLength());
      }
      default -> throw new IllegalArgumentException("sql_variant cannot hold " + base.type());
    }
  }
}
