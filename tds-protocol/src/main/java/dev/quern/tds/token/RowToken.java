package dev.quern.tds.token;

import dev.quern.tds.type.TdsValueCodec;
import io.netty.buffer.ByteBuf;

/**
 * ROW: one value per column, in COLMETADATA order, each in its TYPE_VARBYTE form [MS-TDS §2.2.7.19].
 *
 * <pre>
 * 0xD1  value(column 1) … value(column n)
 * </pre>
 *
 * <p>{@link #encode} writes the token byte and streams the values straight into the buffer;
 * {@link #decode} reads the token byte and returns null when the row is incomplete.
 */
public final class RowToken {
  public static final int TOKEN = 0xD1;

  private RowToken() {}

  /**
   * Writes the row. A value that does not fit its column throws IllegalArgumentException and
   * leaves {@code out} as it was, so no half row reaches the client.
   */
  public static void encode(ByteBuf out, ColMetadataToken meta, Object[] values, int tdsVersion) {
    checkArity(meta, values);
    int start = out.writerIndex();
    try {
      out.writeByte(TOKEN);
      for (int i = 0; i < values.length; i++) {
        TdsValueCodec.encode(out, meta.column(i).type(), values[i], tdsVersion);
      }
    } catch (RuntimeException e) {
      out.writerIndex(start);
      throw e;
    }
  }

  /** Reads the row, or returns null (reader index unchanged) when it is incomplete. */
  public static Object[] decode(ByteBuf in, ColMetadataToken meta, int tdsVersion) {
    return Tokens.orNeedMore(in, TOKEN, () -> decodeValues(in, meta, tdsVersion));
  }

  private static Object[] decodeValues(ByteBuf in, ColMetadataToken meta, int tdsVersion) {
    Object[] values = new Object[meta.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = TdsValueCodec.decode(in, meta.column(i).type(), tdsVersion);
    }
    return values;
  }

  static void checkArity(ColMetadataToken meta, Object[] values) {
    if (values.length != meta.size()) {
      throw new IllegalArgumentException(
          "Row has " + values.length + " values for " + meta.size() + " columns");
    }
  }
}
