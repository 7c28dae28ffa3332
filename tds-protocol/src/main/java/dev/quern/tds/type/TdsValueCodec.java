package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * Reads and writes one value of a TYPE_INFO, TYPE_VARBYTE [MS-TDS §2.2.5.2.3, §2.2.5.5]:
 *
 * <pre>
 * FIXEDLENTYPE        the bytes, no NULL form
 * BYTELEN / DATE…N    BYTE length (0 = NULL) + bytes
 * USHORTLEN           USHORT length (0xFFFF = NULL) + bytes
 * (max) and xml       PLP (see PlpCodec)
 * text/ntext/image    ROW: BYTE TextPtrLen (0 = NULL), TextPtr, Timestamp(8), LONG length, bytes
 *                     parameter: LONG length (-1 = NULL) + bytes
 * sql_variant         LONG length (0 = NULL) + base type, properties, bytes (see VariantCodec)
 * </pre>
 *
 * <p>Java values are those of the engine's types (see the package documentation). Encoding writes
 * straight into the buffer; length prefixes that depend on the encoded size are patched in place.
 */
public final class TdsValueCodec {
  private static final int CHARBIN_NULL = 0xFFFF;

  private TdsValueCodec() {}

  /** Reads one value in its ROW form; returns null for NULL. */
  public static Object decode(ByteBuf in, TypeInfo type, int tdsVersion) {
    return read(in, type, true);
  }

  /**
   * Writes one value in its ROW form, including its length prefix; null writes the NULL form. A
   * value that does not fit the type throws IllegalArgumentException and leaves {@code out} as it
   * was.
   */
  public static void encode(ByteBuf out, TypeInfo type, Object value, int tdsVersion) {
    writeOrUndo(out, type, value, true);
  }

  /**
   * Writes a non-null nchar/nvarchar value given as UTF-8 in {@code buf[0..len)}, in its ROW form:
   * the same bytes as {@link #encode} of the String. ASCII text (the common case) is widened to
   * UTF-16LE in place, so {@code buf} must hold at least {@code 2 * len} bytes and its contents are
   * overwritten; other text, a value over the column's length and long (max) values go through a
   * String and the general path (which rejects what does not fit).
   */
  public static void encodeUtf8Text(ByteBuf out, TypeInfo type, byte[] buf, int len, int tdsVersion) {
    boolean plp = type.isPlp();
    if (!CharCodec.isUnicode(type.type()) || !isAscii(buf, len)
        || (plp ? 2 * len > PlpCodec.CHUNK_BYTES : 2 * len > type.maxLength())) {
      encode(out, type, new String(buf, 0, len, java.nio.charset.StandardCharsets.UTF_8), tdsVersion);
      return;
    }
    // Back to front, so no byte is overwritten before it is read.
    for (int i = len - 1; i >= 0; i--) {
      buf[2 * i + 1] = 0;
      buf[2 * i] = buf[i];
    }
    if (plp) {
      out.writeLongLE(2L * len);
      if (len > 0) {
        out.writeIntLE(2 * len);
        out.writeBytes(buf, 0, 2 * len);
      }
      out.writeIntLE(0); // PLP_TERMINATOR
    } else {
      out.writeShortLE(2 * len);
      out.writeBytes(buf, 0, 2 * len);
    }
  }

  private static boolean isAscii(byte[] b, int len) {
    int bits = 0;
    for (int i = 0; i < len; i++) {
      bits |= b[i];
    }
    return bits >= 0; // a byte ≥ 0x80 is negative and sets the sign bit
  }

  /**
   * Reads one RPC parameter value; differs from the ROW form only for text/ntext/image, which
   * parameters carry without the text pointer.
   */
  public static Object decodeParameter(ByteBuf in, TypeInfo type, int tdsVersion) {
    return read(in, type, false);
  }

  /** Writes one parameter/RETURNVALUE value (text/ntext/image without the text pointer). */
  public static void encodeParameter(ByteBuf out, TypeInfo type, Object value, int tdsVersion) {
    writeOrUndo(out, type, value, false);
  }

