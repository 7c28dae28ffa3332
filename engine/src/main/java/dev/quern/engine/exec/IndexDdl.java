package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.DuplicateKeyException;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.CreateIndexStatement;
import dev.quern.engine.ast.DropIndexStatement;
import dev.quern.engine.ast.TableConstraintDefinition;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.FilterPredicate;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableRewrite;
import java.util.ArrayList;
import java.util.List;

/** CREATE INDEX and DROP INDEX: a new definition, then the table rebuilt under it. */
final class IndexDdl {
  private final SessionState state;
  private final dev.quern.engine.binder.BindContext bind;

  IndexDdl(SessionState state) {
    this(state, null);
  }

  IndexDdl(SessionState state, dev.quern.engine.binder.BindContext bind) {
    this.state = state;
    this.bind = bind;
  }

  private ResolvedTable table(List<String> name) {
    return ObjectNames.table(state.store(), state.databaseName(), name)
        .orElseThrow(() -> SqlErrors.CANNOT_FIND_OBJECT.raise(String.join(".", name)));
  }

  void create(CreateIndexStatement written) {
    if (written.ignoreDupKey() && !written.unique()) {
      // A check of the statement's shape: before the table is looked for, as SQL Server does.
      throw SqlErrors.IGNORE_DUP_KEY_NONUNIQUE.raise();
    }
    if (!written.isColumnstore()) {
      ColumnstoreIndexDdl.checkRowstore(written);
    } else {
      ColumnstoreIndexDdl.checkShape(written);
      var named = ObjectNames.object(state.store(), state.databaseName(), written.table());
      if (named.isPresent() && named.get().object() instanceof dev.quern.catalog.meta.View) {
        throw dev.quern.engine.error.ColumnstoreErrors.ON_VIEW.raise();
      }
    }
    var onView = written.isColumnstore() ? null
        : dev.quern.engine.indexedview.IndexedViewDdl.create(state, bind, written);
    // An indexed view's index is built on the table holding the view's rows.
    CreateIndexStatement s = onView != null ? onView : written;
    ResolvedTable t = table(s.table());
    if (s.ignoreDupKey() && s.filter() != null) {
      throw SqlErrors.IGNORE_DUP_KEY_FILTERED.raise(s.name(), t.table().name());
    }
    Table table = t.table();
    if (!s.clustered() && table.rowIndex().disabled()) {
      throw dev.quern.engine.error.IndexErrors.CLUSTERED_DISABLED.raise("create", s.name(), table.name());
    }
    Index replaced = null;
    if (s.dropExisting()) {
      replaced = table.index(s.name())
          .orElseThrow(() -> SqlErrors.INDEX_TO_REPLACE_MISSING.raise(s.name(), t.table().name()));
      if (replaced.primaryKey() || replaced.uniqueConstraint()) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("DROP_EXISTING = ON for the index of a constraint");
      }
    } else if (table.index(s.name()).isPresent() || dev.quern.engine.statistics.TableStatistics.named(
        state.store().metadata(t.catalog()), table, s.name()).isPresent()) {
      // Indexes and statistics share one namespace per table.
      throw SqlErrors.INDEX_EXISTS.raise(s.name(), t.schemaQualified());
    }
    if (s.isColumnstore()) {
      ColumnstoreIndexDdl.checkTable(t, table, s, replaced);
    } else if (s.clustered() && table.rowIndex().kind() == IndexKind.CLUSTERED_COLUMNSTORE
        && (replaced == null || !replaced.holdsRows())) {
      throw dev.quern.engine.error.ColumnstoreErrors.SECOND_CLUSTERED.raise("table", t.schemaQualified());
    }
    List<IndexColumn> keys = new ArrayList<>();
    for (TableConstraintDefinition.KeyColumn k : s.isColumnstore() ? List.<TableConstraintDefinition.KeyColumn>of()
        : s.keys()) {
      Column c = table.column(k.name()).orElseThrow(() -> SqlErrors.KEY_COLUMN_MISSING.raise(k.name()));
      VectorColumns.checkIndexKey(c, table.name());
      SpatialColumns.checkIndexKey(c, table.name());
      if (c.type().id() == dev.quern.catalog.type.TypeId.JSON) {
        throw dev.quern.engine.error.JsonTypeErrors.INDEX_KEY.raise(c.name(), table.name());
      }
      table = indexable(table, c);
      keys.add(new IndexColumn(c.columnId(), k.descending()));
    }
    List<Integer> includes = new ArrayList<>();
    for (String name : s.includes()) {
      Column c = table.column(name).orElseThrow(() -> SqlErrors.KEY_COLUMN_MISSING.raise(name));
      table = indexable(table, c);
      includes.add(c.columnId());
    }
    String filter = null;
    if (s.filter() != null) {
      if (s.clustered() && !s.isColumnstore()) {
        // Only nonclustered indexes can be filtered: the clustered index holds every row.
        throw SqlErrors.FILTER_INCORRECT.raise(s.name(), table.name());
      }
      filter = FilterPredicate.define(table, s.name(), s.filter()).definition();
    }
    List<Index> indexes = new ArrayList<>(table.indexes());
    if (replaced != null) {
      // DROP_EXISTING = ON: the new definition takes the old one's place (the rewrite below builds
      // every index afresh). Without its clustered index the table is a heap, until a new
      // clustered one takes the heap's place below.
      indexes.remove(replaced);
      if (replaced.holdsRows()) {
        indexes.add(0, Index.heap(t.catalog().newDataId()));
      }
      table = table.withIndexes(indexes);
    }
    Index created;
    if (s.clustered()) {
      Index rows = table.rowIndex();
      if (rows.kind() == IndexKind.CLUSTERED) {
        throw SqlErrors.SECOND_CLUSTERED_INDEX.raise(t.schemaQualified(), rows.name());
      }
      created = s.isColumnstore() ? ColumnstoreIndexDdl.define(table, s, 1)
          : new Index(1, s.name(), IndexKind.CLUSTERED, s.unique(), false, false, keys, List.of(), null, 0);
      indexes.remove(rows);
      if (replaced == null) {
        // A new clustered index rebuilds the table's indexes, disabled ones enabled, as ALTER INDEX
        // ALL … REBUILD does (SQL Server's "Enable Indexes and Constraints").
        indexes.replaceAll(i -> i.withDisabled(false));
      }
    } else if (s.isColumnstore()) {
      Index defined = ColumnstoreIndexDdl.define(table, s, table.nextIndexId());
      created = new Index(defined.indexId(), defined.name(), defined.kind(), false, false, false, List.of(),
          defined.includes(), filter, 0).withOptions(defined.options());
    } else {
      created = new Index(table.nextIndexId(), s.name(), IndexKind.NONCLUSTERED, s.unique(), false, false,
          keys, includes, filter, 0);
    }
    if (!s.isColumnstore()) {
      created = created.withIgnoreDupKey(s.ignoreDupKey())
          .withOptions(s.options().apply(dev.quern.catalog.meta.IndexOptions.DEFAULT));
    }
    indexes.add(created);
    Table changed = table.withIndexes(indexes);
    IndexPlacements placing = placements(t);
    // A new clustered index takes the heap's place: aligned with where the rows were.
    var placement = placing.resolve(changed, created, s.placement(), placing.ofRows(t.table()));
    // Rows read back lack the values of computed columns stored from now on: compute them.
    var computed = dev.quern.engine.binder.ComputedColumnBinder.bind(bind, changed);
    var computing = new dev.quern.engine.expr.EvalContext(new Object[0], state);
    try {
      TableRewrite.rewrite(state.store(), t.catalog(), t.table(), changed, row -> {
        Object[] out = row.clone();
        computed.fillAll(out, computing);
        return out;
      });
    } catch (DuplicateKeyException e) {
      if (e.index().name() == null || !e.index().name().equalsIgnoreCase(s.name())) {
        throw e;
      }
      throw IndexRebuild.duplicate(t, e);
    }
    placing.record(state.store().txn(t.catalog()), table.id(), created.indexId(), placement);
    buildStatistics(s);
  }

  private IndexPlacements placements(ResolvedTable t) {
    return new IndexPlacements(t.catalog(), state.store().metadata(t.catalog()), t.database().id());
  }

  /** SQL Server builds a new index's statistics with a full scan of the rows it was built from. */
  private void buildStatistics(CreateIndexStatement s) {
    ResolvedTable built = table(s.table());
    var md = state.store().metadata(built.catalog());
    dev.quern.engine.statistics.TableStatistics.named(md, built.table(), s.name()).ifPresent(stats ->
        dev.quern.engine.statistics.StatisticsUpdate.run(
            state.store(), state.server().statisticsModifications(), built, List.of(stats)));
  }

  /** {@code table} with {@code c} as an index may hold it (see ComputedColumnDdl#indexable). */
  private Table indexable(Table table, Column c) {
    Column usable = ComputedColumnDdl.indexable(bind, table.name(), c);
    return usable == c ? table
        : table.withColumns(table.columns().stream().map(x -> x == c ? usable : x).toList());
  }

  void drop(DropIndexStatement written) {
    DropIndexStatement s = dev.quern.engine.indexedview.IndexedViewDdl.drop(state, written);
    if (s == null) {
      return; // a view's clustered index, dropped with its stored rows
    }
    var found = ObjectNames.table(state.store(), state.databaseName(), s.table());
    var index = found.flatMap(t -> t.table().index(s.name()));
    if (index.isEmpty()) {
      if (s.ifExists()) {
        return;
      }
      throw SqlErrors.CANNOT_DROP_INDEX.raise(s.table().getLast() + "." + s.name());
    }
    ResolvedTable t = found.get();
    Index i = index.get();
    dev.quern.engine.fulltext.FullTextIndexDdl.checkIndexUnused(state, t, i, String.join(".", s.table()), 2);
    if (i.primaryKey() || i.uniqueConstraint()) {
      throw SqlErrors.DROP_CONSTRAINT_INDEX.raise(
          t.schemaQualified() + "." + i.name(), i.primaryKey() ? "PRIMARY KEY" : "UNIQUE KEY");
    }
    List<Index> indexes = new ArrayList<>(t.table().indexes());
    indexes.remove(i);
    if (i.holdsRows()) {
      indexes.add(0, Index.heap(0));
    }
    IndexPlacements placing = placements(t);
    var rows = placing.ofRows(t.table());
    TableRewrite.rewrite(state.store(), t.catalog(), t.table(), t.table().withIndexes(indexes));
    var txn = state.store().txn(t.catalog());
    placing.record(txn, t.table().id(), i.indexId(), null);
    if (i.holdsRows()) {
      // The heap left behind stays on the clustered index's partition scheme, as in SQL Server.
      placing.record(txn, t.table().id(), 0, rows);
    }
  }
}
