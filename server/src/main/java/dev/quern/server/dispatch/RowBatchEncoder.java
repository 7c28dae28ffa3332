package dev.quern.server.dispatch;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.RowBatch;
import dev.quern.server.types.TextSizeLimit;
import dev.quern.server.types.WireTypes;
import dev.quern.tds.token.ColMetadataToken;
import dev.quern.tds.token.NbcRowToken;
import dev.quern.tds.token.RowToken;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Writes a {@link RowBatch} as ROW/NBCROW tokens [MS-TDS §2.2.7.19, §2.2.7.13], reading int,
 * bigint, float and text columns through the batch's unboxed readers: the same bytes as {@link
 * NbcRowToken#encodeBest} of each row's values, without an {@code Object[]} or a boxed value per
 * row. Columns of other layouts, or whose wire type is not the plain one of their layout, go
 * through {@link TdsValueCodec} value by value.
 */
final class RowBatchEncoder {
  private static final int GENERIC = 0;
  private static final int INT4 = 1;
  private static final int INT8 = 2;
  private static final int FLOAT8 = 3;
  private static final int TEXT = 4;

  private final ColMetadataToken metadata;
  private final List<SqlType> columnTypes;
  private final int tdsVersion;
  private final int textSize;
  private final TypeInfo[] types;
  /** Per column the size of its NULL form in a ROW, -1 where only NBCROW can carry a NULL. */
  private final int[] nullSizes;
  private byte[] text = new byte[256];
  /**
   * The rows being written, end to end: a row's token byte, null bitmap (at most 8 bytes below)
   * and 9 bytes per fixed value fit behind {@link #FLUSH_AT}; text grows it (see {@link
   * #writeText}).
   */
  private byte[] row = new byte[FLUSH_AT + 9 + FIXED_TAIL + 256];

  /** What the fixed values after a text value may still need: 9 bytes for each of 64 columns. */
  private static final int FIXED_TAIL = 9 * Long.SIZE;

  /** Scratch bytes after which encoded rows are handed to the buffer. */
  private static final int FLUSH_AT = 8192;

  private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  RowBatchEncoder(ColMetadataToken metadata, List<SqlType> columnTypes, int tdsVersion) {
    this(metadata, columnTypes, tdsVersion, TextSizeLimit.NONE);
  }

  /** @param textSize the session's SET TEXTSIZE when the result set started */
  RowBatchEncoder(ColMetadataToken metadata, List<SqlType> columnTypes, int tdsVersion, int textSize) {
    this.metadata = metadata;
    this.columnTypes = columnTypes;
    this.tdsVersion = tdsVersion;
    this.textSize = textSize;
    int n = metadata.size();
    this.types = new TypeInfo[n];
    this.nullSizes = new int[n];
    for (int c = 0; c < n; c++) {
      types[c] = metadata.column(c).type();
      nullSizes[c] = TdsValueCodec.nullSize(types[c]);
    }
  }

  /** The writer of each column for this batch, chosen once from its layout and wire type. */
  private int[] kinds(RowBatch batch) {
    int[] kinds = new int[types.length];
    for (int c = 0; c < kinds.length; c++) {
      TypeInfo t = types[c];
      kinds[c] = switch (batch.layout(c)) {
        case INT32 -> t.type() == TdsDataType.INTN && t.maxLength() == 4 ? INT4 : GENERIC;
        case INT64 -> t.type() == TdsDataType.INTN && t.maxLength() == 8 ? INT8 : GENERIC;
        case FLOAT64 -> t.type() == TdsDataType.FLTN && t.maxLength() == 8 ? FLOAT8 : GENERIC;
        case UTF8 -> (t.type() == TdsDataType.NVARCHAR || t.type() == TdsDataType.NCHAR) && !cutByTextSize(c) ? TEXT : GENERIC;
        case OTHER -> GENERIC;
      };
    }
    return kinds;
  }

  /**
   * Writes rows from {@code r} on until {@code end} or until about {@value #FLUSH_AT} bytes are
   * encoded, and returns the row after the last one written: rows are laid out end to end in the
   * scratch and handed to the buffer in one write, as a ByteBuf write per row cost as much as
   * encoding its values. A value that does not fit its column throws IllegalArgumentException;
   * the rows before it are written, nothing of its row is.
   */
  int encodeRows(ByteBuf out, RowBatch batch, int r, int end, int[] kinds) {
    int p = 0;
    while (r < end && p < FLUSH_AT) {
      int start = p;
      int mark = out.writerIndex();
      try {
        p = encodeRow(out, p, batch, r, kinds);
      } catch (RuntimeException | Error e) { // an Error too: 8631 or 701 follow, after whole rows
        if (out.writerIndex() != mark) {
          // The row's start was flushed with the rows before it (a value written through
          // TdsValueCodec): cut the buffer back to the row's start.
          out.writerIndex(mark + start);
        } else {
          flush(out, start);
        }
        throw e;
      }
      r++;
    }
    flush(out, p);
    return r;
  }