  /**
   * The size of the NULL form of a type in a ROW (what NBCROW saves per null column), or -1 for
   * the fixed-length types, which have no NULL form: only NBCROW can carry their NULL.
   */
  public static int nullSize(TypeInfo type) {
    if (type.isPlp()) {
      return 8;
    }
    return switch (type.type().lengthKind()) {
      case FIXED -> type.type() == TdsDataType.NULLTYPE ? 0 : -1;
      case BYTE, SCALE -> 1;
      case USHORT -> 2;
      case LONG -> type.type() == TdsDataType.SSVARIANT ? 4 : 1;
      case PLP -> 8;
    };
  }

  // ---- framing ----------------------------------------------------------------------------

  // The length prefixes of a value: the error's label is built only when the prefix is missing
  // (building it eagerly was a string concatenation per value decoded).
  private static int lengthByte(ByteBuf in, TdsDataType t) {
    if (in.readableBytes() < 1) {
      TdsBuffers.need(in, 1, t + " length");
    }
    return in.readUnsignedByte();
  }

  private static int lengthUnsignedShort(ByteBuf in, TdsDataType t) {
    if (in.readableBytes() < 2) {
      TdsBuffers.need(in, 2, t + " length");
    }
    return in.readUnsignedShortLE();
  }

  private static Object read(ByteBuf in, TypeInfo type, boolean rowForm) {
    if (type.isPlp()) {
      return fromPlp(type, PlpCodec.read(in));
    }
    TdsDataType t = type.type();
    switch (t.lengthKind()) {
      case FIXED -> {
        TdsBuffers.need(in, t.fixedSize(), t.name());
        return t == TdsDataType.NULLTYPE ? null : readBody(in, type, t.fixedSize());
      }
      case BYTE, SCALE -> {
        int len = lengthByte(in, t);
        if (len > type.maxLength() && t.lengthKind() == TdsDataType.LengthKind.BYTE
            && !isDecimal(t)) {
          // An INTN(4) TYPE_INFO with 8 value bytes: taken, its bigint came back through the int
          // it claimed to be. Decimals are exempt: SQL Server takes any magnitude length there.
          throw new TdsProtocolException("Invalid " + t + " value length " + len + " for max length "
              + type.maxLength());
        }
        return len == 0 ? null : readChecked(in, type, len);
      }
      case USHORT -> {
        int len = lengthUnsignedShort(in, t);
        if (len == CHARBIN_NULL) {
          return null;
        }
        // Longer than its own TYPE_INFO says is as malformed as longer than any (SQL Server: 8016);
        // taken, it came back as an OUTPUT value that no longer fit its type.
        if (len > TypeInfo.MAX_SHORT_LENGTH || len > type.maxLength()) {
          throw new TdsProtocolException("Invalid " + t + " value length " + len + " for max length "
              + type.maxLength());
        }
        return readChecked(in, type, len);
      }
      case LONG -> {
        if (t == TdsDataType.SSVARIANT) {
          return VariantCodec.read(in);
        }
        return rowForm ? TextPointerCodec.readRow(in, type) : TextPointerCodec.readParameter(in, type);
      }
      default -> throw new TdsProtocolException("Cannot read values of " + t);
    }
  }

  private static void writeOrUndo(ByteBuf out, TypeInfo type, Object value, boolean rowForm) {
    int start = out.writerIndex();
    try {
      write(out, type, value, rowForm);
    } catch (RuntimeException e) {
      out.writerIndex(start);
      throw e;
    }
  }

