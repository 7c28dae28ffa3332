package dev.quern.python.arrow;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.RowBatch;
import dev.quern.ext.spi.ExternalColumn;
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
 */
public final class ArrowRowBatch implements RowBatch {
  private final int rows;
  private final FieldVector[] vectors;
  private final Layout[] layouts;
  private final ArrowBuf[] data;
  private final ArrowBuf[] offsets;
  private final boolean[] nulls;
  private final IntFunction<Object>[] readers;

  /** {@code columns}: the SQL type each vector is read as (see {@link BatchDecoder#columns}). */
  @SuppressWarnings("unchecked")
  public ArrowRowBatch(VectorSchemaRoot root, List<ExternalColumn> columns) {
    int n = columns.size();
    this.rows = root.getRowCount();
    this.vectors = new FieldVector[n];
    this.layouts = new Layout[n];
    this.data = new ArrowBuf[n];
    this.offsets = new ArrowBuf[n];
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
        data[c] = v.getDataBuffer();
        offsets[c] = layouts[c] == Layout.UTF8 ? v.getOffsetBuffer() : null;
      }
    }
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
    return data[column].getInt((long) row * IntVector.TYPE_WIDTH);
  }

  @Override
  public long longValue(int row, int column) {
    return data[column].getLong((long) row * BigIntVector.TYPE_WIDTH);
  }

  @Override
  public double doubleValue(int row, int column) {
    return data[column].getDouble((long) row * Float8Vector.TYPE_WIDTH);
  }

  @Override
  public int utf8Length(int row, int column) {
    ArrowBuf o = offsets[column];
    long at = (long) row * VarCharVector.OFFSET_WIDTH;
    return o.getInt(at + VarCharVector.OFFSET_WIDTH) - o.getInt(at);
  }

  @Override
  public void utf8(int row, int column, byte[] dst, int at) {
    ArrowBuf o = offsets[column];
    long start = o.getInt((long) row * VarCharVector.OFFSET_WIDTH);
    data[column].getBytes(start, dst, at, utf8Length(row, column));
  }
}
