package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * sys.dm_db_partition_stats ("sys.dm_db_partition_stats (Transact-SQL)"): rows and pages of each
 * partition of each heap or index of the current database ({@link TablePartitions}; a
 * partition's pages are its share of the index's by rows), what SSMS's disk usage and
 * mssql-jdbc's getIndexInfo read. The heap or clustered index has the table's rows and its
 * estimated pages ({@link TableSizes}); a nonclustered index the rows times its columns' widths
 * (as max_length, 16 for a (max) type, plus an 8-byte row locator) over a page. Nothing is LOB or
 * row-overflow data; used and reserved pages are the in-row pages.
 */
final class PartitionStatsView implements SystemView {
  private static final int PAGE_BYTES = 8060;
  private static final int LOCATOR_BYTES = 8;
  private static final int MAX_TYPE_BYTES = 16;

  private static final List<ResultColumn> COLUMNS =
      List.of(
          bigint("partition_id", false), integer("object_id", false), integer("index_id", false),
          integer("partition_number", false), bigint("in_row_data_page_count", false),
          bigint("in_row_used_page_count", false), bigint("in_row_reserved_page_count", false),
          bigint("lob_used_page_count", false), bigint("lob_reserved_page_count", false),
          bigint("row_overflow_used_page_count", false), bigint("row_overflow_reserved_page_count", false),
          bigint("used_page_count", false), bigint("reserved_page_count", false), bigint("row_count", false));

  @Override
  public String name() {
    return "dm_db_partition_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    dev.quern.catalog.meta.Metadata m = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        TableSizes.Size size = TableSizes.of(session, t);
        for (Index i : t.indexes()) {
          long pages = i.holdsRows() ? size.pages() : indexPages(t, i, size.rows());
          long[] counts = TablePartitions.rowCounts(session, m, t, i, size.rows());
          for (int n = 1; n <= counts.length; n++) {
            long share = TablePartitions.pages(pages, counts, size.rows(), n);
            out.add(new Object[] {TablePartitions.partitionId(i, n), t.id(), i.indexId(), n, share, share, share,
                0L, 0L, 0L, 0L, share, share, counts[n - 1]});
          }
        }
      }
    }
    return out;
  }

  static long indexPages(Table t, Index i, long rows) {
    IntStream columns = IntStream.concat(i.keys().stream().mapToInt(IndexColumn::columnId),
        i.includes().stream().mapToInt(Integer::intValue));
    long width = LOCATOR_BYTES + columns.map(id -> {
      int bytes = MaxLength.of(t.columnById(id).type());
      return bytes < 0 ? MAX_TYPE_BYTES : bytes;
    }).sum();
    return (rows * width + PAGE_BYTES - 1) / PAGE_BYTES;
  }
}