  /** Writes row {@code r} at {@code row[p]}; returns the position after it (0 if flushed). */
  private int encodeRow(ByteBuf out, int p, RowBatch batch, int r, int[] kinds) {
    int n = kinds.length;
    if (n > Long.SIZE) {
      // Wider than the null mask below: the general per-row path.
      p = flush(out, p);
      NbcRowToken.encodeBest(out, metadata, wireRow(batch, r), tdsVersion);
      return p;
    }
    long nulls = 0;
    for (int c = 0; c < n; c++) {
      if (batch.isNull(r, c)) {
        nulls |= 1L << c;
      }
    }
    boolean nbc = nulls != 0 && TdsVersion.atLeast73B(tdsVersion) && savedByBitmap(nulls) > 0;
    ensureRow(p + 9 + FIXED_TAIL);
    if (nbc) {
      row[p++] = (byte) NbcRowToken.TOKEN;
      for (int b = 0; b < (n + 7) >>> 3; b++) {
        row[p++] = (byte) (nulls >>> (8 * b));
      }
    } else {
      row[p++] = (byte) RowToken.TOKEN;
    }
    for (int c = 0; c < n; c++) {
      if ((nulls & (1L << c)) != 0) {
        if (!nbc) {
          p = flush(out, p);
          TdsValueCodec.encode(out, types[c], null, tdsVersion);
        }
        continue;
      }
      p = writeValue(out, p, batch, r, c, kinds[c]);
    }
    return p;
  }

  /** Hands the scratch's first {@code p} bytes to the buffer; returns the new position, 0. */
  private int flush(ByteBuf out, int p) {
    if (p > 0) {
      out.writeBytes(row, 0, p);
    }
    return 0;
  }

  int[] prepare(RowBatch batch) {
    if (batch.columnCount() != types.length) {
      throw new IllegalArgumentException(
          "Row has " + batch.columnCount() + " values for " + types.length + " columns");
    }
    return kinds(batch);
  }

  /**
   * Writes one value at {@code row[p]} and returns the position after it; a value the scratch
   * does not carry (other layouts, PLP or non-ASCII text, a too-long value) goes through
   * TdsValueCodec straight into the buffer, after the scratch is flushed.
   */
  private int writeValue(ByteBuf out, int p, RowBatch batch, int r, int c, int kind) {
    switch (kind) {
      case INT4 -> {
        row[p] = 4;
        INT_LE.set(row, p + 1, batch.intValue(r, c));
        return p + 5;
      }
      case INT8 -> {
        row[p] = 8;
        LONG_LE.set(row, p + 1, batch.longValue(r, c));
        return p + 9;
      }
      case FLOAT8 -> {
        row[p] = 8;
        LONG_LE.set(row, p + 1, Double.doubleToRawLongBits(batch.doubleValue(r, c)));
        return p + 9;
      }
      case TEXT -> {
        return writeText(out, p, batch, r, c);
      }
      default -> {
        p = flush(out, p);
        TdsValueCodec.encode(out, types[c], wire(batch, r, c), tdsVersion);
        return p;
      }
    }
  }

  /**
   * An ASCII value of a non-PLP nvarchar/nchar column that fits: its UTF-8 bytes are its UTF-16
   * code units' low bytes, so they are copied behind the value's slot and widened in place, front
   * to back (each write lands at or before the byte it reads). Else TdsValueCodec decides, as for
   * any value (non-ASCII, PLP, truncation errors).
   */
  private int writeText(ByteBuf out, int p, RowBatch batch, int r, int c) {
    TypeInfo t = types[c];
    int len = batch.utf8Length(r, c);
    if (!t.isPlp() && 2 * len <= t.maxLength()) {
      int at = p + 2;
      ensureRow(at + 2 * len + FIXED_TAIL);
      batch.utf8(r, c, row, at + len);
      // Widened and checked in one pass; a byte ≥ 0x80 (its sign bit) leaves the widened bytes
      // as scratch for TdsValueCodec's path below, which re-reads the value.
      int bits = 0;
      for (int i = 0; i < len; i++) {
        byte x = row[at + len + i];
        bits |= x;
        row[at + 2 * i] = x;
        row[at + 2 * i + 1] = 0;
      }
      if (bits >= 0) {
        SHORT_LE.set(row, p, (short) (2 * len));
        return at + 2 * len;
      }
    }
    p = flush(out, p);
    if (text.length < 2 * len) {
      text = new byte[Math.max(2 * len, 2 * text.length)];
    }
    batch.utf8(r, c, text, 0);
    TdsValueCodec.encodeUtf8Text(out, t, text, len, tdsVersion);
    return p;
  }

  /** Room for {@code size} bytes in the row scratch, keeping what is in it. */
  private void ensureRow(int size) {
    if (row.length < size) {
      row = java.util.Arrays.copyOf(row, Math.max(size, 2 * row.length));
    }
  }

  private Object wire(RowBatch batch, int r, int c) {
    SqlType type = columnTypes.get(c);
    return WireTypes.toWire(TextSizeLimit.cut(batch.value(r, c), type, textSize), type, tdsVersion);
  }

  /** Whether SET TEXTSIZE cuts this column's values (they then go through {@link #wire}). */
  private boolean cutByTextSize(int c) {
    return textSize != TextSizeLimit.NONE && TextSizeLimit.applies(columnTypes.get(c));
  }

  private Object[] wireRow(RowBatch batch, int r) {
    Object[] values = new Object[types.length];
    for (int c = 0; c < values.length; c++) {
      values[c] = wire(batch, r, c);
    }
    return values;
  }

  /** As NbcRowToken: the NULL forms left out minus the bitmap; MAX_VALUE for a fixed type's NULL. */
  private int savedByBitmap(long nulls) {
    int saved = -((types.length + 7) >>> 3);
    for (int c = 0; c < types.length; c++) {
      if ((nulls & (1L << c)) != 0) {
        if (nullSizes[c] < 0) {
          return Integer.MAX_VALUE;
        }
        saved += nullSizes[c];
      }
    }
    return saved;
  }
}
