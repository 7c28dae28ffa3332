package dev.quern.engine.exec;

import dev.quern.catalog.meta.DuplicateKeyException;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.error.IndexErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableRewrite;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER INDEX {name | ALL} ON table REBUILD: the table's rows and indexes written again into fresh
 * key ranges (what remains of fragmentation in an LSM store), enabling what it rebuilds. As in SQL
 * Server ("Enable Indexes and Constraints"), rebuilding a disabled clustered index by name leaves
 * the nonclustered ones disabled, ALL enables every index, and a nonclustered index cannot be
 * rebuilt while the clustered one is disabled (1987). A unique index enabled again is checked
 * against the rows written while it was off: 1505 on a duplicate, and nothing changes.
 */
final class IndexRebuild {
  private final SessionState state;

  IndexRebuild(SessionState state) {
    this.state = state;
  }

  void rebuild(ResolvedTable t, String index) {
    rebuild(t, index, dev.quern.engine.ast.IndexOptionSettings.NONE);
  }

  /** The rebuild of {@code index} (all when null), its options set to those written ({@code settings}). */
  void rebuild(ResolvedTable t, String index, dev.quern.engine.ast.IndexOptionSettings settings) {
    Table table = t.table();
    Index target = index == null ? null : table.index(index).orElseThrow();
    if (target != null && !target.holdsRows() && table.rowIndex().disabled()) {
      throw IndexErrors.CLUSTERED_DISABLED.raise("rebuild", target.name(), table.name());
    }
    List<Index> indexes = new ArrayList<>();
    for (Index i : IndexOptionsChange.applied(table, index, settings)) {
      indexes.add(target == null || i.indexId() == target.indexId() ? i.withDisabled(false) : i);
    }
    try {
      TableRewrite.rewrite(state.store(), t.catalog(), table, table.withIndexes(indexes));
    } catch (DuplicateKeyException e) {
      throw duplicate(t, e);
    }
  }

  /** 1505, as CREATE UNIQUE INDEX and a rebuild report a duplicate among the rows an index is built from. */
  static SqlException duplicate(ResolvedTable t, DuplicateKeyException e) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < e.keyValues().size(); i++) {
      Object v = e.keyValues().get(i);
      values.add(v == null ? "<NULL>"
          : ValueFormatter.toText(v, e.table().columnById(e.index().keys().get(i).columnId()).type()));
    }
    return SqlErrors.DUPLICATE_KEY_CREATE_INDEX.raise(t.schemaQualified(), e.index().name(), String.join(", ", values));
  }
}
