package dev.quern.engine.statistics;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.StatisticsContent;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.store.FilterPredicate;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Updates statistics objects from the data: one full scan of the table's rows per call (whatever
 * sampling was asked for; rows_sampled is what was read), every object of the call built from it,
 * and each stored in the session's transaction so a rollback keeps the old ones. Values of
 * computed columns that are not persisted are not in stored rows: statistics on them see NULLs.
 */
public final class StatisticsUpdate {
  private StatisticsUpdate() {}

  /** Updates {@code targets} (statistics of {@code t}) and resets their modification counters. */
  public static void run(StoreSession session, StatisticsModifications modifications, ResolvedTable t,
      List<Statistics> targets) {
    if (targets.isEmpty()) {
      return;
    }
    Table table = t.table();
    List<Target> builders = new ArrayList<>();
    for (Statistics s : targets) {
      builders.add(new Target(s, table));
    }
    long rows = 0;
    try (RowCursor c = TableStores.open(session, t.catalog(), table).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        Object[] row = c.row();
        rows++;
        for (Target b : builders) {
          b.add(row);
        }
      }
    }
    Instant now = Instant.now();
    var txn = session.txn(t.catalog());
    for (Target b : builders) {
      StatisticsContent content = b.builder.build(now, rows);
      t.catalog().statistics().save(txn, b.stats.withContent(content));
      modifications.updated(t.database().id(), table.id(), b.stats.statsId(), b.stats.columnIds().getFirst());
    }
    session.markDdl();
  }

  /** One statistics object being built: which row positions it reads, and its filter. */
  private static final class Target {
    final Statistics stats;
    final int[] positions;
    final FilterPredicate filter;
    final StatisticsBuilder builder;

    Target(Statistics s, Table table) {
      this.stats = s;
      List<Integer> columns = TableStatistics.densityColumns(table, s);
      positions = new int[columns.size()];
      List<SqlType> types = new ArrayList<>();
      for (int i = 0; i < positions.length; i++) {
        positions[i] = position(table, columns.get(i));
        types.add(table.columns().get(positions[i]).type());
      }
      builder = new StatisticsBuilder(types);
      filter = s.filter() == null ? null : filter(table, s);
    }

    void add(Object[] row) {
      if (filter != null && !filter.includes(row)) {
        return;
      }
      Object[] values = new Object[positions.length];
      for (int i = 0; i < positions.length; i++) {
        values[i] = row[positions[i]];
      }
      builder.add(values);
    }

    private static FilterPredicate filter(Table table, Statistics s) {
      if (!s.userCreated()) {
        for (Index i : table.indexes()) {
          if (i.indexId() == s.statsId()) {
            return FilterPredicate.of(table, i);
          }
        }
      }
      return FilterPredicate.parse(table, s.name(), s.filter());
    }

    private static int position(Table table, int columnId) {
      for (int i = 0; i < table.columns().size(); i++) {
        if (table.columns().get(i).columnId() == columnId) {
          return i;
        }
      }
      throw new IllegalStateException("No column " + columnId + " in " + table.name());
    }
  }
}
