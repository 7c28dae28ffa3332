package dev.quern.python.arrow;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.RowBatch;
import dev.quern.ext.spi.ExternalColumn;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A record batch from the satellite as a {@link RowBatch}: int, bigint, float and string columns
 * are read straight from their Arrow buffers (no boxing, strings as their UTF-8 bytes), the others
 * through the same readers as {@link BatchDecoder}. Valid while the root is.
 *
 * <p>The values of those columns are copied into Java arrays once per batch (a bulk copy of each
 * buffer, through memory segments over Arrow's native memory): an {@code ArrowBuf} access checks
 * the buffer's reference count and bounds on every call, and even a segment read or a short
 * segment-to-array copy per value cost more than the value when the server writes a row from
 * three or four of them.
 */
public final class ArrowRowBatch implements RowBatch {
  // Arrow's buffers are little-endian and need not be aligned for these reads.
  private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private final int rows;
  private final FieldVector[] vectors;
  private final Layout[] layouts;
  private final int[][] ints;
  private final long[][] longs;
  private final double[][] doubles;
  private final byte[][] utf8;
  private final int[][] offsets;
  private final boolean[] nulls;
  private final IntFunction<Object>[] readers;

  /** {@code columns}: the SQL type each vector is read as (see {@link BatchDecoder#columns}). */
  @SuppressWarnings("unchecked")
  public ArrowRowBatch(VectorSchemaRoot root, List<ExternalColumn> columns) {
    int n = columns.size();
    this.rows = root.getRowCount();
    this.vectors = new FieldVector[n];
    this.layouts = new Layout[n];
    this.ints = new int[n][];
    this.longs = new long[n][];
    this.doubles = new double[n][];
    this.utf8 = new byte[n][];
    this.offsets = new int[n][];
    this.nulls = new boolean[n];
    this.readers = new IntFunction[n];
    for (int c = 0; c < n; c++) {
      FieldVector v = root.getVector(c);
      SqlType t = columns.get(c).type();
      vectors[c] = v;
      layouts[c] = layout(t, v);
      nulls[c] = v.getNullCount() > 0;
      if (layouts[c] == Layout.OTHER) {
        readers[c] = BatchDecoder.reader(t, v);
      } else {
        copyValues(c, v);
      }
    }
  }

  private void copyValues(int c, FieldVector v) {
    if (rows == 0) {
      // An empty vector may have no buffers at all.
      ints[c] = new int[0];
      longs[c] = new long[0];
      doubles[c] = new double[0];
      utf8[c] = new byte[0];
      offsets[c] = new int[1];
      return;
    }
    MemorySegment data = segment(v.getDataBuffer());
    switch (layouts[c]) {
      case INT32 -> MemorySegment.copy(data, INT, 0, ints[c] = new int[rows], 0, rows);
      case INT64 -> MemorySegment.copy(data, LONG, 0, longs[c] = new long[rows], 0, rows);
      case FLOAT64 -> MemorySegment.copy(data, DOUBLE, 0, doubles[c] = new double[rows], 0, rows);
      case UTF8 -> {
        int[] o = offsets[c] = new int[rows + 1];
        MemorySegment.copy(segment(v.getOffsetBuffer()), INT, 0, o, 0, rows + 1);
        // Offsets as Arrow writes them start at 0, but a batch may start further in.
        utf8[c] = new byte[o[rows] - o[0]];
        MemorySegment.copy(data, ValueLayout.JAVA_BYTE, o[0], utf8[c], 0, o[rows] - o[0]);
        if (o[0] != 0) {
          int base = o[0];
          for (int r = 0; r <= rows; r++) {
            o[r] -= base;
          }
        }
      }
      case OTHER -> {}
    }
  }

  /** The buffer's memory as a segment (Arrow's buffers stay allocated while the root is). */
  private static MemorySegment segment(ArrowBuf buf) {
    return MemorySegment.ofAddress(buf.memoryAddress()).reinterpret(buf.capacity());
  }

  private static Layout layout(SqlType t, FieldVector v) {
    return switch (t.id()) {
      case INT -> v instanceof IntVector ? Layout.INT32 : Layout.OTHER;
      case BIGINT -> v instanceof BigIntVector ? Layout.INT64 : Layout.OTHER;
      case FLOAT -> v instanceof Float8Vector ? Layout.FLOAT64 : Layout.OTHER;
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML ->
          v instanceof VarCharVector ? Layout.UTF8 : Layout.OTHER;
      default -> Layout.OTHER;
    };
  }

  @Override
  public int rowCount() {
    return rows;
  }

  @Override
  public int columnCount() {
    return vectors.length;
  }

  @Override
  public Layout layout(int column) {
    return layouts[column];
  }

  @Override
  public boolean isNull(int row, int column) {
    return nulls[column] && vectors[column].isNull(row);
  }

  @Override
  public Object value(int row, int column) {
    if (isNull(row, column)) {
      return null;
    }
    return switch (layouts[column]) {
      case INT32 -> intValue(row, column);
      case INT64 -> longValue(row, column);
      case FLOAT64 -> doubleValue(row, column);
      case UTF8 -> {
        byte[] b = new byte[utf8Length(row, column)];
        utf8(row, column, b, 0);
        yield new String(b, java.nio.charset.StandardCharsets.UTF_8);
      }
      case OTHER -> readers[column].apply(row);
    };
  }

  @Override
  public int intValue(int row, int column) {
    return ints[column][row];
  }

  @Override
  public long longValue(int row, int column) {
    return longs[column][row];
  }

  @Override
  public double doubleValue(int row, int column) {
    return doubles[column][row];
  }

  @Override
  public int utf8Length(int row, int column) {
    int[] o = offsets[column];
    return o[row + 1] - o[row];
  }

  @Override
  public void utf8(int row, int column, byte[] dst, int at) {
    int[] o = offsets[column];
    System.arraycopy(utf8[column], o[row], dst, at, o[row + 1] - o[row]);
  }
}
