package dev.quern.ext.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows in, the same rows out: by row, through bulk appends at every offset, after reuse. */
class ColumnBatchTest {
  private static final List<ExternalColumn> COLUMNS =
      List.of(
          new ExternalColumn("i", SqlType.of(TypeId.INT)),
          new ExternalColumn("b", SqlType.of(TypeId.BIGINT)),
          new ExternalColumn("f", SqlType.of(TypeId.FLOAT)),
          new ExternalColumn("s", SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX)),
          new ExternalColumn("d", SqlType.decimal(10, 2)),
          new ExternalColumn("t", SqlType.of(TypeId.TINYINT)));

  private static Object[] row(int r) {
    boolean nul = r % 3 == 1;
    return new Object[] {
      nul ? null : r - 50,
      r % 4 == 0 ? null : (long) r << 33,
      r % 5 == 0 ? null : r / 8.0,
      nul ? null : (r % 7 == 0 ? "" : "v" + "é✓".repeat(r % 30) + r),
      r % 2 == 0 ? null : new BigDecimal(r).movePointLeft(2),
      nul ? null : r % 256
    };
  }

  private static List<Object[]> rows(ColumnBatch b) {
    List<Object[]> out = new ArrayList<>();
    for (int r = 0; r < b.rowCount(); r++) {
      out.add(b.row(r));
    }
    return out;
  }

  @Test
  void keepsEveryKindOfValueAndNullOfTheRowsAdded() {
    ColumnBatch b = new ColumnBatch(COLUMNS, 50);
    List<Object[]> expected = new ArrayList<>();
    for (int r = 0; r < 50; r++) {
      expected.add(row(r));
      b.add(row(r));
    }
    assertThat(b.isFull()).isTrue();
    assertThat(rows(b)).containsExactlyElementsOf(expected);
    assertThat(b.kind(0)).isEqualTo(ColumnBatch.Kind.INT);
    assertThat(b.kind(3)).isEqualTo(ColumnBatch.Kind.TEXT);
    assertThat(b.kind(5)).isEqualTo(ColumnBatch.Kind.OBJECT);
    assertThat(b.nullCount(0)).isEqualTo(17);
    assertThat(b.ints(0)[1]).isZero(); // nothing under a NULL
  }

  @Test
  void appendsRangesOfOtherBatchesWithTheirTextAndNulls() {
    ColumnBatch source = new ColumnBatch(COLUMNS, 40);
    for (int r = 0; r < 40; r++) {
      source.add(row(r));
    }
    ColumnBatch target = new ColumnBatch(COLUMNS, 64);
    target.add(row(1000));
    assertThat(target.append(source, 3, 17)).isEqualTo(17);
    assertThat(target.append(source, 20, 100)).isEqualTo(20);
    assertThat(target.append(source, 40, 5)).isZero();
    ColumnBatch second = new ColumnBatch(COLUMNS, 40);
    for (int r = 0; r < 40; r++) {
      second.add(row(r + 500));
    }
    assertThat(target.append(second, 0, 100)).isEqualTo(26); // up to the capacity
    List<Object[]> expected = new ArrayList<>();
    expected.add(row(1000));
    for (int r = 3; r < 20; r++) {
      expected.add(row(r));
    }
    for (int r = 20; r < 40; r++) {
      expected.add(row(r));
    }
    for (int r = 0; r < 26; r++) {
      expected.add(row(r + 500));
    }
    assertThat(rows(target)).containsExactlyElementsOf(expected);
  }

  @Test
  void columnByColumnWritesGiveTheRowsAddedByRow() {
    ColumnBatch byRow = new ColumnBatch(COLUMNS, 40);
    ColumnBatch byColumn = new ColumnBatch(COLUMNS, 40);
    for (int round = 0; round < 2; round++) { // the second round reuses cleared arrays
      byRow.clear();
      byColumn.clear();
      for (int r = 0; r < 40; r++) {
        byRow.add(row(r + round));
      }
      for (int from = 0; from < 40; from += 13) {
        int n = Math.min(13, 40 - from);
        for (int c = 0; c < COLUMNS.size(); c++) {
          for (int r = from; r < from + n; r++) {
            Object v = row(r + round)[c];
            if (c == 3 && v != null && r % 2 == 0) {
              byte[] utf8 = ((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
              byte[] padded = new byte[utf8.length + 3];
              System.arraycopy(utf8, 0, padded, 3, utf8.length);
              byColumn.setUtf8(c, r, padded, 3, utf8.length);
            } else {
              byColumn.set(c, r, v);
            }
          }
        }
        byColumn.grow(n);
      }
      assertThat(rows(byColumn)).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows(byRow));
      for (int c = 0; c < COLUMNS.size(); c++) {
        assertThat(byColumn.nullCount(c)).isEqualTo(byRow.nullCount(c));
      }
    }
  }

  @Test
  void textRowsGoInWithOneCopyAtAnyOffsetOfTheirArray() {
    List<ExternalColumn> cols = List.of(new ExternalColumn("s", SqlType.ofLength(TypeId.VARCHAR, 20)));
    ColumnBatch b = new ColumnBatch(cols, 8);
    b.set(0, 0, "first");
    b.grow(1);
    byte[] data = "..abcdéf".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    b.setUtf8Rows(0, 1, data, new int[] {2, 3, 3, 9}, 3);
    b.grow(3);
    assertThat(rows(b)).extracting(r -> r[0]).containsExactly("first", "a", "", "bcdéf");
    assertThatThrownBy(() -> b.setUtf8Rows(0, 0, data, new int[] {0, 1}, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.grow(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.set(0, 8, "x")).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void startsOverEmptyAfterClear() {
    ColumnBatch b = new ColumnBatch(COLUMNS, 8);
    for (int r = 0; r < 8; r++) {
      b.add(row(r));
    }
    b.clear();
    assertThat(b.rowCount()).isZero();
    assertThat(b.nullCount(0)).isZero();
    b.add(row(4));
    b.add(row(9));
    assertThat(rows(b)).containsExactly(row(4), row(9));
  }

  @Test
  void growsTextBeyondItsFirstGuess() {
    ColumnBatch b = new ColumnBatch(List.of(COLUMNS.get(3)), 2);
    String big = "ж".repeat(10_000);
    b.add(new Object[] {big});
    b.add(new Object[] {"x"});
    assertThat(b.row(0)).containsExactly(big);
    assertThat(b.row(1)).containsExactly("x");
  }

  @Test
  void storesTextAsItsUtf8BytesWhetherAsciiOrNot() {
    List<String> values =
        List.of("row1", "abc\u007f", "ascii then é", "\u0080", "😀 pair", "", "x".repeat(5_000));
    ColumnBatch b = new ColumnBatch(List.of(COLUMNS.get(3)), values.size());
    for (String v : values) {
      b.add(new Object[] {v});
    }
    int[] offsets = b.offsets(0);
    for (int r = 0; r < values.size(); r++) {
      byte[] expected = values.get(r).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] actual = java.util.Arrays.copyOfRange(b.utf8(0), offsets[r], offsets[r + 1]);
      assertThat(actual).as(values.get(r)).isEqualTo(expected);
    }
  }

  @Test
  void rejectsAValueOfAnotherJavaType() {
    ColumnBatch b = new ColumnBatch(COLUMNS, 1);
    assertThatThrownBy(() -> b.add(new Object[] {"1", 1L, 1.0, "a", null, 1}))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void rowSourcesWithoutColumnsFillBatchesThroughTheirRows() {
    List<Object[]> all = new ArrayList<>();
    for (int r = 0; r < 2500; r++) {
      all.add(row(r));
    }
    RowSource source = RowSource.of(COLUMNS, all);
    ColumnBatch b = new ColumnBatch(COLUMNS, 2000);
    assertThat(source.next(b, 1500)).isEqualTo(1500);
    assertThat(source.next(b, 1500)).isEqualTo(500); // the batch is full
    List<Object[]> got = rows(b);
    b.clear();
    assertThat(source.next(b, 1500)).isEqualTo(500); // the input ends
    assertThat(source.next(b, 1500)).isZero();
    got.addAll(rows(b));
    assertThat(got).containsExactlyElementsOf(all);
  }
}
