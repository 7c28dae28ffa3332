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
 * <p>The buffers are read through memory segments over the same native memory: an {@code
 * ArrowBuf} access checks the buffer's reference count and bounds on every call, which cost more
 * than the value read when the server writes a row from three or four of them.
 */
public final class ArrowRowBatch implements RowBatch {
  // Arrow's buffers are little-endian and need not be aligned for these reads.
  private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private final int rows;
  private final FieldVector[] vectors;
  private final Layout[] layouts;
  private final MemorySegment[] data;
  private final MemorySegment[] offsets;
  private final boolean[] nulls;
  private final IntFunction<Object>[] readers;

  /** {@code columns}: the SQL type each vector is read as (see {@link BatchDecoder#columns}). */
  @SuppressWarnings("unchecked")
  public ArrowRowBatch(VectorSchemaRoot root, List<ExternalColumn> columns) {
    int n = columns.size();
    this.rows = root.getRowCount();
    this.vectors = new FieldVector[n];
    this.layouts = new Layout[n];
    this.data = new MemorySegment[n];
    this.offsets = new MemorySegment[n];
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
        data[c] = segment(v.getDataBuffer());
        offsets[c] = layouts[c] == Layout.UTF8 ? segment(v.getOffsetBuffer()) : null;
      }
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
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON ->
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
    return data[column].get(INT, (long) row * IntVector.TYPE_WIDTH);
  }

  @Override
  public long longValue(int row, int column) {
    return data[column].get(LONG, (long) row * BigIntVector.TYPE_WIDTH);
  }

  @Override
  public double doubleValue(int row, int column) {
    return data[column].get(DOUBLE, (long) row * Float8Vector.TYPE_WIDTH);
  }

  @Override
  public int utf8Length(int row, int column) {
    MemorySegment o = offsets[column];
    long at = (long) row * VarCharVector.OFFSET_WIDTH;
    return o.get(INT, at + VarCharVector.OFFSET_WIDTH) - o.get(INT, at);
  }

  @Override
  public void utf8(int row, int column, byte[] dst, int at) {
    MemorySegment o = offsets[column];
    long start = o.get(INT, (long) row * VarCharVector.OFFSET_WIDTH);
    int length = o.get(INT, (long) (row + 1) * VarCharVector.OFFSET_WIDTH) - (int) start;
    MemorySegment.copy(data[column], ValueLayout.JAVA_BYTE, start, dst, at, length);
  }
}
