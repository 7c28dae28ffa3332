package dev.quern.python.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.ext.spi.ExternalColumn;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** Rows → Arrow → rows without Python, through the column loops of both directions. */
class BatchCodecTest {
  private static final List<ExternalColumn> COLUMNS =
      List.of(
          new ExternalColumn("i", SqlType.of(TypeId.INT)),
          new ExternalColumn("b", SqlType.of(TypeId.BIGINT)),
          new ExternalColumn("f", SqlType.of(TypeId.FLOAT)),
          new ExternalColumn("s", SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX)),
          new ExternalColumn("t", SqlType.of(TypeId.TINYINT)));

  @Test
  void roundTripsNullsLongAndNonAsciiStringsThroughOneReusedRoot() throws Exception {
    String longText = "ж".repeat(300) + "✓";
    Object[][] first = {
      {1, 9007199254740993L, 0.5, "a", 255},
      {null, null, null, null, null},
      {-7, -1L, -2.25, longText, 0},
      {Integer.MAX_VALUE, Long.MIN_VALUE, Double.MAX_VALUE, "", 1},
    };
    Object[][] second = {{null, 3L, null, "日本語", null}, {2, null, 1.0, null, 7}};
    BatchEncoder encoder = new BatchEncoder(COLUMNS);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(COLUMNS), allocator)) {
      encoder.encode(root, first, 0, first.length);
      assertThat(BatchDecoder.rows(root, COLUMNS)).isDeepEqualTo(first);
      encoder.encode(root, second, 0, second.length);
      assertThat(BatchDecoder.rows(root, COLUMNS)).isDeepEqualTo(second);
      encoder.encode(root, first, 2, 3);
      assertThat(BatchDecoder.rows(root, COLUMNS)).isDeepEqualTo(new Object[][] {first[2]});
      encoder.encode(root, first, 0, 0);
      assertThat(root.getRowCount()).isZero();
    }
  }
  @Test
  void roundTripsNullsInEveryBitPositionAndBatchesOfOddSizes() throws Exception {
    BatchEncoder encoder = new BatchEncoder(COLUMNS);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(COLUMNS), allocator)) {
      for (int n : new int[] {1, 7, 8, 9, 1000, 3}) {
        Object[][] rows = new Object[n][];
        for (int r = 0; r < n; r++) {
          boolean nul = (r * 7 + n) % 3 == 0;
          rows[r] = new Object[] {
            nul ? null : r - 500, nul ? 1L << 40 : null, r % 5 == 0 ? null : r / 4.0,
            nul ? null : (r % 4 == 0 ? "" : "v" + "é".repeat(r % 40)), nul ? null : r % 256
          };
        }
        encoder.encode(root, rows, 0, n);
        assertThat(BatchDecoder.rows(root, COLUMNS)).as("%d rows", n).isDeepEqualTo(rows);
      }
    }
  }

  @Test
  void columnBatchesEncodeAsTheirRowsDoInEveryRange() throws Exception {
    List<ExternalColumn> cols = new java.util.ArrayList<>(COLUMNS);
    cols.add(new ExternalColumn("d", SqlType.decimal(10, 2)));
    int n = 1000;
    Object[][] rows = new Object[n][];
    dev.quern.ext.spi.ColumnBatch batch = new dev.quern.ext.spi.ColumnBatch(cols, n);
    for (int r = 0; r < n; r++) {
      boolean nul = (r * 7) % 3 == 0;
      rows[r] = new Object[] {
        nul ? null : r - 500, r % 9 == 0 ? null : (long) r << 40, r % 5 == 0 ? null : r / 4.0,
        nul ? null : (r % 4 == 0 ? "" : "v" + "é".repeat(r % 40)), r % 6 == 0 ? null : r % 256,
        r % 2 == 0 ? null : new java.math.BigDecimal(r).movePointLeft(2)
      };
      batch.add(rows[r]);
    }
    BatchEncoder encoder = new BatchEncoder(cols);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot byRows = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator);
        VectorSchemaRoot byColumns = VectorSchemaRoot.create(ArrowTypes.schema(cols), allocator)) {
      int[][] ranges = {{0, n}, {0, 0}, {3, 4}, {1, 9}, {8, 17}, {500, 1000}, {999, 1000}};
      for (int[] range : ranges) {
        encoder.encode(byRows, rows, range[0], range[1]);
        encoder.encode(byColumns, batch, range[0], range[1]);
        assertThat(byColumns.contentToTSVString()).as("rows %d..%d", range[0], range[1])
            .isEqualTo(byRows.contentToTSVString());
        for (int c = 0; c < cols.size(); c++) {
          assertThat(byColumns.getVector(c).getNullCount()).isEqualTo(byRows.getVector(c).getNullCount());
        }
        assertThat(BatchDecoder.rows(byColumns, cols))
            .isDeepEqualTo(java.util.Arrays.copyOfRange(rows, range[0], range[1]));
      }
    }
    // A batch without NULLs takes the all-valid path.
    dev.quern.ext.spi.ColumnBatch full = new dev.quern.ext.spi.ColumnBatch(COLUMNS, 11);
    Object[][] plain = new Object[11][];
    for (int r = 0; r < 11; r++) {
      plain[r] = new Object[] {r, (long) r, r * 1.5, "s" + r, r};
      full.add(plain[r]);
    }
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(COLUMNS), allocator)) {
      encoder = new BatchEncoder(COLUMNS);
      encoder.encode(root, full, 2, 11);
      assertThat(BatchDecoder.rows(root, COLUMNS)).isDeepEqualTo(java.util.Arrays.copyOfRange(plain, 2, 11));
      assertThat(root.getVector(0).getValidityBuffer().getByte(1)).isEqualTo((byte) 1); // bit 8 only
    }
  }

  @Test
  void rejectsAValueOfAnotherTypeInsteadOfSendingNull() throws Exception {
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = VectorSchemaRoot.create(ArrowTypes.schema(COLUMNS), allocator)) {
      Object[][] rows = {{"1", 1L, 1.0, "a", 1}};
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchEncoder(COLUMNS).encode(root, rows, 0, 1))
          .isInstanceOf(ClassCastException.class);
    }
  }
}