  private static void write(ByteBuf out, TypeInfo type, Object value, boolean rowForm) {
    if (value != null && writeCommon(out, type, value)) {
      return;
    }
    if (type.isPlp()) {
      writePlp(out, type, value);
      return;
    }
    TdsDataType t = type.type();
    switch (t.lengthKind()) {
      case FIXED -> {
        if (value != null) {
          writeBody(out, type, value);
        } else if (t != TdsDataType.NULLTYPE) {
          throw new IllegalArgumentException("NULL in NOT NULL type " + t);
        }
      }
      case BYTE, SCALE -> {
        if (value == null) {
          out.writeByte(0);
          return;
        }
        int at = out.writerIndex();
        out.writeByte(0);
        writeBody(out, type, value);
        out.setByte(at, checkedLength(out, at, 1, 0xFF, type));
      }
      case USHORT -> {
        if (value == null) {
          out.writeShortLE(CHARBIN_NULL);
          return;
        }
        int at = out.writerIndex();
        out.writeShortLE(0);
        writeBody(out, type, value);
        out.setShortLE(at, checkedLength(out, at, 2, type.maxLength(), type));
      }
      case LONG -> {
        if (t == TdsDataType.SSVARIANT) {
          if (value == null) {
            out.writeIntLE(0);
          } else {
            VariantCodec.write(out, type, value);
          }
        } else {
          TextPointerCodec.write(out, type, value, rowForm);
        }
      }
      default -> throw new IllegalArgumentException("Cannot write values of " + t);
    }
  }

