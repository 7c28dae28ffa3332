package dev.quern.it.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Writes RPC ParameterData [MS-TDS §2.2.6.6]: B_VARCHAR name, status flags, TYPE_INFO
 * [§2.2.5.6] and the value in its wire form, for each family of types a driver sends.
 */
final class RpcParams {
  static final int OUTPUT = 0x01;

  /** SQL_Latin1_General_CP1_CI_AS. */
  static final byte[] LATIN1 = {0x09, 0x04, (byte) 0xD0, 0x00, 0x34};
  /** Japanese_CI_AS: code page 932. */
  static final byte[] JAPANESE = {0x11, 0x04, (byte) 0xD0, 0x00, 0x00};
  /** Latin1_General_100_CI_AS_SC_UTF8: the UTF-8 flag set. */
  static final byte[] UTF8 = {0x09, 0x04, (byte) 0xD0, 0x24, 0x00};

  private RpcParams() {}

  private static WireBuilder head(WireBuilder w, String name, int status, int type) {
    return w.bVarchar(name).flags(status).type(type, 1);
  }

  static void intN(WireBuilder w, String name, int status, int size, Long v) {
    head(w, name, status, 0x26).length(size, 1);
    fixedValue(w, size, v == null ? null : le(v, size));
  }

  static void bitN(WireBuilder w, String name, boolean v) {
    head(w, name, 0, 0x68).length(1, 1);
    fixedValue(w, 1, new byte[] {(byte) (v ? 1 : 0)});
  }

  static void fltN(WireBuilder w, String name, int size, double v) {
    head(w, name, 0, 0x6D).length(size, 1);
    long bits = size == 8 ? Double.doubleToLongBits(v) : Float.floatToIntBits((float) v);
    fixedValue(w, size, le(bits, size));
  }

  /** money (8: high then low 32 bits of the scaled value) or smallmoney (4). */
  static void moneyN(WireBuilder w, String name, int size, long tenThousandths) {
    head(w, name, 0, 0x6E).length(size, 1);
    byte[] b = size == 4 ? le(tenThousandths, 4)
        : concat(le(tenThousandths >> 32, 4), le(tenThousandths, 4));
    fixedValue(w, size, b);
  }

  /** datetime (8: days since 1900, 1/300 s) or smalldatetime (4: days, minutes). */
  static void datetimeN(WireBuilder w, String name, int size, int days, int time) {
    head(w, name, 0, 0x6F).length(size, 1);
    fixedValue(w, size, size == 4 ? concat(le(days, 2), le(time, 2)) : concat(le(days, 4),
        le(time, 4)));
  }

  static void guid(WireBuilder w, String name) {
    head(w, name, 0, 0x24).length(16, 1);
    byte[] g = new byte[16];
    for (int i = 0; i < 16; i++) {
      g[i] = (byte) (i * 17);
    }
    fixedValue(w, 16, g);
  }

  /** decimal/numeric with the magnitude of {@code unscaled} (positive). */
  static void decimal(WireBuilder w, String name, int type, int precision, int scale,
      long unscaled) {
    head(w, name, 0, type).length(17, 1).u8(precision).u8(scale);
    int magnitude = precision <= 9 ? 4 : precision <= 19 ? 8 : precision <= 28 ? 12 : 16;
    w.length(1 + magnitude, 1).u8(1).bytes(le(unscaled, Math.min(8, magnitude)));
    w.bytes(new byte[Math.max(0, magnitude - 8)]);
  }

  static void date(WireBuilder w, String name, int days) {
    head(w, name, 0, 0x28);
    w.length(3, 1).bytes(le(days, 3));
  }

  /** time, datetime2 or datetimeoffset of the given scale. */
  static void temporal(WireBuilder w, String name, int type, int scale, long ticks) {
    head(w, name, 0, type).u8(scale);
    int timeBytes = scale <= 2 ? 3 : scale <= 4 ? 4 : 5;
    byte[] value = le(ticks, timeBytes);
    if (type != 0x29) {
      value = concat(value, le(737_000, 3));
    }
    if (type == 0x2B) {
      value = concat(value, le(-120, 2));
    }
    w.length(value.length, 1).bytes(value);
  }

