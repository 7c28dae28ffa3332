package dev.quern.catalog.value;

/**
 * Rows held column by column, such as a record batch an external script returned: each value in
 * the Java representation of its column's type through {@link #value}, and the commonest columns
 * also readable without boxing through the reader their {@link Layout} names, so a consumer that
 * writes rows to the wire needs no {@code Object[]} per row. A batch is only valid during the call
 * it is passed to: consumers copy what they keep.
 */
public interface RowBatch {
  /** How a column's values can be read besides {@link #value}. */
  enum Layout {
    /** {@link #intValue}: int (and the Java value is an Integer). */
    INT32,
    /** {@link #longValue}: bigint (a Long). */
    INT64,
    /** {@link #doubleValue}: float (a Double). */
    FLOAT64,
    /** {@link #utf8}: text (a String), as its UTF-8 bytes. */
    UTF8,
    /** {@link #value} only. */
    OTHER
  }

  int rowCount();

  int columnCount();

  Layout layout(int column);

  boolean isNull(int row, int column);

  /** The value (null for NULL) in the Java representation of the column's type. */
  Object value(int row, int column);

  /** An {@link Layout#INT32} column's non-null value. */
  int intValue(int row, int column);

  /** An {@link Layout#INT64} column's non-null value. */
  long longValue(int row, int column);

  /** A {@link Layout#FLOAT64} column's non-null value. */
  double doubleValue(int row, int column);

  /** The UTF-8 length in bytes of a {@link Layout#UTF8} column's non-null value. */
  int utf8Length(int row, int column);

  /** Copies a {@link Layout#UTF8} column's non-null value as UTF-8 into {@code dst[at..)}. */
  void utf8(int row, int column, byte[] dst, int at);

  /** One row as values (the boxing path, for consumers without a columnar one). */
  default Object[] row(int row) {
    Object[] values = new Object[columnCount()];
    for (int c = 0; c < values.length; c++) {
      values[c] = value(row, c);
    }
    return values;
  }

  /**
   * The length in UTF-16 code units (what nvarchar(n) counts) of {@code utf8[from..to)}: one per
   * character, two for one beyond the BMP (a four-byte sequence).
   */
  static int utf16Length(byte[] utf8, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int b = utf8[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        n += b >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }
}
