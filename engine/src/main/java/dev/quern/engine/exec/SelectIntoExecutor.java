package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Identity;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectIntoStatement;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.QueryBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs SELECT … INTO: binds the query, creates the new table with the result's column names,
 * types and nullability (a heap, no constraints), carries an IDENTITY over as SQL Server does
 * (the identity column selected plainly from a single table, no grouping or set operator) or
 * makes one for {@code IDENTITY(type, seed, increment)} ({@link SelectIntoIdentity}), then
 * inserts the rows in the same statement.
 */
final class SelectIntoExecutor {
  private final SessionState state;
  private final DmlExecutor dml;

  SelectIntoExecutor(SessionState state, DmlExecutor dml) {
    this.state = state;
    this.dml = dml;
  }

  void run(SelectIntoStatement s, BindContext bind, Frame frame, ResultSink sink) {
    SelectIntoIdentity made = SelectIntoIdentity.find(s.query(), bind, state);
    QueryBinder.Bound q = new QueryBinder(bind).bindQuery(made == null ? s.query() : made.query());
    List<ResultColumn> result = q.plan().columns();
    ObjectNames.Target target = NewTableTarget.resolve(state, s.table(),
        () -> SqlErrors.INVALID_SCHEMA.raise(s.table().size() >= 2 ? s.table().get(s.table().size() - 2) : "dbo"));
    try {
      run(s, bind, frame, sink, made, q, result, target);
    } catch (RuntimeException e) {
      NewTableTarget.failed(state, s.table(), target);
      throw e;
    }
  }

  private void run(SelectIntoStatement s, BindContext bind, Frame frame, ResultSink sink, SelectIntoIdentity made,
      QueryBinder.Bound q, List<ResultColumn> result, ObjectNames.Target target) {
    Catalog catalog = target.catalog();
    Metadata md = state.store().metadata(catalog);
    Map<String, Identity> identities = identitySources(s.query(), bind);
    if (made != null && !identities.isEmpty()) {
      String inherited = identities.keySet().iterator().next();
      String named = result.stream().map(ResultColumn::name).filter(inherited::equalsIgnoreCase).findFirst()
          .orElse(inherited);
      throw SqlErrors.SELECT_INTO_TWO_IDENTITIES.raise(target.name(), named);
    }
    List<Column> columns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    boolean identityTaken = false;
    for (int i = 0; i < result.size(); i++) {
      ResultColumn rc = result.get(i);
      if (rc.name().isEmpty()) {
        throw SqlErrors.SELECT_INTO_UNNAMED_COLUMN.raise();
      }
      if (!names.add(rc.name().toLowerCase(Locale.ROOT))) {
        throw SqlErrors.DUPLICATE_COLUMN_NAME.raise(rc.name(), target.name());
      }
      Identity identity = identities.get(rc.name().toLowerCase(Locale.ROOT));
      // Selected twice, an identity column keeps the property on neither copy.
      boolean selectedOnce = result.stream().filter(c -> c.name().equalsIgnoreCase(rc.name())).count() == 1;
      if (identity != null && (identityTaken || !selectedOnce)) {
        identity = null;
      }
      if (made != null && made.position() == i) {
        IdentityColumns.check(target.name(), rc.name(), rc.type(), columns);
        identity = made.identity();
      }
      identityTaken |= identity != null;
      // A character column takes the collation of what was selected into it (a column's, COLLATE's).
      String collation = !SqlTypes.isCharacter(rc.type().id()) ? null
          : rc.collation() != null ? rc.collation().name() : dev.quern.catalog.meta.Database.DEFAULT_COLLATION;
      columns.add(new Column(i + 1, rc.name(), rc.type(), identity == null && rc.nullable(), collation, identity, null, i, null));
    }
    int tableId = catalog.newObjectId();
    Table table = new Table(
        tableId, target.schema().id(), target.name(), columns, List.of(Index.heap(catalog.newDataId())),
        List.of(), Map.of());
    catalog.createObject(state.store().txn(catalog), table);
    state.store().markDdl();
    NewTableTarget.created(state, s.table(), target, tableId);
    ResolvedTable created = ObjectNames.table(state.store(), state.databaseName(), s.table())
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", s.table())));
    if (made != null) {
      // IDENTITY(…)'s column is left out of the rows: the table's counter numbers them.
      dml.insert(withoutColumn(created, q.plan().root(), result, made.position(), columns.size()), frame, sink);
      return;
    }
    int[] positions = new int[columns.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    // The identity column is filled with the selected values, as SQL Server copies them.
    int saved = state.store().identityInsertTable();
    state.store().setIdentityInsertTable(tableId);
    try {
      dml.insert(
          new DmlPlan.Insert(created, positions, q.plan().root(), result,
              Collections.nCopies(columns.size(), null), List.of(), null),
          frame, sink);
    } finally {
      state.store().setIdentityInsertTable(saved);
    }
  }

  /** The INSERT of the query's rows into {@code created} without their column {@code skipped}. */
  private static DmlPlan.Insert withoutColumn(
      ResolvedTable created, dev.quern.engine.plan.PlanNode rows, List<ResultColumn> result, int skipped, int width) {
    List<dev.quern.engine.expr.BoundExpr> kept = new ArrayList<>();
    List<ResultColumn> keptColumns = new ArrayList<>();
    int[] positions = new int[result.size() - 1];
    for (int i = 0, j = 0; i < result.size(); i++) {
      if (i == skipped) {
        continue;
      }
      ResultColumn c = result.get(i);
      kept.add(new dev.quern.engine.expr.ColumnExpr(i, c.name(), c.type(), c.nullable()));
      keptColumns.add(c);
      positions[j++] = i;
    }
    var source = new dev.quern.engine.plan.ProjectNode(rows, List.copyOf(kept), List.copyOf(keptColumns));
    return new DmlPlan.Insert(created, positions, source, List.copyOf(keptColumns),
        Collections.nCopies(width, null), List.of(), null);
  }

  /**
   * The identity columns the new table inherits, by lower-cased name: those of the single base
   * table the query reads, when it neither groups nor combines results.
   */
  private Map<String, Identity> identitySources(QuerySpec q, BindContext bind) {
    if (!(q.from() instanceof TableSource.Named named) || !q.groupBy().isEmpty() || q.distinct()
        || !q.compounds().isEmpty() || q.having() != null) {
      return Map.of();
    }
    Optional<ResolvedTable> source = ObjectNames.table(state.store(), state.databaseName(), named.parts());
    if (source.isEmpty() || source.get().table().identityColumn().isEmpty()) {
      return Map.of();
    }
    Column id = source.get().table().identityColumn().get();
    for (SelectItem item : q.items()) {
      boolean plain = item instanceof SelectItem.Star
          || item instanceof SelectItem.Column c && c.expr() instanceof ColumnRef r
              && r.parts().getLast().equalsIgnoreCase(id.name())
              && (c.alias() == null || c.alias().equalsIgnoreCase(id.name()));
      if (plain) {
        return Map.of(id.name().toLowerCase(Locale.ROOT), id.identity());
      }
    }
    return Map.of();
  }
}
