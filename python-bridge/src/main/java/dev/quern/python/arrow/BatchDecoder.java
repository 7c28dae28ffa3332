package dev.quern.python.arrow;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.VectorText;
import dev.quern.ext.spi.ExternalColumn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.arrow.memory.ArrowBuf;
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
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/** Turns record batches from the satellite into rows in the TypeId Java representation. */
public final class BatchDecoder {
  private BatchDecoder() {}

  /** The columns a batch describes: field names and the SQL types they carry. */
  public static List<ExternalColumn> columns(VectorSchemaRoot root) {
    List<ExternalColumn> out = new ArrayList<>();
    for (Field f : root.getSchema().getFields()) {
      out.add(new ExternalColumn(f.getName(), ArrowTypes.sqlType(f)));
    }
    return out;
  }

  /** All rows of the batch; column {@code c} decoded as {@code types.get(c)}. */
  public static Object[][] rows(VectorSchemaRoot root, List<ExternalColumn> types) {
    int n = root.getRowCount();
    int cols = types.size();
    Object[][] rows = new Object[n][cols];
    for (int c = 0; c < cols; c++) {
      FieldVector v = root.getVector(c);
      if (!fillCommon(rows, c, types.get(c).type(), v, n)) {
        fill(rows, c, reader(types.get(c).type(), v), v, n);
      }
    }
    return rows;
  }

  private static void fill(Object[][] rows, int c, IntFunction<Object> reader, FieldVector v, int n) {
    if (v.getNullCount() == 0) {
      for (int r = 0; r < n; r++) {
        rows[r][c] = reader.apply(r);
      }
    } else {
      for (int r = 0; r < n; r++) {
        rows[r][c] = v.isNull(r) ? null : reader.apply(r);
      }
    }
  }

