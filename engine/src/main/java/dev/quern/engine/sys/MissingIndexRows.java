package dev.quern.engine.sys;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexEstimates;
import dev.quern.engine.stats.MissingIndexes;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * What the missing-index views share: the live entries (those of a table changed or dropped since are
 * dropped here, as SQL Server drops a table's entries when its metadata changes), their column
 * lists as SQL Server writes them ({@code [a], [b]}) and their estimates ({@link
 * MissingIndexEstimates}), computed when the view is read from the table's row count (its
 * statistics' if any were computed, else counted).
 */
final class MissingIndexRows {
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

  /** avg_total_user_cost and avg_user_impact of {@code e} ({@link MissingIndexEstimates}). */
  static double[] estimates(SessionState session, MissingIndexes.Entry e) {
    long n = rows(session, e);
    return new double[] {
      MissingIndexEstimates.cost(n, e.seekKeys(), e.ranged()),
      MissingIndexEstimates.impact(n, e.seekKeys(), e.ranged(), e.key().equality().size(), e.key().inequality().size())
    };
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
