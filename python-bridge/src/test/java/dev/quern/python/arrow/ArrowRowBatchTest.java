package dev.quern.python.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.RowBatch;
import dev.quern.catalog.value.RowBatch.Layout;
import dev.quern.ext.spi.ExternalColumn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** An output batch read in place gives the same values as decoding it into rows. */
class ArrowRowBatchTest {
  private static final List<ExternalColumn> COLUMNS =
      List.of(
          new ExternalColumn("i", SqlType.of(TypeId.INT)),
          new ExternalColumn("b", SqlType.of(TypeId.BIGINT)),
          new ExternalColumn("f", SqlType.of(TypeId.FLOAT)),
          new ExternalColumn("s", SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX)),
          new ExternalColumn("t", SqlType.of(TypeId.TINYINT)),
          new ExternalColumn("d", SqlType.decimal(10, 2)),
          new ExternalColumn("day", SqlType.of(TypeId.DATE)));

  private static final Object[][] ROWS = {
    {1, 9007199254740993L, 0.5, "a", 255, new BigDecimal("1.25"), LocalDate.of(2024, 1, 15)},
    {null, null, null, null, null, null, null},
    {-7, -1L, -2.25, "ж".repeat(30) + "\uD83D\uDE00", 0, new BigDecimal("-0.01"), LocalDate.of(1, 1, 1)},
    {Integer.MAX_VALUE, Long.MIN_VALUE, Double.NaN, "", 1, BigDecimal.ZERO.setScale(2), null},
  };

  @Test
  void readsCommonColumnsUnboxedAndTheRestAsValues() throws Exception {
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(COLUMNS), allocator)) {
      new BatchEncoder(COLUMNS).encode(root, ROWS, 0, ROWS.length);
      RowBatch batch = new ArrowRowBatch(root, COLUMNS);

      assertThat(batch.rowCount()).isEqualTo(4);
      assertThat(batch.columnCount()).isEqualTo(7);
      assertThat(List.of(batch.layout(0), batch.layout(1), batch.layout(2), batch.layout(3), batch.layout(4), batch.layout(5)))
          .containsExactly(Layout.INT32, Layout.INT64, Layout.FLOAT64, Layout.UTF8, Layout.OTHER, Layout.OTHER);
      Object[][] decoded = BatchDecoder.rows(root, COLUMNS);
      for (int r = 0; r < ROWS.length; r++) {
        assertThat(batch.row(r)).as("row %d", r).isEqualTo(decoded[r]).isEqualTo(ROWS[r]);
        for (int c = 0; c < COLUMNS.size(); c++) {
          assertThat(batch.isNull(r, c)).isEqualTo(ROWS[r][c] == null);
        }
      }
      assertThat(batch.intValue(2, 0)).isEqualTo(-7);
      assertThat(batch.longValue(0, 1)).isEqualTo(9007199254740993L);
      assertThat(batch.doubleValue(3, 2)).isNaN();
      String text = (String) ROWS[2][3];
      byte[] utf8 = new byte[batch.utf8Length(2, 3) + 1];
      batch.utf8(2, 3, utf8, 1);
      assertThat(new String(utf8, 1, utf8.length - 1, StandardCharsets.UTF_8)).isEqualTo(text);
      assertThat(RowBatch.utf16Length(utf8, 1, utf8.length)).isEqualTo(text.length());
      assertThat(batch.utf8Length(3, 3)).isZero();
    }
  }

  @Test
  void readsABatchWithoutNullsOrRows() throws Exception {
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(COLUMNS), allocator)) {
      new BatchEncoder(COLUMNS).encode(root, ROWS, 0, 1);
      RowBatch one = new ArrowRowBatch(root, COLUMNS);
      assertThat(one.row(0)).isEqualTo(ROWS[0]);
      new BatchEncoder(COLUMNS).encode(root, ROWS, 0, 0);
      assertThat(new ArrowRowBatch(root, COLUMNS).rowCount()).isZero();
    }
  }
}