  /**
   * The commonest columns (int, bigint, float, strings) in a loop of their own, reading the data
   * buffers directly: no per-value call through a lambda, which a loop shared by every column
   * cannot inline. Returns false for the other types.
   */
  private static boolean fillCommon(Object[][] rows, int c, SqlType t, FieldVector v, int n) {
    boolean nulls = v.getNullCount() > 0;
    ArrowBuf data = v.getDataBuffer();
    switch (t.id()) {
      case INT -> {
        if (!(v instanceof IntVector)) {
          return false;
        }
        for (int r = 0; r < n; r++) {
          rows[r][c] = nulls && v.isNull(r) ? null : (Object) data.getInt((long) r * IntVector.TYPE_WIDTH);
        }
      }
      case BIGINT -> {
        if (!(v instanceof BigIntVector)) {
          return false;
        }
        for (int r = 0; r < n; r++) {
          rows[r][c] = nulls && v.isNull(r) ? null : (Object) data.getLong((long) r * BigIntVector.TYPE_WIDTH);
        }
      }
      case FLOAT -> {
        if (!(v instanceof Float8Vector)) {
          return false;
        }
        for (int r = 0; r < n; r++) {
          rows[r][c] = nulls && v.isNull(r) ? null : (Object) data.getDouble((long) r * Float8Vector.TYPE_WIDTH);
        }
      }
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON -> fillStrings(rows, c, (VarCharVector) v, n, nulls);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** UTF-8 straight from the data buffer through one reused array (no byte[] per value). */
  private static void fillStrings(Object[][] rows, int c, VarCharVector v, int n, boolean nulls) {
    ArrowBuf data = v.getDataBuffer();
    ArrowBuf offsets = v.getOffsetBuffer();
    byte[] b = new byte[256];
    int start = offsets.getInt(0);
    for (int r = 0; r < n; r++) {
      int end = offsets.getInt((long) (r + 1) * VarCharVector.OFFSET_WIDTH);
      if (nulls && v.isNull(r)) {
        rows[r][c] = null;
      } else {
        int length = end - start;
        if (b.length < length) {
          b = new byte[Math.max(length, b.length * 2)];
        }
        data.getBytes(start, b, 0, length);
        rows[r][c] = new String(b, 0, length, StandardCharsets.UTF_8);
      }
      start = end;
    }
  }

  /** Reads the non-null value at a row of {@code v} as a value of {@code t}. */
  static IntFunction<Object> reader(SqlType t, FieldVector v) {
    return switch (t.id()) {
      case TINYINT, SMALLINT, INT -> ints(v);
      case BIGINT -> longs(v);
      case BIT -> r -> ((BitVector) v).get(r) != 0;
      case DECIMAL, NUMERIC, MONEY, SMALLMONEY -> r -> ((DecimalVector) v).getObject(r);
      case REAL -> r -> ((Float4Vector) v).get(r);
      case FLOAT -> r -> v instanceof Float4Vector f ? (double) f.get(r) : ((Float8Vector) v).get(r);
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON -> r -> new String(((VarCharVector) v).get(r), StandardCharsets.UTF_8);
      case UNIQUEIDENTIFIER -> r -> UUID.fromString(new String(((VarCharVector) v).get(r), StandardCharsets.US_ASCII));
      case BINARY, VARBINARY, IMAGE, HIERARCHYID, GEOMETRY, GEOGRAPHY -> r -> ((VarBinaryVector) v).get(r);
      case VECTOR -> r -> VectorText.parse(new String(((VarCharVector) v).get(r), StandardCharsets.UTF_8));
      case DATE -> r -> LocalDate.ofEpochDay(((DateDayVector) v).get(r));
      case TIME -> r -> LocalTime.ofNanoOfDay(((TimeMicroVector) v).get(r) * 1_000);
      case DATETIME2, DATETIME, SMALLDATETIME -> r -> timestamp((TimeStampVector) v, r);
      case DATETIMEOFFSET -> r -> timestamp((TimeStampVector) v, r).atOffset(ZoneOffset.UTC);
      case SQL_VARIANT -> r -> null;
    };
  }

  // Readers are chosen once per column by the vector's class, not per value.
  private static IntFunction<Object> ints(FieldVector v) {
    return switch (v) {
      case UInt1Vector u -> r -> Byte.toUnsignedInt(u.get(r));
      case SmallIntVector s -> r -> (int) s.get(r);
      case IntVector i -> i::get;
      case BigIntVector b -> r -> (int) b.get(r);
      default -> throw new IllegalStateException("not an integer vector: " + v.getField());
    };
  }

  private static IntFunction<Object> longs(FieldVector v) {
    return switch (v) {
      case UInt1Vector u -> r -> (long) Byte.toUnsignedInt(u.get(r));
      case SmallIntVector s -> r -> (long) s.get(r);
      case IntVector i -> r -> (long) i.get(r);
      case BigIntVector b -> b::get;
      default -> throw new IllegalStateException("not an integer vector: " + v.getField());
    };
  }

  /** A timestamp in any unit as a LocalDateTime, truncated to SQL Server's 100 ns. */
  private static LocalDateTime timestamp(TimeStampVector v, int r) {
    long raw = v.get(r);
    ArrowType.Timestamp type = (ArrowType.Timestamp) v.getField().getType();
    long seconds;
    long nanos;
    switch (type.getUnit()) {
      case SECOND -> {
        seconds = raw;
        nanos = 0;
      }
      case MILLISECOND -> {
        seconds = Math.floorDiv(raw, 1_000L);
        nanos = Math.floorMod(raw, 1_000L) * 1_000_000L;
      }
      case MICROSECOND -> {
        seconds = Math.floorDiv(raw, 1_000_000L);
        nanos = Math.floorMod(raw, 1_000_000L) * 1_000L;
      }
      default -> {
        seconds = Math.floorDiv(raw, 1_000_000_000L);
        nanos = Math.floorMod(raw, 1_000_000_000L) / 100 * 100;
      }
    }
    return LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
  }
}
