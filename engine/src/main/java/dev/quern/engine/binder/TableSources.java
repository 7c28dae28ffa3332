package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a user table named in FROM. Tables exist for the binder only while a table statement runs
 * (the statement's transaction holds the metadata snapshot); compiled ahead of that, a table name
 * is 208 and the statement is bound again when it runs.
 */
final class TableSources {
  private TableSources() {}

  static SourceBinder.Bound table(BindContext bind, TableSource.Named n) {
    var pseudo = TriggerTables.pseudo(bind, n);
    if (pseudo.isPresent()) {
      return pseudo.get();
    }
    String written = String.join(".", n.parts());
    if (!(bind.session() instanceof SessionState state) || !state.store().inStatement()) {
      throw SqlErrors.INVALID_OBJECT.raise(written);
    }
    List<String> parts = ObjectNames.followSynonym(state.store(), state.databaseName(), n.parts());
    var found = ObjectNames.table(state.store(), state.databaseName(), parts);
    if (found.isEmpty()) {
      var object = ObjectNames.object(state.store(), state.databaseName(), parts);
      if (object.isPresent() && object.get().object() instanceof dev.quern.catalog.meta.View view) {
        var where = object.get().target();
        dev.quern.engine.session.PermissionGate.object(state, where.database(), where.schema(), view, "SELECT");
        if (n.indexHints().noExpand() || matchesStoredRows(state, where, view, n)) {
          return stored(bind, state, where, view, n);
        }
        var module = dev.quern.engine.session.Modules.of(state, where.database().id(), view);
        return dev.quern.engine.session.Modules.inside(state, module, () -> view(bind, view, n));
      }
      if (object.isPresent() && object.get().object() instanceof dev.quern.catalog.meta.UserFunction f && !f.typeCode().equals("FN")) {
        throw SqlErrors.FUNCTION_PARAMETERS_NOT_SUPPLIED.raise(written); // a table-valued function named without (…)
      }
      throw missing(written);
    }
    ResolvedTable t = found.get();
    List<Runnable> guards = dev.quern.engine.session.PermissionGate.columns(state, t.database(), t.schema(), t.table(), "SELECT");
    dev.quern.engine.store.DisabledIndexes.requireRows(t);
    var forced = IndexHintResolver.resolve(t, n.indexHints());
    var systemTime = TemporalTables.clause(bind, n);
    if (systemTime != null && (n.systemTime() != null
        || TemporalTables.period(state, t).filter(p -> p.versioned()).isPresent())) {
      return TemporalTables.bind(bind, state, t, n, systemTime, n.alias() != null ? n.alias() : n.parts().getLast());
    }
    List<ResultColumn> columns = columns(t);
    TableScanNode node =
        new TableScanNode(
            t.database().id(), t.schemaQualified(), t.table(), columns, ComputedColumnBinder.bind(bind, t));
    if (!n.locks().isNone()) {
      node = node.withLocks(n.locks());
    }
    if (forced != null) {
      node = node.forcing(forced);
    }
    String qualifier = n.alias() != null ? n.alias() : n.parts().getLast();
    bind.noteTableSource(qualifier, t);
    return new SourceBinder.Bound(node, new ColumnScope(qualifier, columns).guarded(guards), true);
  }

  /**
   * A view read WITH (NOEXPAND): its stored rows, when it is indexed (the table holding them, named
   * as the view, its INDEX hints naming the view's indexes); 8171 when it is not.
   */
  private static SourceBinder.Bound stored(
      BindContext bind, SessionState state, ObjectNames.Target where, dev.quern.catalog.meta.View view, TableSource.Named n) {
    var md = state.store().metadata(where.catalog());
    var rows = md.table(view.schemaId(), dev.quern.catalog.meta.IndexedViewRows.tableName(view.name()));
    if (rows.isEmpty()) {
      throw NOEXPAND_INVALID.raise(String.join(".", n.parts()));
    }
    ResolvedTable t = new ResolvedTable(where.catalog(), where.database(), where.schema(), rows.get());
    var forced = IndexHintResolver.resolve(t, n.indexHints());
    List<ResultColumn> columns = columns(t);
    TableScanNode node = new TableScanNode(t.database().id(), t.schemaQualified(), t.table(), columns, ComputedColumnBinder.bind(bind, t));
    if (!n.locks().isNone()) {
      node = node.withLocks(n.locks());
    }
    if (forced != null) {
      node = node.forcing(forced);
    }
    String qualifier = n.alias() != null ? n.alias() : n.parts().getLast();
    return new SourceBinder.Bound(node, new ColumnScope(qualifier, columns), true);
  }

  /**
   * Whether a view named without NOEXPAND is read from its stored rows: an indexed view, read as it
   * is now (no FOR SYSTEM_TIME) with no hint, gives the same rows either way, and Developer and
   * Enterprise editions answer such a query from the view's index.
   */
  private static boolean matchesStoredRows(
      SessionState state, ObjectNames.Target where, dev.quern.catalog.meta.View view, TableSource.Named n) {
    return n.systemTime() == null && n.locks().isNone() && n.indexHints().isNone()
        && state.store().metadata(where.catalog())
            .table(view.schemaId(), dev.quern.catalog.meta.IndexedViewRows.tableName(view.name())).isPresent();
  }

  private static final dev.quern.engine.error.ErrorTemplate NOEXPAND_INVALID = new dev.quern.engine.error.ErrorTemplate(
      8171, 16, 2, "Hint 'noexpand' on object '%s' is invalid.", dev.quern.engine.error.Abort.STATEMENT);

  /** 208 for a table, 1087 for a table variable ({@code @t}) the batch did not declare. */
  static dev.quern.engine.error.SqlException missing(String written) {
    return written.startsWith("@")
        ? SqlErrors.MUST_DECLARE_TABLE_VARIABLE.raise(written)
        : SqlErrors.INVALID_OBJECT.raise(written);
  }

  /** A view: its stored definition parsed and bound here, in this statement's context. */
  private static SourceBinder.Bound view(BindContext bind, dev.quern.catalog.meta.View view, TableSource.Named n) {
    if (!n.locks().isNone()) {
      // SQL Server passes a view's hints on to its tables; Quern does not yet, so it says so.
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise(dev.quern.engine.ast.LockHints.names(n.locks()).getFirst());
    }
    var statements = dev.quern.engine.parser.Parser.parseBatch(view.definition(), true);
    var definition = (dev.quern.engine.ast.CreateViewStatement) statements.getFirst();
    // FOR SYSTEM_TIME on a view applies to the system-versioned tables it reads.
    QueryBinder.Bound b = n.systemTime() == null
        ? new QueryBinder(bind).bindQuery(definition.query())
        : bind.withViewSystemTime(n.systemTime(), () -> new QueryBinder(bind).bindQuery(definition.query()));
    List<ResultColumn> columns = new ArrayList<>(b.plan().columns());
    for (int i = 0; i < definition.columns().size(); i++) {
      ResultColumn c = columns.get(i);
      columns.set(i, new ResultColumn(definition.columns().get(i), c.type(), c.nullable()));
    }
    String qualifier = n.alias() != null ? n.alias() : n.parts().getLast();
    return new SourceBinder.Bound(b.plan().root(), new ColumnScope(qualifier, List.copyOf(columns)), true);
  }

  /** The column names {@code *} stands for over a user table or view; empty if not found now. */
  static java.util.Optional<List<String>> columnNames(BindContext bind, TableSource.Named n) {
    if (!(bind.session() instanceof SessionState state) || !state.store().inStatement()) {
      return java.util.Optional.empty();
    }
    try {
      List<String> hidden = hiddenColumns(state, n);
      return java.util.Optional.of(bind.learned().learn(n, () -> table(bind, n)).scope().columns().stream().map(ResultColumn::name)
          .filter(name -> hidden.stream().noneMatch(h -> h.equalsIgnoreCase(name))).toList());
    } catch (dev.quern.engine.error.SqlException e) {
      return java.util.Optional.empty();
    }
  }

  /** The HIDDEN period columns of the table {@code n} names (none for anything else). */
  private static List<String> hiddenColumns(SessionState state, TableSource.Named n) {
    List<String> parts = ObjectNames.followSynonym(state.store(), state.databaseName(), n.parts());
    return ObjectNames.table(state.store(), state.databaseName(), parts)
        .map(t -> t.table().columns().stream().filter(c -> TemporalTables.hidden(state, t, c)).map(Column::name).toList())
        .orElse(List.of());
  }

  /** NEXT VALUE FOR: the sequence as this statement sees it (208 before a statement runs). */
  static BoundExpr nextValue(BindContext bind, dev.quern.engine.ast.NextValueExpr n) {
    String written = String.join(".", n.sequence());
    if (!(bind.session() instanceof SessionState state) || !state.store().inStatement()) {
      throw SqlErrors.INVALID_OBJECT.raise(written);
    }
    var found = ObjectNames.object(state.store(), state.databaseName(),
        ObjectNames.followSynonym(state.store(), state.databaseName(), n.sequence()));
    if (found.isEmpty() || !(found.get().object() instanceof dev.quern.catalog.meta.Sequence seq)) {
      throw SqlErrors.INVALID_OBJECT.raise(written);
    }
    return new dev.quern.engine.expr.NextValueExpr(seq, found.get().target().catalog().values(), n.toSql());
  }

  static List<ResultColumn> columns(ResolvedTable t) {
    List<ResultColumn> out = new ArrayList<>();
    for (Column c : t.table().columns()) {
      out.add(new ResultColumn(c.name(), c.type(), c.nullable(), c.identity() != null, c.rowversion(),
          c.collation() == null ? null : dev.quern.catalog.value.SupportedCollations.ofStored(c.collation())));
    }
    return out;
  }
}
