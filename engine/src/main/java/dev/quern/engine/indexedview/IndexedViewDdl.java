package dev.quern.engine.indexedview;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.IndexedViewRows;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.CreateIndexStatement;
import dev.quern.engine.ast.DropIndexStatement;
import dev.quern.engine.ast.Names;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CREATE INDEX and DROP INDEX on a view, and what ALTER VIEW, DROP VIEW and TRUNCATE TABLE owe to
 * indexed views. The first index of a view is its unique clustered index (1939, 1940, 1941 and the
 * rules of {@link IndexedViewRules} first): the view's rows are then copied into a new hidden table
 * ({@link IndexedViewRows}), and the index, like every later one, is built on that table by the
 * table's own CREATE INDEX. Dropping the clustered index drops the table with all the view's
 * indexes, as ALTER VIEW and DROP VIEW do.
 */
public final class IndexedViewDdl {
  private IndexedViewDdl() {}

  /**
   * When {@code s} names a view: the index to create on the table holding its rows (made and filled
   * here for its clustered index), after SQL Server's checks; null when it names no view.
   */
  public static CreateIndexStatement create(SessionState state, dev.quern.engine.binder.BindContext bind, CreateIndexStatement s) {
    var found = ObjectNames.object(state.store(), state.databaseName(), s.table());
    if (found.isEmpty() || !(found.get().object() instanceof View view)) {
      return null;
    }
    String schema = found.get().target().schema().name();
    String qualified = schema + "." + view.name();
    if (s.filter() != null) {
      throw IndexedViewErrors.FILTERED.raise(s.name(), qualified);
    }
    if (!dev.quern.engine.store.ModuleOptions.schemaBound(view)) {
      throw IndexedViewErrors.NOT_SCHEMA_BOUND.raise(view.name());
    }
    boolean stored = rows(state, found.get().target().catalog(), view).isPresent();
    if (s.clustered() && !s.unique()) {
      throw IndexedViewErrors.NONUNIQUE_CLUSTERED.raise(qualified);
    }
    if (!s.clustered() && !stored) {
      throw IndexedViewErrors.NO_UNIQUE_CLUSTERED.raise(qualified);
    }
    IndexedViewSetOptions.require(state, "CREATE INDEX");
    if (s.clustered()) {
      IndexedViewShape shape = IndexedViewShape.of(view, schema);
      List<String> keys = s.keys().stream().map(k -> k.name()).toList();
      new IndexedViewRules(state, shape, found.get().target().database().name()).check(s.name(), keys, bind);
      if (!stored) {
        String v = Names.quote(schema) + "." + Names.quote(view.name());
        // UNION ALL: the copy's columns take the view's types and nullability but never an IDENTITY.
        run(state, "SELECT * INTO " + Names.quote(schema) + "." + Names.quote(IndexedViewRows.tableName(view.name()))
            + " FROM (SELECT * FROM " + v + " UNION ALL SELECT * FROM " + v + " WHERE 1 = 0) AS [$rows]", view.name());
      }
    }
    return new CreateIndexStatement(s.line(), s.unique(), s.clustered(), s.name(), onRows(s.table(), schema, view),
        s.keys(), s.includes(), s.filter(), s.dropExisting(), s.ignoreDupKey(), s.placement(), s.options());
  }

  /**
   * When {@code s} names an index of a view: null when done here (the clustered index, dropped with
   * the table holding the rows and every other index of the view), else the index to drop on that
   * table; {@code s} itself when it names no view.
   */
  public static DropIndexStatement drop(SessionState state, DropIndexStatement s) {
    var found = ObjectNames.object(state.store(), state.databaseName(), s.table());
    if (found.isEmpty() || !(found.get().object() instanceof View view)) {
      return s;
    }
    String schema = found.get().target().schema().name();
    Catalog catalog = found.get().target().catalog();
    Optional<Table> rows = rows(state, catalog, view);
    if (rows.isPresent() && rows.get().rowIndex().name() != null && rows.get().rowIndex().name().equalsIgnoreCase(s.name())) {
      dropRows(state, catalog, view);
      return null;
    }
    return new DropIndexStatement(s.line(), s.ifExists(), s.name(), onRows(s.table(), schema, view));
  }

  /** ALTER VIEW and DROP VIEW: the view's indexes and stored rows go. */
  public static void dropRows(SessionState state, Catalog catalog, View view) {
    rows(state, catalog, view).ifPresent(t -> {
      catalog.dropObject(state.store().txn(catalog), t.id());
      state.store().markDdl();
    });
  }

  /** TRUNCATE TABLE of a table an indexed view reads: 3729 naming the view. */
  public static void checkTruncate(SessionState state, ResolvedTable t, String written) {
    String view = IndexedViews.firstReader(state, t);
    if (view != null) {
      throw IndexedViewErrors.TRUNCATE.raise(written, view);
    }
  }

  private static Optional<Table> rows(SessionState state, Catalog catalog, View view) {
    return state.store().metadata(catalog).table(view.schemaId(), IndexedViewRows.tableName(view.name()));
  }

  /** {@code written} (the view's name as the statement gives it) turned into its rows table's. */
  private static List<String> onRows(List<String> written, String schema, View view) {
    List<String> parts = new ArrayList<>();
    if (written.size() == 3) {
      parts.add(written.getFirst());
    }
    parts.add(schema);
    parts.add(IndexedViewRows.tableName(view.name()));
    return parts;
  }

  /** Runs {@code sql} nested in the DDL statement, its first error thrown to it. */
  private static void run(SessionState state, String sql, String name) {
    var host = state.host();
    long rowCount = state.rowCount();
    try {
      BatchPlan plan = host.compile(sql, List.of(), "");
      host.runFunction(plan, new Object[plan.frameSize()], name);
    } finally {
      state.setRowCount(rowCount);
    }
  }
}
