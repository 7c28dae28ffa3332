package dev.quern.engine.exec;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.IndexErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ALTER INDEX {name | ALL} ON table DISABLE, as SQL Server's "Disable Indexes and Constraints"
 * describes it. A disabled nonclustered index loses its entries (a fresh, empty key range; the old
 * one is reclaimed after commit), a disabled clustered index keeps the rows but takes every
 * nonclustered index of the table with it (warning 3750 for each). Disabling a unique index
 * disables the foreign keys that reference its columns; disabling the clustered index disables
 * every foreign key to or from the table (warning 1992 for each, left disabled and untrusted until
 * ALTER TABLE … CHECK CONSTRAINT). Everything is a catalog change in the statement's transaction.
 */
final class IndexDisabling {
  private final SessionState state;
  private final ResultSink sink;
  /** The tables changed so far by id: the target, and the tables whose foreign keys were disabled. */
  private final Map<Integer, Table> changed = new LinkedHashMap<>();
  private final List<dev.quern.engine.api.SqlMessage> warnings = new ArrayList<>();
  private Metadata md;

  IndexDisabling(SessionState state, ResultSink sink) {
    this.state = state;
    this.sink = sink;
  }

  /** Disables {@code index} of {@code t}, or all its indexes when null (in index id order). */
  void disable(ResolvedTable t, String index) {
    Table table = t.table();
    md = state.store().metadata(t.catalog());
    changed.put(table.id(), table);
    List<Index> targets = index == null
        ? table.indexes().stream().filter(i -> i.name() != null).sorted(Comparator.comparingInt(Index::indexId)).toList()
        : List.of(table.index(index).orElseThrow());
    for (Index target : targets) {
      Index now = changed.get(table.id()).index(target.indexId()).orElseThrow();
      if (!now.disabled()) {
        disableOne(t, now);
      }
    }
    var txn = state.store().txn(t.catalog());
    for (Table c : changed.values()) {
      t.catalog().alterObject(txn, c);
    }
    state.store().markDdl();
    warnings.forEach(sink::message);
  }

  private void disableOne(ResolvedTable t, Index index) {
    Table table = changed.get(t.table().id());
    List<Index> indexes = new ArrayList<>();
    for (Index i : table.indexes()) {
      if (i.indexId() == index.indexId()) {
        indexes.add(i.holdsRows() ? i.withDisabled(true) : emptied(t, i));
      } else if (index.holdsRows() && !i.holdsRows() && !i.disabled()) {
        indexes.add(emptied(t, i));
        warnings.add(IndexErrors.INDEX_DISABLED_WITH_CLUSTERED.message(i.name(), table.name()));
      } else {
        indexes.add(i);
      }
    }
    changed.put(table.id(), table.withIndexes(indexes));
    // In creation order, so that the warnings (and a refusal) name the keys in a stable order.
    List<Metadata.OwnedConstraint> referencing = md.referencing(table.id()).stream()
        .sorted(Comparator.comparingInt(o -> o.constraint().objectId())).toList();
    for (Metadata.OwnedConstraint owned : referencing) {
      if (owned.constraint() instanceof Constraint.ForeignKey fk && (index.holdsRows() || keyOf(index, fk))) {
        requireAlter(owned.table(), fk, table, index);
        disableForeignKey(owned.table().id(), fk, table.name(), index);
      }
    }
    if (index.holdsRows()) {
      for (Constraint c : table.constraints()) {
        if (c instanceof Constraint.ForeignKey fk) {
          String parent = md.table(fk.refTableId()).map(Table::name).orElse("");
          disableForeignKey(table.id(), fk, parent, index);
        }
      }
    }
  }

  /** {@code i} disabled, its entries left behind in the old key range (reclaimed after commit). */
  private static Index emptied(ResolvedTable t, Index i) {
    return i.withDisabled(true).withDataId(t.catalog().newDataId());
  }

  /** Whether {@code fk} references exactly the key columns of unique {@code index}. */
  private static boolean keyOf(Index index, Constraint.ForeignKey fk) {
    Set<Integer> keys = new HashSet<>();
    index.keys().stream().map(IndexColumn::columnId).forEach(keys::add);
    return index.unique() && keys.size() == fk.refColumns().size() && keys.equals(new HashSet<>(fk.refColumns()));
  }

  /**
   * The ALTER permission on another table whose foreign key this disables (1971, 1991 for a
   * clustered index), as SQL Server asks for it: the target's own was checked with the statement.
   */
  private void requireAlter(Table owner, Constraint.ForeignKey fk, Table table, Index index) {
    if (owner.id() == table.id()) {
      return;
    }
    try {
      dev.quern.engine.session.PermissionGate.alterSchema(state, md.schema(owner.schemaId()).orElseThrow());
    } catch (dev.quern.engine.error.SqlException e) {
      var error = index.holdsRows() ? IndexErrors.FK_PERMISSION_CLUSTERED : IndexErrors.FK_PERMISSION_INDEX;
      throw error.raise(index.name(), table.name(), fk.name(), owner.name());
    }
  }

  private void disableForeignKey(int tableId, Constraint.ForeignKey fk, String parent, Index index) {
    Table owner = changed.computeIfAbsent(tableId, id -> md.table(id).orElseThrow());
    Constraint current = owner.constraint(fk.name()).orElseThrow();
    if (current.disabled()) {
      return;
    }
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint c : owner.constraints()) {
      // Rows written while it is off are never checked: untrusted, as NOCHECK CONSTRAINT leaves it.
      constraints.add(c == current ? ((Constraint.ForeignKey) current).withState(true, true) : c);
    }
    changed.put(tableId, owner.withConstraints(constraints));
    warnings.add(IndexErrors.FK_DISABLED_WITH_INDEX.message(fk.name(), owner.name(), parent, index.name()));
  }
}
