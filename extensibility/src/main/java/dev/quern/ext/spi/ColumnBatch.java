package dev.quern.ext.spi;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.RowBatch;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Up to {@link #capacity()} rows of a {@link RowSource} laid out by column: int, bigint and float
 * values unboxed in arrays of their own, text as its UTF-8 bytes end to end with offsets, other
 * types as their objects ({@link dev.quern.catalog.type.TypeId}'s Java representation); a NULL
 * flag per row and column.
 *
 * <p>Filled a row at a time where the rows are made, while their values are still in the CPU's
 * caches ({@link #add}), and moved in bulk afterwards ({@link #append}, and a runtime copying the
 * arrays into its own format): taking the boxed values apart later, on another thread, cost more
 * than making them. Not thread-safe; a batch passes from one thread to another through a queue.
 *
 * <p>Also a {@link RowBatch}, so that a sink writing rows by columns (the TDS encoder) takes one
 * without an {@code Object[]} per row.
 */
public final class ColumnBatch implements RowBatch {
  /** How a column's values are held. */
  public enum Kind {
    /** int: {@link #ints}. */
    INT,
    /** bigint: {@link #longs}. */
    BIGINT,
    /** float: {@link #doubles}. */
    FLOAT,
    /** char, varchar, nchar, nvarchar, text, ntext, xml: {@link #utf8} and {@link #offsets}. */
    TEXT,
    /** Every other type: {@link #objects}. */
    OBJECT
  }

  private final List<ExternalColumn> columns;
  private final Kind[] kinds;
  private final int capacity;
  private final int[][] ints;
  private final long[][] longs;
  private final double[][] doubles;
  private final byte[][] utf8;
  /** Per text column {@code capacity + 1} offsets: row r is {@code [offsets[r], offsets[r+1])}. */
  private final int[][] offsets;
  private final Object[][] objects;
  private final boolean[][] nulls;
  private final int[] nullCounts;
  private int rows;

  public ColumnBatch(List<ExternalColumn> columns, int capacity) {
    this.columns = List.copyOf(columns);
    this.capacity = capacity;
    int n = this.columns.size();
    kinds = new Kind[n];
    ints = new int[n][];
    longs = new long[n][];
    doubles = new double[n][];
    utf8 = new byte[n][];
    offsets = new int[n][];
    objects = new Object[n][];
    nulls = new boolean[n][capacity];
    nullCounts = new int[n];
    for (int c = 0; c < n; c++) {
      kinds[c] = kindOf(this.columns.get(c).type());
      switch (kinds[c]) {
        case INT -> ints[c] = new int[capacity];
        case BIGINT -> longs[c] = new long[capacity];
        case FLOAT -> doubles[c] = new double[capacity];
        case TEXT -> {
          utf8[c] = new byte[Math.max(16, 16 * capacity)];
          offsets[c] = new int[capacity + 1];
        }
        case OBJECT -> objects[c] = new Object[capacity];
      }
    }
  }

  /** The kind that holds values of {@code type}. */
  public static Kind kindOf(SqlType type) {
    return switch (type.id()) {
      case INT -> Kind.INT;
      case BIGINT -> Kind.BIGINT;
      case FLOAT -> Kind.FLOAT;
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON -> Kind.TEXT;
      default -> Kind.OBJECT;
    };
  }

  public List<ExternalColumn> columns() {
    return columns;
  }

  public int capacity() {
    return capacity;
  }

  @Override
  public int rowCount() {
    return rows;
  }

  public boolean isFull() {
    return rows == capacity;
  }

  /** Empties the batch for reuse (its arrays stay). */
  public void clear() {
    for (int c = 0; c < kinds.length; c++) {
      if (nullCounts[c] > 0) {
        Arrays.fill(nulls[c], 0, rows, false);
        nullCounts[c] = 0;
      }
      if (kinds[c] == Kind.OBJECT) {
        Arrays.fill(objects[c], 0, rows, null); // let the values go
      }
    }
    rows = 0;
  }

  /**
   * Appends one row of values in the TypeId representation; the array is not kept. A value of
   * another Java type than its column's throws ClassCastException.
   */
  public void add(Object[] values) {
    int r = rows;
    for (int c = 0; c < kinds.length; c++) {
      put(c, r, values[c]);
    }
    rows = r + 1;
  }

  /**
   * Column-at-a-time filling (see {@link #grow}): sets row {@code row} (at or after {@link
   * #rowCount()}, within the capacity) of a column to a value in the TypeId representation. A TEXT
   * column's rows must be set in order.
   */
  public void set(int column, int row, Object value) {
    if (row < rows || row >= capacity) {
      throw new IndexOutOfBoundsException("row " + row + " outside [" + rows + ", " + capacity + ")");
    }
    put(column, row, value);
  }

  /**
   * Column-at-a-time filling: appends the UTF-8 bytes of TEXT column {@code column}'s row {@code
   * row} (its rows set in order) from {@code src[off, off + len)}.
   */
  public void setUtf8(int column, int row, byte[] src, int off, int len) {
    if (row < rows || row >= capacity) {
      throw new IndexOutOfBoundsException("row " + row + " outside [" + rows + ", " + capacity + ")");
    }
    int end = offsets[column][row];
    System.arraycopy(src, off, roomFor(column, end, len), end, len);
    offsets[column][row + 1] = end + len;
  }

  /**
   * Column-at-a-time filling: the UTF-8 of {@code n} consecutive rows of a TEXT column from row
   * {@code row} on (the rows before it set), row i being {@code data[offsets[i], offsets[i +
   * 1])}; one copy of the bytes.
   */
  public void setUtf8Rows(int column, int row, byte[] data, int[] offsets, int n) {
    if (row < rows || row + n > capacity) {
      throw new IndexOutOfBoundsException("rows " + row + " + " + n + " outside [" + rows + ", " + capacity + ")");
    }
    int[] o = this.offsets[column];
    int end = o[row];
    int start = offsets[0];
    System.arraycopy(data, start, roomFor(column, end, offsets[n] - start), end, offsets[n] - start);
    int shift = end - start;
    for (int i = 1; i <= n; i++) {
      o[row + i] = offsets[i] + shift;
    }
  }

  /**
   * Makes the next {@code k} rows part of the batch once every column's values for them are in
   * place: written into {@link #ints}, {@link #longs} or {@link #doubles} (never NULL), or set
   * through {@link #set} and {@link #setUtf8}.
   */
  public void grow(int k) {
    if (k < 0 || rows + k > capacity) {
      throw new IndexOutOfBoundsException(rows + " + " + k + " rows in a batch of " + capacity);
    }
    rows += k;
  }

  private void put(int c, int r, Object x) {
    if (x == null) {
      nulls[c][r] = true;
      nullCounts[c]++;
      switch (kinds[c]) {
        case TEXT -> offsets[c][r + 1] = offsets[c][r];
        case INT -> ints[c][r] = 0; // not an earlier row's value under a NULL
        case BIGINT -> longs[c][r] = 0;
        case FLOAT -> doubles[c][r] = 0;
        case OBJECT -> {}
      }
      return;
    }
    switch (kinds[c]) {
      case INT -> ints[c][r] = ((Number) x).intValue();
      case BIGINT -> longs[c][r] = ((Number) x).longValue();
      case FLOAT -> doubles[c][r] = ((Number) x).doubleValue();
      case TEXT -> addText(c, r, (String) x);
      case OBJECT -> objects[c][r] = x;
    }
  }

  private void addText(int c, int r, String s) {
    int end = offsets[c][r];
    int length = s.length();
    // ASCII text (most of it) is its own UTF-8: write the characters straight into the column,
    // without the byte[] that getBytes would make per value.
    byte[] data = roomFor(c, end, length);
    int i = 0;
    while (i < length) {
      char ch = s.charAt(i);
      if (ch >= 0x80) {
        break;
      }
      data[end + i] = (byte) ch;
      i++;
    }
    if (i == length) {
      offsets[c][r + 1] = end + length;
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    data = roomFor(c, end, b.length);
    System.arraycopy(b, 0, data, end, b.length);
    offsets[c][r + 1] = end + b.length;
  }

  /** The text column's data array with room for {@code more} bytes after {@code end}. */
  private byte[] roomFor(int c, int end, int more) {
    byte[] data = utf8[c];
    if (data.length - end < more) {
      data = utf8[c] = Arrays.copyOf(data, Math.max(end + more, 2 * data.length));
    }
    return data;
  }

  /**
   * Appends rows {@code [from, from + k)} of {@code source} (same columns) with k at most {@code
   * max}, the rows left in the source and the room left here; returns k.
   */
  public int append(ColumnBatch source, int from, int max) {
    int k = Math.min(max, Math.min(source.rows - from, capacity - rows));
    if (k <= 0) {
      return 0;
    }
    for (int c = 0; c < kinds.length; c++) {
      switch (kinds[c]) {
        case INT -> System.arraycopy(source.ints[c], from, ints[c], rows, k);
        case BIGINT -> System.arraycopy(source.longs[c], from, longs[c], rows, k);
        case FLOAT -> System.arraycopy(source.doubles[c], from, doubles[c], rows, k);
        case TEXT -> appendText(c, source, from, k);
        case OBJECT -> System.arraycopy(source.objects[c], from, objects[c], rows, k);
      }
      if (source.nullCounts[c] > 0) {
        for (int i = 0; i < k; i++) {
          if (source.nulls[c][from + i]) {
            nulls[c][rows + i] = true;
            nullCounts[c]++;
          }
        }
      }
    }
    rows += k;
    return k;
  }

  private void appendText(int c, ColumnBatch source, int from, int k) {
    int[] so = source.offsets[c];
    int start = so[from];
    int length = so[from + k] - start;
    int end = offsets[c][rows];
    byte[] data = roomFor(c, end, length);
    System.arraycopy(source.utf8[c], start, data, end, length);
    int[] o = offsets[c];
    int shift = end - start;
    for (int i = 1; i <= k; i++) {
      o[rows + i] = so[from + i] + shift;
    }
  }

  public Kind kind(int column) {
    return kinds[column];
  }

  @Override
  public boolean isNull(int row, int column) {
    return nulls[column][row];
  }

  /** NULLs in the column so far (0 lets a reader skip the flags). */
  public int nullCount(int column) {
    return nullCounts[column];
  }

  /** The NULL flags of a column, valid for rows {@code [0, rowCount())}. */
  public boolean[] nulls(int column) {
    return nulls[column];
  }

  /** An INT column's values (0 under a NULL). */
  public int[] ints(int column) {
    return ints[column];
  }

  /** A BIGINT column's values (0 under a NULL). */
  public long[] longs(int column) {
    return longs[column];
  }

  /** A FLOAT column's values (0 under a NULL). */
  public double[] doubles(int column) {
    return doubles[column];
  }

  /** A TEXT column's UTF-8 bytes, rows end to end (see {@link #offsets}). */
  public byte[] utf8(int column) {
    return utf8[column];
  }

  /** A TEXT column's offsets into {@link #utf8}: {@code rowCount() + 1} of them; a NULL is empty. */
  public int[] offsets(int column) {
    return offsets[column];
  }

  /** An OBJECT column's values (null for NULL). */
  public Object[] objects(int column) {
    return objects[column];
  }

  /** Row {@code r} as values in the TypeId representation (a new array). */
  @Override
  public Object[] row(int r) {
    Object[] out = new Object[kinds.length];
    for (int c = 0; c < kinds.length; c++) {
      out[c] = value(r, c);
    }
    return out;
  }

  /** The value at row {@code r} of column {@code c} in the TypeId representation (null for NULL). */
  @Override
  public Object value(int r, int c) {
    if (nulls[c][r]) {
      return null;
    }
    return switch (kinds[c]) {
      case INT -> ints[c][r];
      case BIGINT -> longs[c][r];
      case FLOAT -> doubles[c][r];
      case TEXT -> new String(utf8[c], offsets[c][r], offsets[c][r + 1] - offsets[c][r], StandardCharsets.UTF_8);
      case OBJECT -> objects[c][r];
    };
  }

  @Override
  public int columnCount() {
    return kinds.length;
  }

  @Override
  public Layout layout(int column) {
    return switch (kinds[column]) {
      case INT -> Layout.INT32;
      case BIGINT -> Layout.INT64;
      case FLOAT -> Layout.FLOAT64;
      case TEXT -> Layout.UTF8;
      case OBJECT -> Layout.OTHER;
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
    return offsets[column][row + 1] - offsets[column][row];
  }

  @Override
  public void utf8(int row, int column, byte[] dst, int at) {
    int from = offsets[column][row];
    System.arraycopy(utf8[column], from, dst, at, offsets[column][row + 1] - from);
  }
}