  /** nvarchar(n) (maxChars > 0) or nvarchar(max) sent as PLP in chunks. */
  static void nvarchar(WireBuilder w, String name, int status, int maxChars, String v, int chunk,
      boolean knownLength) {
    head(w, name, status, 0xE7).length(maxChars < 0 ? 0xFFFF : maxChars * 2, 2).bytes(LATIN1);
    byte[] b = v == null ? null : v.getBytes(StandardCharsets.UTF_16LE);
    shortOrPlp(w, maxChars < 0, b, chunk, knownLength);
  }

  /** varchar/char in the code page of {@code collation}, or varchar(max) as PLP. */
  static void varchar(WireBuilder w, String name, int type, int maxBytes, byte[] collation,
      byte[] v) {
    head(w, name, 0, type).length(maxBytes < 0 ? 0xFFFF : maxBytes, 2).bytes(collation);
    shortOrPlp(w, maxBytes < 0, v, 7, false);
  }

  /** varbinary(n) or varbinary(max) as PLP. */
  static void varbinary(WireBuilder w, String name, int maxBytes, byte[] v, int chunk,
      boolean knownLength) {
    head(w, name, 0, 0xA5).length(maxBytes < 0 ? 0xFFFF : maxBytes, 2);
    shortOrPlp(w, maxBytes < 0, v, chunk, knownLength);
  }

  /** Untyped xml: SchemaPresent 0, the value as UTF-16 in PLP chunks. */
  static void xml(WireBuilder w, String name, String v) {
    head(w, name, 0, 0xF1).u8(0);
    w.plp(v.getBytes(StandardCharsets.UTF_16LE), 10, true);
  }

  /** text (0x23), ntext (0x63) or image (0x22): LONGLEN TYPE_INFO, the value without text pointer. */
  static void longLen(WireBuilder w, String name, int type, byte[] v) {
    head(w, name, 0, type).length(0x7FFF_FFFF, 4);
    if (type != 0x22) {
      w.bytes(LATIN1);
    }
    w.length(v.length, 4).bytes(v);
  }

  /** sql_variant holding {@code baseType} with its property bytes and data. */
  static void variant(WireBuilder w, String name, int baseType, byte[] props, byte[] data) {
    head(w, name, 0, 0x62).length(8009, 4);
    w.length(2 + props.length + data.length, 4).type(baseType, 1).length(props.length, 1);
    w.bytes(props).bytes(data);
  }

  /** A CLR UDT: UDT_INFO (max length, db, schema, type name) and a short value. */
  static void udt(WireBuilder w, String name) {
    head(w, name, 0, 0xF0).length(0xFFFF, 2).bVarchar("master").bVarchar("dbo")
        .bVarchar("geography");
    w.plp(new byte[] {1, 2, 3, 4}, 4, true);
  }

  /**
   * A table-valued parameter of dbo.FuzzRows (a int, b nvarchar(10)): TVP_TYPENAME, the columns'
   * metadata, TVP_END, then {@code rows} rows, TVP_END [MS-TDS §2.2.6.6 TVP_TYPE_INFO].
   */
  static void tvp(WireBuilder w, String name, int rows) {
    head(w, name, 0, 0xF3).bVarchar("").bVarchar("dbo").bVarchar("FuzzRows");
    w.length(2, 2);
    w.u32(0).u16(0x0001).type(0x26, 1).length(4, 1).bVarchar("");
    w.u32(0).u16(0x0001).type(0xE7, 1).length(20, 2).bytes(LATIN1).bVarchar("");
    w.type(0x00, 1); // TVP_END: no optional metadata
    for (int i = 0; i < rows; i++) {
      w.type(0x01, 1); // TVP_ROW
      w.length(4, 1).bytes(le(i, 4));
      w.shortLenValue(("r" + i).getBytes(StandardCharsets.UTF_16LE));
    }
    w.type(0x00, 1);
  }

  /** The value of a BYTELEN type: its length byte then the bytes, or a zero length for NULL. */
  private static void fixedValue(WireBuilder w, int size, byte[] v) {
    if (v == null) {
      w.length(0, 1);
    } else {
      w.length(size, 1).bytes(v);
    }
  }

  private static void shortOrPlp(WireBuilder w, boolean plp, byte[] v, int chunk,
      boolean knownLength) {
    if (plp) {
      if (v == null) {
        w.length(-1L, 8); // PLP_NULL
      } else {
        w.plp(v, chunk, knownLength);
      }
    } else if (v == null) {
      w.length(0xFFFF, 2); // CHARBIN_NULL
    } else {
      w.shortLenValue(v);
    }
  }

  static byte[] le(long v, int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (v >>> (8 * i));
    }
    return b;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
