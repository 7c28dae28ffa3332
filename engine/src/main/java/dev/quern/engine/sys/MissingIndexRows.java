package dev.quern.engine.sys;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexes;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * What the missing-index views share: the live entries (those of a table changed or dropped since are
 * dropped here, as SQL Server drops a table's entries when its metadata changes), their column
 * lists as SQL Server writes them ({@code [a], [b]}) and their estimates.
 *
 * <p>Quern's planner has no cost model, so the estimates are computed when the view is read, from
 * the table's row count (its statistics' if any were computed, else counted) with the unit costs of
 * SQL Server's showplan: avg_total_user_cost is the cost of the read the queries did (a scan, or a
 * seek on the columns an existing index has), avg_user_impact the percentage a seek of the missing
 * index would save, where each equality column keeps rows^0.75 of the rows and the inequality
 * columns 30% (SQL Server's guesses without a histogram).
 */
final class MissingIndexRows {
  private static final double FIRST_PAGE_IO = 0.003125;
  private static final double NEXT_PAGE_IO = 0.000740741;
  private static final double FIRST_ROW_CPU = 0.0001581;
  private static final double NEXT_ROW_CPU = 0.0000011;
  private static final double PAGE_BYTES = 8060;
  private static final int ROW_BYTES = 64; // a typical row, for the page count: row sizes are not kept
  private static final double RANGE_SELECTIVITY = 0.3;

  private MissingIndexRows() {}

  /** The entries whose table is as it was when they were found, by index handle. */
  static List<MissingIndexes.Entry> live(SessionState session) {
    MissingIndexes registry = session.server().missingIndexes();
    List<MissingIndexes.Entry> out = new ArrayList<>();
    for (MissingIndexes.Entry e : registry.all()) {
      var now = ObjectNames.objectById(session.store(), e.key().databaseId(), e.key().objectId());
      if (now.isPresent() && now.get() instanceof Table t && t.equals(e.table())) {
        out.add(e);
      } else {
        registry.drop(e);
      }
    }
    out.sort(Comparator.comparingInt(MissingIndexes.Entry::indexHandle));
    return out;
  }

  /** {@code [a], [b]} for the column ids, NULL for none. */
  static String columns(Table t, List<Integer> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    StringJoiner out = new StringJoiner(", ");
    ids.forEach(id -> out.add("[" + t.columnById(id).name() + "]"));
    return out.toString();
  }

  /** {@code [database].[schema].[table]}. */
  static String statement(SessionState session, MissingIndexes.Entry e) {
    String q = e.qualifiedName();
    int dot = q.lastIndexOf('.');
    String schema = dot < 0 ? "dbo" : q.substring(0, dot);
    String db = session.databaseName(e.key().databaseId()).orElse("tempdb");
    return "[" + db + "].[" + schema + "].[" + e.table().name() + "]";
  }

  /** avg_total_user_cost and avg_user_impact of {@code e}. */
  static double[] estimates(SessionState session, MissingIndexes.Entry e) {
    double n = Math.max(1, rows(session, e));
    double now = read(seekRows(n, e.seekKeys(), e.ranged() ? 1 : 0));
    double after = read(seekRows(n, e.key().equality().size(), e.key().inequality().isEmpty() ? 0 : 1));
    double impact = now <= 0 ? 0 : Math.max(0, Math.min(99.99, (1 - after / now) * 100));
    return new double[] {now, Math.round(impact * 100) / 100.0};
  }

  private static double seekRows(double n, int equalities, int ranges) {
    double rows = n;
    for (int i = 0; i < equalities; i++) {
      rows = Math.pow(rows, 0.75);
    }
    return rows * Math.pow(RANGE_SELECTIVITY, ranges);
  }

  private static double read(double rows) {
    double pages = Math.max(1, Math.ceil(rows * ROW_BYTES / PAGE_BYTES));
    return FIRST_PAGE_IO + NEXT_PAGE_IO * (pages - 1) + FIRST_ROW_CPU + NEXT_ROW_CPU * Math.max(0, rows - 1);
  }

  private static long rows(SessionState session, MissingIndexes.Entry e) {
    try {
      var catalog = session.store().storage().catalog(e.key().databaseId());
      long rows = -1;
      for (Statistics st : session.store().metadata(catalog).statistics(e.table().id())) {
        if (st.content() != null) {
          rows = Math.max(rows, st.content().rows());
        }
      }
      return rows >= 0 ? rows : TableSizes.of(session, catalog, e.table()).rows();
    } catch (RuntimeException ex) {
      return 1; // a table the store cannot count now: one row, as SQL Server guesses
    }
  }
}
