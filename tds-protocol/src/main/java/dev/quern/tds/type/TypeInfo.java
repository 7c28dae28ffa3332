package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * TYPE_INFO: a data type with its length, precision, scale and collation [MS-TDS §2.2.5.6].
 *
 * <pre>
 * FIXEDLENTYPE                               token
 * BYTELEN (INTN, FLTN, GUID, legacy char…)   token  maxLen(1)
 * DECIMALN / NUMERICN                        token  maxLen(1) precision(1) scale(1)
 * DATEN                                      token
 * TIMEN / DATETIME2N / DATETIMEOFFSETN       token  scale(1)
 * USHORTLEN (BIG*, N*)                       token  maxLen(2, 0xFFFF = MAX) [collation(5)]
 * LONGLEN (TEXT, NTEXT, IMAGE, SSVARIANT)    token  maxLen(4) [collation(5)]
 * XML                                        token  schemaPresent(1) [db, schema, collection]
 * UDT (CLR types: hierarchyid)               token  maxLen(2) names ({@link UdtInfo})
 * </pre>
 *
 * <p>{@code maxLength} is in bytes as on the wire (nvarchar(10) = 20); for FIXEDLENTYPEs it is the
 * value size, for the date/time types the value size implied by the scale, for MAX and XML
 * {@link #MAX_LENGTH}. {@code collation} is set exactly for the types that carry one, {@code udt}
 * for UDT.
 */
public record TypeInfo(
    TdsDataType type, int maxLength, int precision, int scale, Collation collation, UdtInfo udt) {

  /** USHORTLEN max length meaning (max): the value is sent as PLP. */
  public static final int MAX_LENGTH = 0xFFFF;
  /** The largest non-MAX length of char/binary/nchar types in bytes. */
  public static final int MAX_SHORT_LENGTH = 8000;
  /** The largest decimal precision. */
  public static final int MAX_PRECISION = 38;
  /** The shortest decimal value: the sign byte and one magnitude byte. */
  public static final int MIN_DECIMAL_LENGTH = 2;
  /** The longest decimal value: the sign byte and 16 magnitude bytes (128 bits). */
  public static final int MAX_DECIMAL_LENGTH = 17;
  /** The largest fractional-second scale of time/datetime2/datetimeoffset. */
  public static final int MAX_TIME_SCALE = 7;
  /** What SQL Server sends as the max length of text and image. */
  public static final int TEXT_MAX_LENGTH = 0x7FFF_FFFF;
  /** What SQL Server sends as the max length of ntext. */
  public static final int NTEXT_MAX_LENGTH = 0x7FFF_FFFE;
  /** The max length of sql_variant [MS-TDS §2.2.5.5.4]. */
  public static final int VARIANT_MAX_LENGTH = 8009;

  public TypeInfo {
    Objects.requireNonNull(type, "type");
    if (type.hasCollation() && collation == null) {
      throw new IllegalArgumentException(type + " needs a collation");
    }
    if (!type.hasCollation()) {
      collation = null;
    }
    if ((type == TdsDataType.UDT) != (udt != null)) {
      throw new IllegalArgumentException(type + (udt == null ? " needs" : " has no") + " UDT names");
    }
  }

  public TypeInfo(TdsDataType type, int maxLength, int precision, int scale, Collation collation) {
    this(type, maxLength, precision, scale, collation, null);
  }

  // ---- factories --------------------------------------------------------------------------

  /** A FIXEDLENTYPE such as INT4 or DATETIME (also the base types of sql_variant). */
  public static TypeInfo fixed(TdsDataType type) {
    if (type.lengthKind() != TdsDataType.LengthKind.FIXED) {
      throw new IllegalArgumentException(type + " is not a fixed-length type");
    }
    return new TypeInfo(type, type.fixedSize(), 0, 0, null);
  }

  public static TypeInfo nullType() {
    return fixed(TdsDataType.NULLTYPE);
  }

  public static TypeInfo intN(int bytes) {
    return new TypeInfo(TdsDataType.INTN, checkIn(bytes, "INTN", 1, 2, 4, 8), 0, 0, null);
  }

  public static TypeInfo bitN() {
    return new TypeInfo(TdsDataType.BITN, 1, 0, 0, null);
  }

  public static TypeInfo fltN(int bytes) {
    return new TypeInfo(TdsDataType.FLTN, checkIn(bytes, "FLTN", 4, 8), 0, 0, null);
  }

  public static TypeInfo moneyN(int bytes) {
    return new TypeInfo(TdsDataType.MONEYN, checkIn(bytes, "MONEYN", 4, 8), 0, 0, null);
  }

  public static TypeInfo decimalN(int precision, int scale) {
    return decimal(TdsDataType.DECIMALN, precision, scale);
  }

  public static TypeInfo numericN(int precision, int scale) {
    return decimal(TdsDataType.NUMERICN, precision, scale);
  }

  public static TypeInfo datetimeN(int bytes) {
    return new TypeInfo(TdsDataType.DATETIMN, checkIn(bytes, "DATETIMN", 4, 8), 0, 0, null);
  }

  public static TypeInfo date() {
    return new TypeInfo(TdsDataType.DATEN, 3, 0, 0, null);
  }

  public static TypeInfo time(int scale) {
    return scaled(TdsDataType.TIMEN, scale);
  }

  public static TypeInfo datetime2(int scale) {
    return scaled(TdsDataType.DATETIME2N, scale);
  }

  public static TypeInfo datetimeOffset(int scale) {
    return scaled(TdsDataType.DATETIMEOFFSETN, scale);
  }

  public static TypeInfo guid() {
    return new TypeInfo(TdsDataType.GUID, 16, 0, 0, null);
  }

  /** nvarchar(n) with n in characters, or -1 for nvarchar(max). */
  public static TypeInfo nvarchar(int maxChars) {
    return shortLen(TdsDataType.NVARCHAR, maxChars < 0 ? -1 : maxChars * 2, Collation.DEFAULT);
  }

  public static TypeInfo nchar(int chars) {
    return shortLen(TdsDataType.NCHAR, chars * 2, Collation.DEFAULT);
  }

  /** varchar(n) with n in bytes, or -1 for varchar(max). */
  public static TypeInfo varchar(int maxBytes, Collation collation) {
    return shortLen(TdsDataType.BIGVARCHAR, maxBytes, collation);
  }

  public static TypeInfo charType(int bytes, Collation collation) {
    return shortLen(TdsDataType.BIGCHAR, bytes, collation);
  }

  /** varbinary(n), or -1 for varbinary(max). */
  public static TypeInfo varbinary(int maxBytes) {
    return shortLen(TdsDataType.BIGVARBINARY, maxBytes, null);
  }

  public static TypeInfo binary(int bytes) {
    return shortLen(TdsDataType.BIGBINARY, bytes, null);
  }

  public static TypeInfo ntext() {
    return new TypeInfo(TdsDataType.NTEXT, NTEXT_MAX_LENGTH, 0, 0, Collation.DEFAULT);
  }

  public static TypeInfo text(Collation collation) {
    return new TypeInfo(TdsDataType.TEXT, TEXT_MAX_LENGTH, 0, 0, collation);
  }

  public static TypeInfo image() {
    return new TypeInfo(TdsDataType.IMAGE, TEXT_MAX_LENGTH, 0, 0, null);
  }

  public static TypeInfo xml() {
    return new TypeInfo(TdsDataType.XML, MAX_LENGTH, 0, 0, null);
  }

  /** A CLR user-defined type of at most {@code maxBytes} bytes (hierarchyid: 892). */
  public static TypeInfo udt(int maxBytes, UdtInfo names) {
    return new TypeInfo(TdsDataType.UDT, maxBytes, 0, 0, null, names);
  }

  public static TypeInfo sqlVariant() {
    return new TypeInfo(TdsDataType.SSVARIANT, VARIANT_MAX_LENGTH, 0, 0, null);
  }

  /** The value size of a decimal of this precision: 5, 9, 13 or 17 bytes. */
  public static int decimalLength(int precision) {
    return precision <= 9 ? 5 : precision <= 19 ? 9 : precision <= 28 ? 13 : 17;
  }

  /** The size of a time part with this fractional-second scale: 3, 4 or 5 bytes. */
  public static int timeLength(int scale) {
    return scale <= 2 ? 3 : scale <= 4 ? 4 : 5;
  }

  // ---- properties -------------------------------------------------------------------------

  /** Whether values of this type travel as PLP: the (max) types and xml. */
  public boolean isPlp() {
    return switch (type) {
      case BIGVARCHAR, NVARCHAR, BIGVARBINARY -> maxLength == MAX_LENGTH;
      case XML, UDT -> true;
      default -> false;
    };
  }

  /** Whether a ROW carries the text-pointer form of text/ntext/image. */
  public boolean isTextPointerType() {
    return type == TdsDataType.TEXT || type == TdsDataType.NTEXT || type == TdsDataType.IMAGE;
  }

  // ---- wire -------------------------------------------------------------------------------

  /** Reads a TYPE_INFO, validating every length and facet against the limits above. */
  public static TypeInfo decode(ByteBuf in, int tdsVersion) {
    TdsDataType type = TdsDataType.of(TdsBuffers.readUnsignedByte(in, "TYPE_INFO"));
    TypeInfo info = TypeInfoReader.read(type, in);
    requireVersion(info, tdsVersion, true);
    return info;
  }

  /** Writes this TYPE_INFO. */
  public void encode(ByteBuf out, int tdsVersion) {
    requireVersion(this, tdsVersion, false);
    out.writeByte(type.token());
    switch (type.lengthKind()) {
      case FIXED -> {}
      case BYTE -> {
        out.writeByte(maxLength);
        if (isDecimal()) {
          out.writeByte(precision);
          out.writeByte(scale);
        }
      }
      case SCALE -> {
        if (type != TdsDataType.DATEN) {
          out.writeByte(scale);
        }
      }
      case USHORT -> {
        out.writeShortLE(maxLength);
        writeCollation(out);
        if (udt != null) {
          udt.encode(out);
        }
      }
      case LONG -> {
        out.writeIntLE(maxLength);
        writeCollation(out);
      }
      case PLP -> out.writeByte(0); // XML: no schema collection
    }
  }

  boolean isDecimal() {
    return switch (type) {
      case DECIMALN, NUMERICN, DECIMAL, NUMERIC -> true;
      default -> false;
    };
  }

  private void writeCollation(ByteBuf out) {
    if (collation != null) {
      collation.encode(out);
    }
  }

  /** Types that older protocol versions do not have [MS-TDS §2.2.5.4.3]. */
  private static void requireVersion(TypeInfo info, int tdsVersion, boolean fromWire) {
    String missing = null;
    if (info.isPlp() && !TdsVersion.atLeast72(tdsVersion)) {
      missing = "(max)/xml/UDT types need TDS 7.2";
    } else if (isDateTimeN(info.type) && !TdsVersion.atLeast73(tdsVersion)) {
      missing = "date/time/datetime2/datetimeoffset need TDS 7.3";
    }
    if (missing != null) {
      String message = info.type + " under TDS " + TdsVersion.name(tdsVersion) + ": " + missing;
      if (fromWire) {
        throw new TdsProtocolException(message);
      }
      throw new IllegalArgumentException(message);
    }
  }

  private static boolean isDateTimeN(TdsDataType t) {
    return t == TdsDataType.DATEN
        || t == TdsDataType.TIMEN
        || t == TdsDataType.DATETIME2N
        || t == TdsDataType.DATETIMEOFFSETN;
  }

  private static TypeInfo decimal(TdsDataType type, int precision, int scale) {
    if (precision < 1 || precision > MAX_PRECISION || scale < 0 || scale > precision) {
      throw new IllegalArgumentException("Bad decimal(" + precision + "," + scale + ")");
    }
    return new TypeInfo(type, decimalLength(precision), precision, scale, null);
  }

  private static TypeInfo scaled(TdsDataType type, int scale) {
    if (scale < 0 || scale > MAX_TIME_SCALE) {
      throw new IllegalArgumentException("Bad fractional-second scale " + scale);
    }
    int len = timeLength(scale);
    int size =
        switch (type) {
          case DATETIME2N -> len + 3;
          case DATETIMEOFFSETN -> len + 5;
          default -> len;
        };
    return new TypeInfo(type, size, 0, scale, null);
  }

  private static TypeInfo shortLen(TdsDataType type, int maxBytes, Collation collation) {
    int len;
    if (maxBytes < 0) {
      if (type == TdsDataType.BIGCHAR || type == TdsDataType.NCHAR || type == TdsDataType.BIGBINARY) {
        throw new IllegalArgumentException(type + " has no (max) form");
      }
      len = MAX_LENGTH;
    } else if (maxBytes > MAX_SHORT_LENGTH) {
      throw new IllegalArgumentException(type + " length " + maxBytes + " over 8000 bytes");
    } else {
      len = maxBytes;
    }
    return new TypeInfo(type, len, 0, 0, collation);
  }

  private static int checkIn(int value, String what, int... allowed) {
    for (int a : allowed) {
      if (a == value) {
        return value;
      }
    }
    throw new IllegalArgumentException("Bad " + what + " length " + value);
  }
}