  /**
   * int, bigint, float and nchar/nvarchar(n) values, whose length prefix is known before the body:
   * no placeholder to patch and no dispatch through the general body writers. These are most of
   * the values of a streamed result. Returns false for anything else (and for a string over the
   * column's length, which the general path rejects with its message).
   */
  private static boolean writeCommon(ByteBuf out, TypeInfo type, Object value) {
    switch (type.type()) {
      case INTN -> {
        if (value instanceof Integer i && type.maxLength() == 4) {
          out.writeByte(4);
          out.writeIntLE(i);
          return true;
        }
        if (value instanceof Long l && type.maxLength() == 8) {
          out.writeByte(8);
          out.writeLongLE(l);
          return true;
        }
        return false;
      }
      case FLTN -> {
        if (value instanceof Double d && type.maxLength() == 8) {
          out.writeByte(8);
          out.writeLongLE(Double.doubleToRawLongBits(d));
          return true;
        }
        return false;
      }
      case NVARCHAR, NCHAR -> {
        if (!(value instanceof String s) || type.isPlp() || 2L * s.length() > type.maxLength()) {
          return false;
        }
        out.writeShortLE(2 * s.length());
        CharCodec.writeUtf16(out, s, 0, s.length());
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The body length after a placeholder; over the type's limit, the write is undone. */
  static int checkedLength(ByteBuf out, int at, int width, int max, TypeInfo type) {
    int len = out.writerIndex() - at - width;
    if (len > max) {
      out.writerIndex(at);
      throw new IllegalArgumentException(
          "Value of " + len + " bytes exceeds " + type.type() + " max length " + max);
    }
    return len;
  }

  /** Reads a value body whose length is checked present. */
  private static boolean isDecimal(TdsDataType t) {
    return t == TdsDataType.DECIMALN || t == TdsDataType.NUMERICN || t == TdsDataType.DECIMAL
        || t == TdsDataType.NUMERIC;
  }

  static Object readChecked(ByteBuf in, TypeInfo type, int len) {
    TdsBuffers.need(in, len, type.type().name());
    return readBody(in, type, len);
  }

  // ---- bodies -----------------------------------------------------------------------------

  /** Reads {@code len} bytes (already checked present) as a value of the type. */
  static Object readBody(ByteBuf in, TypeInfo type, int len) {
    TdsDataType t = type.type();
    if (t.lengthKind() == TdsDataType.LengthKind.FIXED && len != t.fixedSize()) {
      throw new TdsProtocolException("Invalid length " + len + " for " + t);
    }
    return switch (t) {
      case INT1, INT2, INT4, INT8, INTN -> NumericCodec.readInt(in, len);
      case BIT, BITN -> NumericCodec.readBit(in, len);
      case FLT4, FLT8, FLTN -> NumericCodec.finite(NumericCodec.readFloat(in, len));
      case MONEY, MONEY4, MONEYN -> NumericCodec.readMoney(in, len);
      case DATETIME, DATETIM4, DATETIMN -> TemporalCodec.readDatetime(in, len);
      case GUID -> NumericCodec.readGuid(in, len);
      case DECIMAL, NUMERIC, DECIMALN, NUMERICN -> NumericCodec.withinPrecision(
          NumericCodec.readDecimal(in, len, type.scale()), type);
      case DATEN, TIMEN, DATETIME2N, DATETIMEOFFSETN -> readTemporal(in, type, len);
      default -> {
        if (CharCodec.isText(t)) {
          yield CharCodec.read(in, type, len);
        }
        if (CharCodec.isBinary(t)) {
          byte[] b = new byte[len];
          in.readBytes(b);
          yield b;
        }
        throw new TdsProtocolException("Cannot read values of " + t);
      }
    };
  }

  /** Writes a value's bytes without any length prefix. */
  static void writeBody(ByteBuf out, TypeInfo type, Object value) {
    TdsDataType t = type.type();
    int size = t.lengthKind() == TdsDataType.LengthKind.FIXED ? t.fixedSize() : type.maxLength();
    switch (t) {
      case INT1, INT2, INT4, INT8, INTN -> NumericCodec.writeInt(out, type, size, value);
      case BIT, BITN -> NumericCodec.writeBit(out, type, value);
      case FLT4, FLT8, FLTN -> NumericCodec.writeFloat(out, type, size, value);
      case MONEY, MONEY4, MONEYN -> NumericCodec.writeMoney(out, type, size, value);
      case DATETIME, DATETIM4, DATETIMN -> TemporalCodec.writeDatetime(out, type, size, value);
      case GUID -> NumericCodec.writeGuid(out, type, value);
      case DECIMAL, NUMERIC, DECIMALN, NUMERICN -> NumericCodec.writeDecimal(out, type, size, value);
      case DATEN -> TemporalCodec.writeDateValue(out, type, value);
      case TIMEN -> TemporalCodec.writeTime(out, type, value);
      case DATETIME2N -> TemporalCodec.writeDatetime2(out, type, value);
      case DATETIMEOFFSETN -> TemporalCodec.writeDatetimeOffset(out, type, value);
      default -> {
        if (CharCodec.isText(t)) {
          CharCodec.write(out, type, Values.chars(value, type));
        } else if (CharCodec.isBinary(t)) {
          out.writeBytes(Values.as(value, byte[].class, type));
        } else {
          throw new IllegalArgumentException("Cannot write values of " + t);
        }
      }
    }
  }

  private static Object readTemporal(ByteBuf in, TypeInfo type, int len) {
    if (len != type.maxLength()) {
      throw new TdsProtocolException(
          "Invalid length " + len + " for " + type.type() + " scale " + type.scale());
    }
    return switch (type.type()) {
      case DATEN -> TemporalCodec.readDate(in);
      case TIMEN -> TemporalCodec.readTime(in, type.scale());
      case DATETIME2N -> TemporalCodec.readDatetime2(in, type.scale());
      default -> TemporalCodec.readDatetimeOffset(in, type.scale());
    };
  }

  // ---- PLP --------------------------------------------------------------------------------

  private static Object fromPlp(TypeInfo type, byte[] bytes) {
    if (bytes == null || type.type() == TdsDataType.BIGVARBINARY || type.type() == TdsDataType.UDT) {
      return bytes;
    }
    return CharCodec.isUnicode(type.type())
        ? CharCodec.utf16(bytes)
        : new String(bytes, CharCodec.charset(type));
  }

  private static void writePlp(ByteBuf out, TypeInfo type, Object value) {
    if (value == null) {
      PlpCodec.writeNull(out);
    } else if (type.type() == TdsDataType.BIGVARBINARY || type.type() == TdsDataType.UDT) {
      PlpCodec.write(out, Values.as(value, byte[].class, type));
    } else if (CharCodec.isUnicode(type.type())) {
      PlpCodec.writeUtf16(out, Values.chars(value, type));
    } else {
      PlpCodec.write(out, CharCodec.bytes(type, Values.chars(value, type)));
    }
  }
}
