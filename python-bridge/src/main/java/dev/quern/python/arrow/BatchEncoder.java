package dev.quern.python.arrow;

import dev.quern.catalog.type.SqlType;
import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Fills a {@link VectorSchemaRoot} from rows in the TypeId Java representation. One writer per
 * column is chosen once, so the per-value work is a cast and a set.
 */
public final class BatchEncoder {
  private final List<ExternalColumn> columns;
  // Scratch arrays of the bulk column loops, reused from batch to batch: an encoder serves one
  // call on one thread, and a fresh set per batch was a tenth of the server's allocation.
  private int[] ints = new int[0];
  private long[] longs = new long[0];
  private double[] doubles = new double[0];
  private int[] offsets = new int[0];
  private byte[] valid = new byte[0];
  private byte[] text = new byte[0];

  public BatchEncoder(List<ExternalColumn> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Replaces the root's contents with {@code rows[from..to)}. */
  public void encode(VectorSchemaRoot root, Object[][] rows, int from, int to) {
    int n = to - from;
    for (int c = 0; c < columns.size(); c++) {
      FieldVector v = root.getVector(c);
      v.reset();
      SqlType t = columns.get(c).type();
      if (!encodeCommon(t, v, rows, from, n, c)) {
        v.setInitialCapacity(n);
        v.allocateNew();
        Writer w = writer(t, v);
        for (int r = 0; r < n; r++) {
          Object value = rows[from + r][c];
          if (value == null) {
            v.setNull(r);
          } else {
            w.set(r, value);
          }
        }
      }
      v.setValueCount(n);
    }
    root.setRowCount(n);
  }

  /**
   * The commonest columns (int, bigint, float, strings) in loops of their own: values gathered
   * into a Java array and the validity bits into a bitmap, each written to its Arrow buffer in
   * one bulk copy (a set() per value pays Arrow's bounds and reference-count checks each time).
   * Returns false for the other types.
   */
  private boolean encodeCommon(SqlType t, FieldVector v, Object[][] rows, int from, int n, int c) {
    switch (t.id()) {
      case INT -> {
        ((IntVector) v).allocateNew(n);
        int[] values = ints.length >= n ? ints : (ints = new int[n]);
        byte[] valid = validity(n);
        for (int r = 0; r < n; r++) {
          Object x = rows[from + r][c];
          if (x != null) {
            values[r] = ((Number) x).intValue();
            valid[r >>> 3] |= (byte) (1 << (r & 7));
          } else {
            values[r] = 0; // not last batch's value under a NULL
          }
        }
        v.getDataBuffer().nioBuffer(0, n * IntVector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(values, 0, n);
        v.getValidityBuffer().setBytes(0, valid, 0, validityBytes(n));
      }
      case BIGINT -> {
        ((BigIntVector) v).allocateNew(n);
        long[] values = longs.length >= n ? longs : (longs = new long[n]);
        byte[] valid = validity(n);
        for (int r = 0; r < n; r++) {
          Object x = rows[from + r][c];
          if (x != null) {
            values[r] = ((Number) x).longValue();
            valid[r >>> 3] |= (byte) (1 << (r & 7));
          } else {
            values[r] = 0; // not last batch's value under a NULL
          }
        }
        v.getDataBuffer().nioBuffer(0, n * BigIntVector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(values, 0, n);
        v.getValidityBuffer().setBytes(0, valid, 0, validityBytes(n));
      }
      case FLOAT -> {
        ((Float8Vector) v).allocateNew(n);
        double[] values = doubles.length >= n ? doubles : (doubles = new double[n]);
        byte[] valid = validity(n);
        for (int r = 0; r < n; r++) {
          Object x = rows[from + r][c];
          if (x != null) {
            values[r] = ((Number) x).doubleValue();
            valid[r >>> 3] |= (byte) (1 << (r & 7));
          } else {
            values[r] = 0; // not last batch's value under a NULL
          }
        }
        v.getDataBuffer().nioBuffer(0, n * Float8Vector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values, 0, n);
        v.getValidityBuffer().setBytes(0, valid, 0, validityBytes(n));
      }
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON -> encodeStrings((VarCharVector) v, rows, from, n, c);
      default -> {
        return false;
      }
    }
    return true;
  }

  private static int validityBytes(int rows) {
    return (rows + 7) >>> 3;
  }

  /** The validity scratch for {@code rows} rows, all bits clear. */
  private byte[] validity(int rows) {
    int bytes = validityBytes(rows);
    if (valid.length < bytes) {
      valid = new byte[bytes];
    } else {
      Arrays.fill(valid, 0, bytes, (byte) 0);
    }
    return valid;
  }

  /**
   * The UTF-8 of every value laid end to end in one array with its offsets, then three bulk
   * copies (data, offsets, validity) into a vector allocated at its exact size.
   */
  private void encodeStrings(VarCharVector v, Object[][] rows, int from, int n, int c) {
    byte[] data = text.length >= 16 ? text : new byte[Math.max(16, 16 * n)];
    int[] offsets = this.offsets.length > n ? this.offsets : (this.offsets = new int[n + 1]);
    byte[] valid = validity(n);
    int end = 0;
    for (int r = 0; r < n; r++) {
      Object x = rows[from + r][c];
      if (x != null) {
        byte[] b = ((String) x).getBytes(StandardCharsets.UTF_8);
        if (data.length - end < b.length) {
          data = Arrays.copyOf(data, Math.max(end + b.length, 2 * data.length));
        }
        System.arraycopy(b, 0, data, end, b.length);
        end += b.length;
        valid[r >>> 3] |= (byte) (1 << (r & 7));
      }
      offsets[r + 1] = end;
    }
    text = data;
    v.allocateNew(Math.max(1, end), n);
    v.getDataBuffer().setBytes(0, data, 0, end);
    v.getOffsetBuffer().nioBuffer(0, (n + 1) * VarCharVector.OFFSET_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(offsets, 0, n + 1);
    v.getValidityBuffer().setBytes(0, valid, 0, validityBytes(n));
    // Every row is set: without this, setValueCount would "fill the holes" after the last set().
    v.setLastSet(n - 1);
  }

  /**
   * Replaces the root's contents with rows {@code [from, to)} of a column batch (same columns):
   * int, bigint, float and text columns go into their Arrow buffers in bulk copies, the others
   * value by value as in {@link #encode(VectorSchemaRoot, Object[][], int, int)}.
   */
  public void encode(VectorSchemaRoot root, ColumnBatch batch, int from, int to) {
    int n = to - from;
    for (int c = 0; c < columns.size(); c++) {
      FieldVector v = root.getVector(c);
      v.reset();
      switch (batch.kind(c)) {
        case INT -> {
          ((IntVector) v).allocateNew(n);
          v.getDataBuffer().nioBuffer(0, n * IntVector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(batch.ints(c), from, n);
        }
        case BIGINT -> {
          ((BigIntVector) v).allocateNew(n);
          v.getDataBuffer().nioBuffer(0, n * BigIntVector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(batch.longs(c), from, n);
        }
        case FLOAT -> {
          ((Float8Vector) v).allocateNew(n);
          v.getDataBuffer().nioBuffer(0, n * Float8Vector.TYPE_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(batch.doubles(c), from, n);
        }
        case TEXT -> copyText((VarCharVector) v, batch, c, from, n);
        case OBJECT -> {
          v.setInitialCapacity(n);
          v.allocateNew();
          Writer w = writer(columns.get(c).type(), v);
          Object[] values = batch.objects(c);
          for (int r = 0; r < n; r++) {
            Object value = values[from + r];
            if (value == null) {
              v.setNull(r);
            } else {
              w.set(r, value);
            }
          }
        }
      }
      if (batch.kind(c) != ColumnBatch.Kind.OBJECT) {
        copyValidity(v, batch, c, from, n);
      }
      v.setValueCount(n);
    }
    root.setRowCount(n);
  }

  private void copyText(VarCharVector v, ColumnBatch batch, int c, int from, int n) {
    int[] source = batch.offsets(c);
    int start = source[from];
    int bytes = source[from + n] - start;
    int[] offsets = this.offsets.length > n ? this.offsets : (this.offsets = new int[n + 1]);
    for (int r = 0; r <= n; r++) {
      offsets[r] = source[from + r] - start;
    }
    v.allocateNew(Math.max(1, bytes), n);
    v.getDataBuffer().setBytes(0, batch.utf8(c), start, bytes);
    v.getOffsetBuffer().nioBuffer(0, (n + 1) * VarCharVector.OFFSET_WIDTH).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(offsets, 0, n + 1);
    // Every row is set: without this, setValueCount would "fill the holes" after the last set().
    v.setLastSet(n - 1);
  }

  /** The validity bitmap of rows [from, from + n) of a column: all set when it holds no NULL. */
  private void copyValidity(FieldVector v, ColumnBatch batch, int c, int from, int n) {
    int bytes = validityBytes(n);
    byte[] valid = validity(n);
    if (batch.nullCount(c) == 0) {
      Arrays.fill(valid, 0, bytes, (byte) -1);
      if ((n & 7) != 0) {
        valid[bytes - 1] = (byte) ((1 << (n & 7)) - 1); // no bits past the last row
      }
    } else {
      boolean[] nulls = batch.nulls(c);
      for (int r = 0; r < n; r++) {
        if (!nulls[from + r]) {
          valid[r >>> 3] |= (byte) (1 << (r & 7));
        }
      }
    }
    v.getValidityBuffer().setBytes(0, valid, 0, bytes);
  }

  @FunctionalInterface
  private interface Writer {
    void set(int row, Object value);
  }

  private static Writer writer(SqlType t, FieldVector v) {
    return switch (t.id()) {
      case TINYINT -> (r, x) -> ((UInt1Vector) v).setSafe(r, ((Number) x).intValue());
      case SMALLINT -> (r, x) -> ((SmallIntVector) v).setSafe(r, ((Number) x).shortValue());
      case INT -> (r, x) -> ((IntVector) v).setSafe(r, ((Number) x).intValue());
      case BIGINT -> (r, x) -> ((BigIntVector) v).setSafe(r, ((Number) x).longValue());
      case BIT -> (r, x) -> ((BitVector) v).setSafe(r, ((Boolean) x) ? 1 : 0);
      case DECIMAL, NUMERIC, MONEY, SMALLMONEY -> {
        DecimalVector d = (DecimalVector) v;
        int scale = d.getScale();
        yield (r, x) -> d.setSafe(r, ((BigDecimal) x).setScale(scale, RoundingMode.HALF_UP));
      }
      case REAL -> (r, x) -> ((Float4Vector) v).setSafe(r, ((Number) x).floatValue());
      case FLOAT -> (r, x) -> ((Float8Vector) v).setSafe(r, ((Number) x).doubleValue());
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON ->
          (r, x) -> ((VarCharVector) v).setSafe(r, ((String) x).getBytes(StandardCharsets.UTF_8));
      case UNIQUEIDENTIFIER ->
          (r, x) ->
              ((VarCharVector) v)
                  .setSafe(r, ((UUID) x).toString().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
      case BINARY, VARBINARY, IMAGE, HIERARCHYID, GEOMETRY, GEOGRAPHY -> (r, x) -> ((VarBinaryVector) v).setSafe(r, (byte[]) x);
      case VECTOR -> (r, x) -> ((VarCharVector) v).setSafe(r, x.toString().getBytes(StandardCharsets.US_ASCII));
      case DATE -> (r, x) -> ((DateDayVector) v).setSafe(r, (int) ((LocalDate) x).toEpochDay());
      case TIME -> (r, x) -> ((TimeMicroVector) v).setSafe(r, ((LocalTime) x).toNanoOfDay() / 1_000);
      case DATETIME2, DATETIME, SMALLDATETIME ->
          (r, x) -> ((TimeStampVector) v).setSafe(r, micros((LocalDateTime) x));
      case DATETIMEOFFSET ->
          (r, x) -> ((TimeStampVector) v).setSafe(r, micros(((OffsetDateTime) x).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
      case SQL_VARIANT -> throw new IllegalArgumentException("sql_variant is not carried");
    };
  }

  /** Microseconds since 1970-01-01T00:00 (floor), valid for years 1..9999. */
  static long micros(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1_000;
  }
}
