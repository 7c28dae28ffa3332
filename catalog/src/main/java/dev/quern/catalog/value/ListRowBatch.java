package dev.quern.catalog.value;

import java.nio.charset.StandardCharsets;

/**
 * A {@link RowBatch} over rows of Java values, each column readable through the layout given for
 * it: a batch built from rows, as the sinks' tests feed one to the columnar path.
 */
public record ListRowBatch(Object[][] rows, Layout... layouts) implements RowBatch {
  @Override
  public int rowCount() {
    return rows.length;
  }

  @Override
  public int columnCount() {
    return layouts.length;
  }

  @Override
  public Layout layout(int column) {
    return layouts[column];
  }

  @Override
  public boolean isNull(int row, int column) {
    return rows[row][column] == null;
  }

  @Override
  public Object value(int row, int column) {
    return rows[row][column];
  }

  @Override
  public int intValue(int row, int column) {
    return (Integer) rows[row][column];
  }

  @Override
  public long longValue(int row, int column) {
    return (Long) rows[row][column];
  }

  @Override
  public double doubleValue(int row, int column) {
    return (Double) rows[row][column];
  }

  @Override
  public int utf8Length(int row, int column) {
    return ((String) rows[row][column]).getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public void utf8(int row, int column, byte[] dst, int at) {
    byte[] b = ((String) rows[row][column]).getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, dst, at, b.length);
  }
}
