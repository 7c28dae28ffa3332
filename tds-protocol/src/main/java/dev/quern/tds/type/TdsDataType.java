package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;

/**
 * Every TDS data type token with the shape of its TYPE_INFO [MS-TDS §2.2.5.4.1–§2.2.5.4.3].
 *
 * <p>The {@link LengthKind} says how TYPE_INFO carries the maximum length and how a value is
 * prefixed in a row (fixed size, BYTELEN, USHORTLEN, LONGLEN, or none).
 */
public enum TdsDataType {
  NULLTYPE(0x1F, LengthKind.FIXED, 0),
  INT1(0x30, LengthKind.FIXED, 1),
  BIT(0x32, LengthKind.FIXED, 1),
  INT2(0x34, LengthKind.FIXED, 2),
  INT4(0x38, LengthKind.FIXED, 4),
  DATETIM4(0x3A, LengthKind.FIXED, 4),
  FLT4(0x3B, LengthKind.FIXED, 4),
  MONEY(0x3C, LengthKind.FIXED, 8),
  DATETIME(0x3D, LengthKind.FIXED, 8),
  FLT8(0x3E, LengthKind.FIXED, 8),
  MONEY4(0x7A, LengthKind.FIXED, 4),
  INT8(0x7F, LengthKind.FIXED, 8),
  GUID(0x24, LengthKind.BYTE, 0),
  INTN(0x26, LengthKind.BYTE, 0),
  DECIMAL(0x37, LengthKind.BYTE, 0),
  NUMERIC(0x3F, LengthKind.BYTE, 0),
  BITN(0x68, LengthKind.BYTE, 0),
  DECIMALN(0x6A, LengthKind.BYTE, 0),
  NUMERICN(0x6C, LengthKind.BYTE, 0),
  FLTN(0x6D, LengthKind.BYTE, 0),
  MONEYN(0x6E, LengthKind.BYTE, 0),
  DATETIMN(0x6F, LengthKind.BYTE, 0),
  DATEN(0x28, LengthKind.SCALE, 0),
  TIMEN(0x29, LengthKind.SCALE, 0),
  DATETIME2N(0x2A, LengthKind.SCALE, 0),
  DATETIMEOFFSETN(0x2B, LengthKind.SCALE, 0),
  CHAR(0x2F, LengthKind.BYTE, 0),
  VARCHAR(0x27, LengthKind.BYTE, 0),
  BINARY(0x2D, LengthKind.BYTE, 0),
  VARBINARY(0x25, LengthKind.BYTE, 0),
  BIGVARBINARY(0xA5, LengthKind.USHORT, 0),
  BIGVARCHAR(0xA7, LengthKind.USHORT, 0),
  BIGBINARY(0xAD, LengthKind.USHORT, 0),
  BIGCHAR(0xAF, LengthKind.USHORT, 0),
  NVARCHAR(0xE7, LengthKind.USHORT, 0),
  NCHAR(0xEF, LengthKind.USHORT, 0),
  XML(0xF1, LengthKind.PLP, 0),
  UDT(0xF0, LengthKind.USHORT, 0),
  TEXT(0x23, LengthKind.LONG, 0),
  IMAGE(0x22, LengthKind.LONG, 0),
  NTEXT(0x63, LengthKind.LONG, 0),
  SSVARIANT(0x62, LengthKind.LONG, 0);

  /** How the type's length appears in TYPE_INFO and before each value. */
  public enum LengthKind {
    /** FIXEDLENTYPE: no length anywhere; the value has {@link #fixedSize()} bytes. */
    FIXED,
    /** BYTELEN_TYPE: 1-byte max length in TYPE_INFO, 1-byte value length (0 = NULL). */
    BYTE,
    /** DATEN/TIMEN/DATETIME2N/DATETIMEOFFSETN: scale (or nothing) in TYPE_INFO, 1-byte length. */
    SCALE,
    /** USHORTLEN_TYPE: 2-byte max length (0xFFFF = MAX/PLP), 2-byte value length (0xFFFF = NULL). */
    USHORT,
    /** LONGLEN_TYPE: 4-byte max length; text pointer form in rows. */
    LONG,
    /** Always PLP (xml). */
    PLP
  }

  private static final TdsDataType[] BY_TOKEN = new TdsDataType[256];

  static {
    for (TdsDataType t : values()) {
      BY_TOKEN[t.token] = t;
    }
  }

  private final int token;
  private final LengthKind lengthKind;
  private final int fixedSize;

  TdsDataType(int token, LengthKind lengthKind, int fixedSize) {
    this.token = token;
    this.lengthKind = lengthKind;
    this.fixedSize = fixedSize;
  }

  /** The type's byte on the wire. */
  public int token() {
    return token;
  }

  public LengthKind lengthKind() {
    return lengthKind;
  }

  /** The value size of a FIXEDLENTYPE, 0 for every other type. */
  public int fixedSize() {
    return fixedSize;
  }

  /** Whether TYPE_INFO of this type carries a 5-byte COLLATION [MS-TDS §2.2.5.4 TYPE_INFO]. */
  public boolean hasCollation() {
    return switch (this) {
      case BIGCHAR, BIGVARCHAR, TEXT, NTEXT, NCHAR, NVARCHAR -> true;
      default -> false;
    };
  }

  /** The type for a token byte. */
  public static TdsDataType of(int token) {
    TdsDataType t = (token & ~0xFF) == 0 ? BY_TOKEN[token] : null;
    if (t == null) {
      throw new TdsProtocolException("Unknown TDS data type 0x" + Integer.toHexString(token));
    }
    return t;
  }
}
