package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.parser.ExpressionParser;
import dev.quern.engine.parser.TokenStream;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.plan.ValuesNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binds INSERT, UPDATE and DELETE when they run (the table's definition of that moment): target
 * columns, VALUES rows or the source query, assignments, WHERE, and the columns' defaults.
 */
public final class DmlBinder {
  private final BindContext bind;
  private final SessionState state;

  public DmlBinder(BindContext bind, SessionState state) {
    this.bind = bind;
    this.state = state;
  }

  BindContext bindContext() {
    return bind;
  }

  /**
   * A scalar expression of a statement that reads no table ({@code clause} names the clause in
   * errors): constants, variables and parameters, as a DDL option's value.
   */
  public BoundExpr scalar(Expr e, String clause) {
    return new ExpressionBinder(bind, ColumnScope.EMPTY, null, clause).value(e);
  }

  ResolvedTable target(List<String> name) {
    List<String> parts = ObjectNames.followSynonym(state.store(), state.databaseName(), name);
    return dev.quern.engine.store.DisabledIndexes.requireRows(ObjectNames.table(state.store(), state.databaseName(), parts)
        .orElseThrow(() -> TableSources.missing(String.join(".", name))));
  }

  /** The target table, checked for {@code permissions} (INSERT, UPDATE, DELETE: 229 when denied). */
  ResolvedTable target(List<String> name, String... permissions) {
    ResolvedTable t = writable(name, permissions.length == 1 ? permissions[0] : "MERGE");
    for (String p : permissions) {
      dev.quern.engine.session.PermissionGate.object(state, t.database(), t.schema(), t.table(), p);
    }
    return t;
  }

  private ResolvedTable writable(List<String> name, String statement) {
    if (name.size() == 1 && state.store().tableVariables().isReadOnly(name.getFirst())) {
      throw SqlErrors.TVP_READONLY_MODIFIED.raise(name.getFirst());
    }
    ResolvedTable t = target(name);
    TemporalTables.refuseHistoryWrite(state, t, statement);
    return t;
  }

  /** Base table {@code t} a statement through a view changes, checked for {@code permission} as a target. */
  ResolvedTable target(ResolvedTable t, String permission) {
    writable(t, permission);
    dev.quern.engine.session.PermissionGate.object(state, t.database(), t.schema(), t.table(), permission);
    return t;
  }

  /** Base table {@code t} as the target of {@code statement} through a view: writable (not history, rows enabled). */
  ResolvedTable writable(ResolvedTable t, String statement) {
    dev.quern.engine.store.DisabledIndexes.requireRows(t);
    TemporalTables.refuseHistoryWrite(state, t, statement);
    return t;
  }

  /**
   * UPDATE's target and what its SET may assign: 229 when the user may update no part of it, else
   * a guard per column (null list: all may be assigned) that {@link #assignable} runs (230).
   */
  private record UpdateTarget(ResolvedTable table, List<Runnable> guards) {
    void assignable(Column c) {
      Runnable guard = guards == null ? null : guards.get(table.table().position(c.columnId()));
      if (guard != null) {
        guard.run();
      }
    }
  }

  private UpdateTarget updateTarget(List<String> name) {
    return updateTarget(writable(name, "UPDATE"));
  }

  private UpdateTarget updateTarget(ResolvedTable t) {
    return new UpdateTarget(t, dev.quern.engine.session.PermissionGate.columns(state, t.database(), t.schema(), t.table(), "UPDATE"));
  }

  public DmlPlan.Insert insert(InsertStatement s) {
    ViewTarget view = s.targetCte() != null
        ? ViewTarget.common(state, s.targetCte())
        : ViewTarget.find(state, s.table(), null, "INSERT");
    if (view != null) {
      return view.inside(state, () -> new ViewDmlBinder(state, this).insert(s, view));
    }
    return insert(s, target(s.table(), "INSERT"));
  }

  /** INSERT {@code s} into table {@code t} (its name, or the base table of the view it names). */
  DmlPlan.Insert insert(InsertStatement s, ResolvedTable t) {
    Table table = t.table();
    List<Integer> positions = insertColumns(t, s.columns());
    List<ResultColumn> targetColumns = new ArrayList<>();
    for (int p : positions) {
      Column c = table.columns().get(p);
      targetColumns.add(new ResultColumn(c.name(), StoreTypes.widen(c.type()), c.nullable()));
    }
    PlanNode source;
    List<ResultColumn> sourceColumns;
    StatementPlan exec = null;
    if (s.exec() != null) {
      source = null;
      sourceColumns = targetColumns;
      exec = new BatchBinder(bind).statement(s.exec());
    } else if (s.query() != null) {
      QueryBinder.Bound q = new QueryBinder(bind).bindQuery(s.query());
      if (q.plan().columns().size() != positions.size()) {
        throw s.columns().isEmpty()
            ? SqlErrors.VALUES_MISMATCH.raise()
            : q.plan().columns().size() > positions.size()
                ? SqlErrors.INSERT_MORE_VALUES.raise()
                : SqlErrors.INSERT_MORE_COLUMNS.raise();
      }
      source = visibleOnly(q.plan());
      sourceColumns = q.plan().columns();
    } else if (s.rows().isEmpty()) {
      positions.clear();
      source = new ValuesNode(List.of(List.of()), List.of());
      sourceColumns = List.of();
    } else {
      ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "VALUES");
      List<List<BoundExpr>> rows = new ArrayList<>();
      for (List<Expr> row : s.rows()) {
        if (row.size() != positions.size()) {
          if (s.columns().isEmpty() && table.identityColumn().isPresent()
              && row.size() == table.columns().size()) {
            throw SqlErrors.IDENTITY_INSERT_NEEDS_LIST.raise(t.schemaQualified());
          }
          throw s.columns().isEmpty()
              ? SqlErrors.VALUES_MISMATCH.raise()
              : row.size() > positions.size()
                  ? SqlErrors.INSERT_MORE_VALUES.raise()
                  : SqlErrors.INSERT_MORE_COLUMNS.raise();
        }
        List<BoundExpr> bound = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
          Expr e = row.get(i);
          // An undeclared parameter takes the column's declared type (metadata discovery).
          SqlType declared = table.columns().get(positions.get(i)).type();
          bound.add(e == null ? null : exprs.implicit(exprs.valueFor(e, declared), targetColumns.get(i).type()));
        }
        rows.add(bound);
      }
      source = new ValuesNode(rows, targetColumns);
      sourceColumns = targetColumns;
    }
    return new DmlPlan.Insert(
        t, positions.stream().mapToInt(Integer::intValue).toArray(), source, sourceColumns, defaults(t),
        checks(t, s.table()), exec, ComputedColumnBinder.bind(bind, t));
  }

  /**
   * The query's rows without the ORDER BY keys that ride along hidden after its select list
   * (INSERT … SELECT a FROM t ORDER BY b inserts a alone, in b's order).
   */
  private static PlanNode visibleOnly(dev.quern.engine.plan.QueryPlan plan) {
    List<ResultColumn> visible = plan.columns();
    if (plan.root().columns().size() <= visible.size()) {
      return plan.root();
    }
    List<BoundExpr> exprs = new ArrayList<>();
    for (int i = 0; i < visible.size(); i++) {
      ResultColumn c = visible.get(i);
      exprs.add(new dev.quern.engine.expr.ColumnExpr(i, c.name(), c.type(), c.nullable()));
    }
    return new dev.quern.engine.plan.ProjectNode(plan.root(), List.copyOf(exprs), visible);
  }

  /**
   * The table positions an INSERT's column list names (all but identity and computed columns when
   * it is empty), checked: 207, 264, 271, 544 (IDENTITY_INSERT off), and under IDENTITY_INSERT ON
   * the identity column must be listed (545, 8101).
   */
  List<Integer> insertColumns(ResolvedTable t, List<String> columns) {
    Table table = t.table();
    List<Integer> positions = new ArrayList<>();
    if (columns.isEmpty()) {
      for (int i = 0; i < table.columns().size(); i++) {
        Column c = table.columns().get(i);
        if (c.identity() == null && c.computed() == null && !TemporalTables.hidden(state, t, c)) {
          positions.add(i);
        }
      }
    } else {
      Set<String> seen = new HashSet<>();
      for (String name : columns) {
        Column c = table.column(name).orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(name));
        if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
          throw SqlErrors.COLUMN_LISTED_TWICE.raise(c.name());
        }
        if (c.computed() != null) {
          throw SqlErrors.COMPUTED_COLUMN_MODIFIED.raise(c.name());
        }
        if (c.identity() != null && state.store().identityInsertTable() != table.id()) {
          throw SqlErrors.IDENTITY_INSERT_OFF.raise(t.schemaQualified());
        }
        positions.add(table.position(c.columnId()));
      }
    }
    boolean identityListed =
        positions.stream().anyMatch(p -> table.columns().get(p).identity() != null);
    if (state.store().identityInsertTable() == table.id() && table.identityColumn().isPresent()
        && !identityListed) {
      throw columns.isEmpty()
          ? SqlErrors.IDENTITY_INSERT_NEEDS_LIST.raise(t.schemaQualified())
          : SqlErrors.IDENTITY_VALUE_REQUIRED.raise(t.schemaQualified());
    }
    return positions;
  }

  public DmlPlan.Update update(UpdateStatement s) {
    ViewTarget view = ViewTarget.find(state, s.table(), s.from(), "UPDATE");
    if (view != null) {
      return view.inside(state, () -> new ViewDmlBinder(state, this).update(s, view));
    }
    if (s.from() != null) {
      return updateFrom(s);
    }
    UpdateTarget target = updateTarget(s.table());
    ResolvedTable t = target.table();
    Table table = t.table();
    ExpressionBinder exprs = new ExpressionBinder(bind, scope(t, s.table()), null, "SET");
    List<Integer> positions = new ArrayList<>();
    List<BoundExpr> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (UpdateStatement.Assignment a : s.assignments()) {
      Column c = assignedColumn(table, a, seen);
      target.assignable(c);
      TemporalTables.refuseAssigned(state, t, c);
      positions.add(table.position(c.columnId()));
      values.add(a.value() == null ? null : exprs.implicit(exprs.valueFor(a.value(), c.type()), StoreTypes.widen(c.type())));
    }
    BoundExpr where = s.where() == null ? null : new ExpressionBinder(bind, scope(t, s.table()), null, "WHERE").condition(s.where());
    return new DmlPlan.Update(
        t, where, positions.stream().mapToInt(Integer::intValue).toArray(), values, defaults(t),
        checks(t, s.table()), dev.quern.engine.plan.rules.KeySeek.find(where, table).orElse(null),
        ComputedColumnBinder.bind(bind, t), targetRead(t, s.target()))
        .assigning(variableSets(s, exprs, t, positions));
  }

  /**
   * UPDATE's {@code @v = value} items over the target's row, and {@code @v = column = value} ones
   * over the new row (the column at {@code positions[after - 1]}), each converted to its variable's
   * type.
   */
  private List<DmlPlan.VariableSet> variableSets(
      UpdateStatement s, ExpressionBinder exprs, ResolvedTable t, List<Integer> positions) {
    List<DmlPlan.VariableSet> sets = new ArrayList<>();
    for (UpdateStatement.VariableSet v : s.variables()) {
      VariableScope.Variable var = bind.variables().resolve(v.variable());
      BoundExpr value;
      if (v.column() == null) {
        value = exprs.value(v.value());
      } else {
        value = newRowColumn(t, positions.get(v.after() - 1));
      }
      sets.add(new DmlPlan.VariableSet(var.slot(), exprs.implicit(value, var.type()), v.after(), v.column() != null));
    }
    return sets;
  }

  public DmlPlan.Delete delete(DeleteStatement s) {
    ViewTarget view = ViewTarget.find(state, s.table(), s.from(), "DELETE");
    if (view != null) {
      return view.inside(state, () -> new ViewDmlBinder(state, this).delete(s, view));
    }
    if (s.from() != null) {
      DmlFromBinder.Target tg = DmlFromBinder.target(s.table(), s.from());
      ResolvedTable t = target(tg.table(), "DELETE");
      return new DmlPlan.Delete(
          t, DmlFromBinder.join(bind, t, tg, List.of(), s.where()).matches(), null,
          ComputedColumnBinder.bind(bind, t), targetRead(t, s.target()));
    }
    ResolvedTable t = target(s.table(), "DELETE");
    BoundExpr where = s.where() == null ? null : new ExpressionBinder(bind, scope(t, s.table()), null, "WHERE").condition(s.where());
    return new DmlPlan.Delete(
        t, where, dev.quern.engine.plan.rules.KeySeek.find(where, t.table()).orElse(null),
        ComputedColumnBinder.bind(bind, t), targetRead(t, s.target()));
  }

  /**
   * The statement's TOP bound as a constant expression, and its target hints' locks (a target takes
   * no index hint: 1069 while parsing).
   */
  DmlPlan.TargetRead targetRead(ResolvedTable t, dev.quern.engine.ast.DmlTarget target) {
    if (target == null) {
      return DmlPlan.TargetRead.ALL;
    }
    // An undeclared parameter here is a row count (bigint), or PERCENT's float (discovery).
    SqlType count = target.percent() ? dev.quern.catalog.type.SqlTypes.FLOAT : dev.quern.catalog.type.SqlTypes.BIGINT;
    BoundExpr top =
        target.count() == null
            ? null
            : new ExpressionBinder(bind, ColumnScope.EMPTY, null, "TOP").valueFor(target.count(), count);
    return new DmlPlan.TargetRead(top, target.percent(), target.locks());
  }

  /**
   * The column a SET assignment changes: it must exist (207), appear once (264), and be neither
   * computed (271), an identity (8102) nor a rowversion (272). {@code seen} collects the
   * lower-cased names so far.
   */
  static Column assignedColumn(Table table, UpdateStatement.Assignment a, Set<String> seen) {
    Column c = table.column(a.column()).orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(a.column()));
    if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
      throw SqlErrors.COLUMN_LISTED_TWICE.raise(c.name());
    }
    if (c.computed() != null) {
      throw SqlErrors.COMPUTED_COLUMN_MODIFIED.raise(c.name());
    }
    if (c.identity() != null) {
      throw SqlErrors.IDENTITY_UPDATE.raise(c.name());
    }
    if (c.rowversion()) {
      throw SqlErrors.ROWVERSION_UPDATE.raise();
    }
    return c;
  }

  /** UPDATE … FROM: the SET values come from the joined row each target row matched. */
  private DmlPlan.Update updateFrom(UpdateStatement s) {
    DmlFromBinder.Target tg = DmlFromBinder.target(s.table(), s.from());
    ResolvedTable t = writable(tg.table(), "UPDATE");
    List<String> columns = s.assignments().stream().map(UpdateStatement.Assignment::column).toList();
    return joinedUpdate(s, t, columns, given -> DmlFromBinder.join(bind, t, tg, given, s.where()));
  }

  /**
   * An UPDATE of table {@code t} whose rows and SET values come from a join: assignment i sets
   * the column named {@code columns[i]}, its value read from the joined rows {@code join} gives
   * for the values given (DEFAULT ones left out).
   */
  DmlPlan.Update joinedUpdate(
      UpdateStatement s, ResolvedTable t, List<String> columns,
      java.util.function.Function<List<Expr>, dev.quern.engine.plan.JoinedRows> join) {
    UpdateTarget target = updateTarget(t);
    Table table = t.table();
    List<Integer> positions = new ArrayList<>();
    List<Expr> given = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < s.assignments().size(); i++) {
      UpdateStatement.Assignment a = s.assignments().get(i);
      Column c = assignedColumn(table, new UpdateStatement.Assignment(columns.get(i), a.value()), seen);
      target.assignable(c);
      TemporalTables.refuseAssigned(state, t, c);
      positions.add(table.position(c.columnId()));
      if (a.value() != null) {
        given.add(a.value());
      }
    }
    // `SET @v = value` items are computed over the joined rows too, after the column values.
    List<Expr> joinedValues = new ArrayList<>(given);
    s.variables().stream().filter(v -> v.column() == null).forEach(v -> joinedValues.add(v.value()));
    dev.quern.engine.plan.JoinedRows rows = join.apply(joinedValues);
    if (!s.variables().isEmpty()) {
      // Each item must see the variables as the items and rows before it left them.
      rows = rows.deferringValues();
      if (rows == null) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("SET @variable in UPDATE with FROM");
      }
    }
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "SET");
    List<BoundExpr> values = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < s.assignments().size(); i++) {
      if (s.assignments().get(i).value() == null) {
        values.add(null);
        continue;
      }
      Column c = table.columns().get(positions.get(i));
      values.add(exprs.implicit(joinedValue(rows, k++), StoreTypes.widen(c.type())));
    }
    List<DmlPlan.VariableSet> sets = new ArrayList<>();
    for (UpdateStatement.VariableSet v : s.variables()) {
      VariableScope.Variable var = bind.variables().resolve(v.variable());
      BoundExpr value = v.column() == null ? joinedValue(rows, k++) : newRowColumn(t, positions.get(v.after() - 1));
      sets.add(new DmlPlan.VariableSet(var.slot(), exprs.implicit(value, var.type()), v.after(), v.column() != null));
    }
    return new DmlPlan.Update(
        t, rows.matches(), positions.stream().mapToInt(Integer::intValue).toArray(), values, defaults(t),
        checks(t, List.of(table.name())), null, ComputedColumnBinder.bind(bind, t), targetRead(t, s.target()))
        .assigning(sets);
  }

  /** The {@code k}-th value the joined rows carry after the target row's columns. */
  private static BoundExpr joinedValue(dev.quern.engine.plan.JoinedRows rows, int k) {
    ResultColumn selected = rows.query().columns().get(rows.width() + k);
    return rows.value(k, selected.type(), selected.nullable());
  }

  /** Column {@code pos} of the target's new row: what {@code @v = column = value} assigns. */
  private static BoundExpr newRowColumn(ResolvedTable t, int pos) {
    Column c = t.table().columns().get(pos);
    return new dev.quern.engine.expr.ColumnExpr(pos, c.name(), c.type(), c.nullable());
  }

  private static ColumnScope scope(ResolvedTable t, List<String> name) {
    return new ColumnScope(name.getLast(), TableSources.columns(t));
  }

  /** The computed columns of {@code table}, bound for this statement (FK actions on its rows). */
  public dev.quern.engine.plan.ComputedColumns computed(Table table) {
    return ComputedColumnBinder.bind(bind, table);
  }

  /** A value expression without columns (a DEFAULT), converted to {@code type}. */
  public BoundExpr constantValue(Expr e, SqlType type) {
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "DEFAULT");
    return exprs.implicit(exprs.value(e), type);
  }

  /** A CHECK condition over the rows of {@code t}. */
  public BoundExpr rowCondition(Expr e, ResolvedTable t) {
    return new ExpressionBinder(bind, scope(t, List.of(t.table().name())), null, "CHECK").condition(e);
  }

  /** The table's enabled CHECK constraints bound over its row (NOCHECK CONSTRAINT ones are not enforced). */
  List<DmlPlan.Check> checks(ResolvedTable t, List<String> name) {
    List<DmlPlan.Check> out = new ArrayList<>();
    ExpressionBinder exprs = new ExpressionBinder(bind, scope(t, name), null, "CHECK");
    for (dev.quern.catalog.meta.Constraint c : t.table().constraints()) {
      if (c instanceof dev.quern.catalog.meta.Constraint.Check k && !k.disabled()) {
        Expr e = new ExpressionParser(new TokenStream(Lexer.tokenize(k.expression(), true))).parse();
        String column = k.columnId() == 0 ? null : t.table().columnById(k.columnId()).name();
        out.add(new DmlPlan.Check(k.name(), exprs.condition(e), column));
      }
    }
    return out;
  }

  /** Each column's DEFAULT bound and converted to the column's (widened) type, or null. */
  List<BoundExpr> defaults(ResolvedTable t) {
    List<BoundExpr> out = new ArrayList<>();
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "DEFAULT");
    for (Column c : t.table().columns()) {
      String text = t.table().defaultExpression(c.columnId()).orElse(null);
      if (text == null) {
        out.add(null);
        continue;
      }
      Expr e = new ExpressionParser(new TokenStream(Lexer.tokenize(text, true))).parse();
      SqlType type = StoreTypes.widen(c.type());
      out.add(exprs.implicit(exprs.value(e), type));
    }
    return out;
  }


}
