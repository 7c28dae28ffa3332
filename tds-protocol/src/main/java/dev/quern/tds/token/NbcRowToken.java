package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsBuffers;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;

/**
 * NBCROW, a row with a null bitmap: only the non-null values follow [MS-TDS §2.2.7.13]. TDS 7.3B
 * and later only.
 *
 * <pre>
 * 0xD2  NullBitmap ceil(n/8) bytes (bit i%8 of byte i/8 set = column i is NULL)
 *       value(each non-null column) …
 * </pre>
 *
 * <p>{@link #encode} writes the token byte and {@link #decode} reads it; decode returns null when
 * the row is incomplete.
 */
public final class NbcRowToken {
  public static final int TOKEN = 0xD2;

  private NbcRowToken() {}

  /** Writes the row; on a value that does not fit, throws and leaves {@code out} as it was. */
  public static void encode(ByteBuf out, ColMetadataToken meta, Object[] values, int tdsVersion) {
    RowToken.checkArity(meta, values);
    requireVersion(tdsVersion);
    int start = out.writerIndex();
    try {
      writeRow(out, meta, values, tdsVersion);
    } catch (RuntimeException e) {
      out.writerIndex(start);
      throw e;
    }
  }

  private static void writeRow(ByteBuf out, ColMetadataToken meta, Object[] values, int tdsVersion) {
    out.writeByte(TOKEN);
    int bitmapBytes = bitmapBytes(values.length);
    for (int b = 0; b < bitmapBytes; b++) {
      int bits = 0;
      for (int bit = 0; bit < 8 && b * 8 + bit < values.length; bit++) {
        if (values[b * 8 + bit] == null) {
          bits |= 1 << bit;
        }
      }
      out.writeByte(bits);
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        TdsValueCodec.encode(out, meta.column(i).type(), values[i], tdsVersion);
      }
    }
  }

  /** Reads the row, or returns null (reader index unchanged) when it is incomplete. */
  public static Object[] decode(ByteBuf in, ColMetadataToken meta, int tdsVersion) {
    if (!TdsVersion.atLeast73B(tdsVersion)) {
      throw new TdsProtocolException("NBCROW under TDS " + TdsVersion.name(tdsVersion));
    }
    return Tokens.orNeedMore(in, TOKEN, () -> decodeValues(in, meta, tdsVersion));
  }

  private static Object[] decodeValues(ByteBuf in, ColMetadataToken meta, int tdsVersion) {
    int n = meta.size();
    TdsBuffers.need(in, bitmapBytes(n), "NBCROW null bitmap");
    byte[] bitmap = new byte[bitmapBytes(n)];
    in.readBytes(bitmap);
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      boolean isNull = (bitmap[i >>> 3] & (1 << (i & 7))) != 0;
      if (!isNull) {
        values[i] = TdsValueCodec.decode(in, meta.column(i).type(), tdsVersion);
      }
    }
    return values;
  }

  /**
   * Writes the row as NBCROW when the version allows it and it is smaller than ROW (the NULL forms
   * it leaves out outweigh the bitmap), otherwise as ROW, as SQL Server does.
   */
  public static void encodeBest(
      ByteBuf out, ColMetadataToken meta, Object[] values, int tdsVersion) {
    RowToken.checkArity(meta, values);
    if (TdsVersion.atLeast73B(tdsVersion) && savedByBitmap(meta, values) > 0) {
      encode(out, meta, values, tdsVersion);
    } else {
      RowToken.encode(out, meta, values, tdsVersion);
    }
  }

  /**
   * Bytes saved by NBCROW over ROW: the NULL forms omitted minus the bitmap; {@code
   * Integer.MAX_VALUE} when a fixed-length column is NULL, which only NBCROW can express.
   */
  private static int savedByBitmap(ColMetadataToken meta, Object[] values) {
    int saved = -bitmapBytes(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        int nullSize = TdsValueCodec.nullSize(meta.column(i).type());
        if (nullSize < 0) {
          return Integer.MAX_VALUE;
        }
        saved += nullSize;
      }
    }
    return saved;
  }

  static int bitmapBytes(int columns) {
    return (columns + 7) >>> 3;
  }

  private static void requireVersion(int tdsVersion) {
    if (!TdsVersion.atLeast73B(tdsVersion)) {
      throw new IllegalArgumentException("NBCROW needs TDS 7.3B, not " + TdsVersion.name(tdsVersion));
    }
  }
}
