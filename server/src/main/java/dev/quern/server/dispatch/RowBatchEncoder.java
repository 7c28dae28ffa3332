package dev.quern.server.dispatch;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.RowBatch;
import dev.quern.server.types.WireTypes;
import dev.quern.tds.token.ColMetadataToken;
import dev.quern.tds.token.NbcRowToken;
import dev.quern.tds.token.RowToken;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsValueCodec;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
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
  private final TypeInfo[] types;
  /** Per column the size of its NULL form in a ROW, -1 where only NBCROW can carry a NULL. */
  private final int[] nullSizes;
  private byte[] text = new byte[256];

  RowBatchEncoder(ColMetadataToken metadata, List<SqlType> columnTypes, int tdsVersion) {
    this.metadata = metadata;
    this.columnTypes = columnTypes;
    this.tdsVersion = tdsVersion;
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
        case UTF8 -> t.type() == TdsDataType.NVARCHAR || t.type() == TdsDataType.NCHAR ? TEXT : GENERIC;
        case OTHER -> GENERIC;
      };
    }
    return kinds;
  }

  /**
   * Writes row {@code r} of the batch. A value that does not fit its column throws
   * IllegalArgumentException; the caller undoes the partial row.
   */
  void encodeRow(ByteBuf out, RowBatch batch, int r, int[] kinds) {
    int n = kinds.length;
    if (n > Long.SIZE) {
      // Wider than the null mask below: the general per-row path.
      NbcRowToken.encodeBest(out, metadata, wireRow(batch, r), tdsVersion);
      return;
    }
    long nulls = 0;
    for (int c = 0; c < n; c++) {
      if (batch.isNull(r, c)) {
        nulls |= 1L << c;
      }
    }
    boolean nbc = nulls != 0 && TdsVersion.atLeast73B(tdsVersion) && savedByBitmap(nulls) > 0;
    if (nbc) {
      out.writeByte(NbcRowToken.TOKEN);
      for (int b = 0; b < (n + 7) >>> 3; b++) {
        out.writeByte((int) (nulls >>> (8 * b)) & 0xFF);
      }
    } else {
      out.writeByte(RowToken.TOKEN);
    }
    for (int c = 0; c < n; c++) {
      if ((nulls & (1L << c)) != 0) {
        if (!nbc) {
          TdsValueCodec.encode(out, types[c], null, tdsVersion);
        }
        continue;
      }
      writeValue(out, batch, r, c, kinds[c]);
    }
  }

  int[] prepare(RowBatch batch) {
    if (batch.columnCount() != types.length) {
      throw new IllegalArgumentException(
          "Row has " + batch.columnCount() + " values for " + types.length + " columns");
    }
    return kinds(batch);
  }

  private void writeValue(ByteBuf out, RowBatch batch, int r, int c, int kind) {
    switch (kind) {
      case INT4 -> {
        out.writeByte(4);
        out.writeIntLE(batch.intValue(r, c));
      }
      case INT8 -> {
        out.writeByte(8);
        out.writeLongLE(batch.longValue(r, c));
      }
      case FLOAT8 -> {
        out.writeByte(8);
        out.writeLongLE(Double.doubleToRawLongBits(batch.doubleValue(r, c)));
      }
      case TEXT -> {
        int len = batch.utf8Length(r, c);
        if (text.length < 2 * len) {
          text = new byte[Math.max(2 * len, 2 * text.length)];
        }
        batch.utf8(r, c, text, 0);
        TdsValueCodec.encodeUtf8Text(out, types[c], text, len, tdsVersion);
      }
      default -> TdsValueCodec.encode(out, types[c], wire(batch, r, c), tdsVersion);
    }
  }

  private Object wire(RowBatch batch, int r, int c) {
    return WireTypes.toWire(batch.value(r, c), columnTypes.get(c), tdsVersion);
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
