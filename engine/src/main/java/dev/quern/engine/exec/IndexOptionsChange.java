package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.IndexOptionSettings;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER INDEX {name | ALL} ON table SET (ALLOW_ROW_LOCKS = …, ALLOW_PAGE_LOCKS = …,
 * STATISTICS_NORECOMPUTE = …, OPTIMIZE_FOR_SEQUENTIAL_KEY = …): the options recorded in the
 * catalog, no row written again (as in SQL Server, SET needs no rebuild). ALL sets them on every
 * index of the table (not its heap, which is no index).
 */
final class IndexOptionsChange {
  private final SessionState state;

  IndexOptionsChange(SessionState state) {
    this.state = state;
  }

  void set(ResolvedTable t, String index, IndexOptionSettings settings) {
    Table table = t.table();
    t.catalog().alterObject(state.store().txn(t.catalog()), table.withIndexes(applied(table, index, settings)));
    keepNoRecompute(state, t, index, settings);
    state.store().markDdl();
  }

  /**
   * STATISTICS_NORECOMPUTE written: the index's statistics already computed take it too (sys.stats
   * shows theirs), as SQL Server's index option sets its statistics' flag.
   */
  static void keepNoRecompute(SessionState state, ResolvedTable t, String index, IndexOptionSettings settings) {
    if (!settings.has("STATISTICS_NORECOMPUTE")) {
      return;
    }
    boolean on = settings.values().get("STATISTICS_NORECOMPUTE").equals("ON");
    Table table = t.table();
    Index target = index == null ? null : table.index(index).orElseThrow();
    var txn = state.store().txn(t.catalog());
    for (var s : state.store().metadata(t.catalog()).statistics(table.id())) {
      if (!s.userCreated() && (target == null || s.statsId() == target.indexId())) {
        t.catalog().statistics().save(txn, s.withNoRecompute(on));
      }
    }
  }

  /** {@code table}'s indexes with {@code settings} set on {@code index} (every named one when null). */
  static List<Index> applied(Table table, String index, IndexOptionSettings settings) {
    Index target = index == null ? null : table.index(index).orElseThrow();
    List<Index> out = new ArrayList<>();
    for (Index i : table.indexes()) {
      boolean hit = target == null ? i.name() != null : i.indexId() == target.indexId();
      out.add(hit ? i.withOptions(settings.apply(i.options())) : i);
    }
    return out;
  }
}
