package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.MergeStatement;
import dev.quern.engine.ast.MergeStatement.Match;
import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.plan.ComputedColumns;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.JoinNode;
import dev.quern.engine.plan.MergePlan;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.RowListNode;
import dev.quern.engine.plan.SourceRowValue;
import dev.quern.engine.plan.rules.KeySeek;
import dev.quern.engine.plan.rules.Optimizer;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds MERGE when it runs: the target, the source, the join between them on ON, and each WHEN
 * clause over the joined row. A WHEN NOT MATCHED BY TARGET clause sees only the source's columns
 * and a WHEN NOT MATCHED BY SOURCE clause only the target's (the other side is hidden from them,
 * so naming it is 207 or 4104). INSERT and UPDATE actions take their checks, defaults and column
 * rules from {@link DmlBinder}, as INSERT and UPDATE do.
 */
public final class MergeBinder {
  /** A column nobody can name: the join's target index and source marker. */
  private static final String HIDDEN = "\0";

  /** {@code $action}'s type: nvarchar(10). */
  private static final SqlType ACTION_TYPE = SqlType.ofLength(TypeId.NVARCHAR, 10);

  private final BindContext bind;
  private final DmlBinder dml;

  public MergeBinder(BindContext bind, DmlBinder dml) {
    this.bind = bind;
    this.dml = dml;
  }

  public MergePlan bind(MergeStatement s) {
    MergeTarget target = target(s);
    ResolvedTable t = target.table();
    String qualifier = s.alias() != null ? s.alias() : s.table().getLast();
    SourceBinder.Bound source = new SourceBinder(bind).bind(s.source());
    List<ResultColumn> targetColumns = shown(TableSources.columns(t), target.names());
    List<ResultColumn> sourceColumns = source.scope().columns();
    Scopes scopes = new Scopes(targetColumns, qualifier, source.scope());
    BoundExpr on = new ExpressionBinder(bind, scopes.both, null, "ON").condition(s.on());
    RowListNode targetRows = new RowListNode(t.schemaQualified(), withHidden(targetColumns, SqlTypes.INT));
    PlanNode marked = Optimizer.optimize(marked(source.node(), sourceColumns));
    RowListNode sourceRows = new RowListNode("source", marked.columns());
    JoinType type = joinType(s.clauses());
    PlanNode join = Optimizer.optimize(new JoinNode(targetRows, sourceRows, type, on, scopes.both.columns()));
    SourceRowValue.Current current = new SourceRowValue.Current();
    // WHEN NOT MATCHED BY SOURCE needs every target row: no seek then.
    KeySeek.Seek seek = type == JoinType.LEFT || type == JoinType.FULL
        ? null
        : MergeTargetSeek.find(
            bind, s.on(), t.table(), new ColumnScope(qualifier, targetColumns), source.scope(), current);
    Map<Match, List<MergePlan.Clause>> clauses = clauses(s, target, scopes);
    MergePlan.Output output = s.output() == null ? null : output(s, target, sourceColumns, source.scope());
    return new MergePlan(
        t, dml.targetRead(t, s.target()), marked, sourceRows, targetRows, join, targetColumns.size(),
        sourceColumns.size(), seek, current, clauses.get(Match.MATCHED), clauses.get(Match.NOT_MATCHED_BY_TARGET),
        clauses.get(Match.NOT_MATCHED_BY_SOURCE), ComputedColumnBinder.bind(bind, t), target.filter(),
        target.checkOption(), output);
  }

  /** The target's columns under the names it shows them by; the others hidden. */
  private static List<ResultColumn> shown(List<ResultColumn> columns, List<String> names) {
    List<ResultColumn> out = new ArrayList<>();
    for (int p = 0; p < columns.size(); p++) {
      ResultColumn c = columns.get(p);
      out.add(new ResultColumn(names.get(p) == null ? HIDDEN : names.get(p), c.type(), c.nullable(), c.identity()));
    }
    return List.copyOf(out);
  }

  /** The target: a common table expression, a view, or a table. */
  private MergeTarget target(MergeStatement s) {
    if (s.targetCte() != null) {
      var cte = s.targetCte();
      return MergeTarget.through(bind, cte.alias(), cte.query(), cte.columns());
    }
    if (bind.session() instanceof dev.quern.engine.session.SessionState state) {
      var found = dev.quern.engine.store.ObjectNames.object(state.store(), state.databaseName(), s.table());
      if (found.isPresent() && found.get().object() instanceof dev.quern.catalog.meta.View view) {
        var definition = (dev.quern.engine.ast.CreateViewStatement)
            dev.quern.engine.parser.Parser.parseBatch(view.definition(), true).getFirst();
        return MergeTarget.through(bind, s.table().getLast(), definition.query(), definition.columns())
            .checked(definition.checkOption());
      }
    }
    // MERGE needs the permission of each action it names (INSERT, UPDATE, DELETE).
    String[] needed = s.clauses().stream().map(w -> switch (w.action()) {
      case dev.quern.engine.ast.MergeStatement.Insert i -> "INSERT";
      case dev.quern.engine.ast.MergeStatement.Update u -> "UPDATE";
      case dev.quern.engine.ast.MergeStatement.Delete d -> "DELETE";
    }).distinct().toArray(String[]::new);
    if (bind.session() instanceof dev.quern.engine.session.SessionState state) {
      TemporalTables.refuseHistoryWrite(state, dml.target(s.table()), "MERGE");
    }
    return MergeTarget.of(dml.target(s.table(), needed), s.table());
  }

  /** Each WHEN clause bound over the names its kind may use, by kind, in the order written. */
  private Map<Match, List<MergePlan.Clause>> clauses(MergeStatement s, MergeTarget t, Scopes scopes) {
    Map<Match, List<MergePlan.Clause>> out = new EnumMap<>(Match.class);
    for (Match m : Match.values()) {
      out.put(m, new ArrayList<>());
    }
    for (MergeStatement.When w : s.clauses()) {
      ColumnScope scope = switch (w.match()) {
        case MATCHED -> scopes.both;
        case NOT_MATCHED_BY_TARGET -> scopes.sourceOnly;
        case NOT_MATCHED_BY_SOURCE -> scopes.targetOnly;
      };
      BoundExpr condition = w.condition() == null
          ? null
          : new ExpressionBinder(bind, scope, null, "WHEN").condition(w.condition());
      out.get(w.match()).add(new MergePlan.Clause(condition, action(w.action(), t, scope)));
    }
    return out;
  }

  /**
   * The join a MERGE needs, the target on the left: unmatched source rows only for NOT MATCHED BY
   * TARGET, unmatched target rows only for NOT MATCHED BY SOURCE.
   */
  private static JoinType joinType(List<MergeStatement.When> clauses) {
    boolean byTarget = clauses.stream().anyMatch(c -> c.match() == Match.NOT_MATCHED_BY_TARGET);
    boolean bySource = clauses.stream().anyMatch(c -> c.match() == Match.NOT_MATCHED_BY_SOURCE);
    return byTarget && bySource ? JoinType.FULL
        : byTarget ? JoinType.RIGHT
        : bySource ? JoinType.LEFT
        : JoinType.INNER;
  }

  /** The source's rows, each followed by a constant 1: NULL there means the join found no source row. */
  private static PlanNode marked(PlanNode source, List<ResultColumn> columns) {
    List<BoundExpr> exprs = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ResultColumn c = columns.get(i);
      exprs.add(new ColumnExpr(i, c.name(), c.type(), c.nullable()));
    }
    exprs.add(new Constant(1, SqlTypes.INT, "1", false));
    return new ProjectNode(source, exprs, withHidden(columns, SqlTypes.INT));
  }

  private static List<ResultColumn> withHidden(List<ResultColumn> columns, SqlType type) {
    List<ResultColumn> out = new ArrayList<>(columns);
    out.add(new ResultColumn(HIDDEN, type, true));
    return List.copyOf(out);
  }

  /**
   * The names each kind of WHEN clause can use over the joined row: both sides, the source's alone,
   * the target's alone. Every column is nullable (the join is outer on the side a clause lacks).
   */
  private static final class Scopes {
    final ColumnScope both;
    final ColumnScope sourceOnly;
    final ColumnScope targetOnly;

    Scopes(List<ResultColumn> target, String targetQualifier, ColumnScope source) {
      both = scope(target, targetQualifier, source, true, true);
      sourceOnly = scope(target, targetQualifier, source, false, true);
      targetOnly = scope(target, targetQualifier, source, true, false);
    }

    private static ColumnScope scope(
        List<ResultColumn> target, String targetQualifier, ColumnScope source, boolean showTarget,
        boolean showSource) {
      List<ResultColumn> columns = new ArrayList<>();
      List<String> qualifiers = new ArrayList<>();
      for (ResultColumn c : target) {
        columns.add(visible(c, showTarget));
        qualifiers.add(showTarget ? targetQualifier : HIDDEN);
      }
      columns.add(new ResultColumn(HIDDEN, SqlTypes.INT, true));
      qualifiers.add(HIDDEN);
      for (int i = 0; i < source.columns().size(); i++) {
        columns.add(visible(source.columns().get(i), showSource));
        qualifiers.add(showSource ? source.qualifierOf(i) : HIDDEN);
      }
      columns.add(new ResultColumn(HIDDEN, SqlTypes.INT, true));
      qualifiers.add(HIDDEN);
      return new ColumnScope(null, List.copyOf(columns), Collections.unmodifiableList(qualifiers));
    }

    private static ResultColumn visible(ResultColumn c, boolean shown) {
      return new ResultColumn(shown ? c.name() : HIDDEN, c.type(), true);
    }
  }

  private MergePlan.Action action(MergeStatement.Action a, MergeTarget t, ColumnScope scope) {
    return switch (a) {
      case MergeStatement.Delete d -> new MergePlan.Delete();
      case MergeStatement.Update u -> new MergePlan.Update(update(u, t, scope));
      case MergeStatement.Insert i -> insert(i, t, scope);
    };
  }

  /** UPDATE SET: the columns as UPDATE checks them (207, 264, 271, 8102), values over the joined row. */
  private DmlPlan.Update update(MergeStatement.Update u, MergeTarget target, ColumnScope scope) {
    ResolvedTable t = target.table();
    Table table = t.table();
    ExpressionBinder exprs = new ExpressionBinder(bind, scope, null, "SET");
    List<Integer> positions = new ArrayList<>();
    List<BoundExpr> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (UpdateStatement.Assignment given : u.assignments()) {
      var as = new UpdateStatement.Assignment(target.column(given.column()).name(), given.value());
      Column c = DmlBinder.assignedColumn(table, as, seen);
      if (bind.session() instanceof dev.quern.engine.session.SessionState state) {
        TemporalTables.refuseAssigned(state, t, c);
      }
      positions.add(table.position(c.columnId()));
      values.add(as.value() == null ? null : exprs.implicit(exprs.value(as.value()), StoreTypes.widen(c.type())));
    }
    return new DmlPlan.Update(
        t, null, positions.stream().mapToInt(Integer::intValue).toArray(), values, dml.defaults(t),
        dml.checks(t, target.name()), null, ComputedColumnBinder.bind(bind, t), DmlPlan.TargetRead.ALL);
  }

  /** INSERT [(columns)] VALUES (…) | DEFAULT VALUES: the columns as INSERT checks them. */
  private MergePlan.Insert insert(MergeStatement.Insert i, MergeTarget target, ColumnScope scope) {
    ResolvedTable t = target.table();
    Table table = t.table();
    List<Integer> positions =
        i.values() == null ? new ArrayList<>() : dml.insertColumns(t, target.insertColumns(i.columns()));
    List<Expr> given = i.values() == null ? List.of() : i.values();
    if (given.size() != positions.size()) {
      throw i.columns().isEmpty()
          ? SqlErrors.VALUES_MISMATCH.raise()
          : given.size() > positions.size()
              ? SqlErrors.INSERT_MORE_VALUES.raise()
              : SqlErrors.INSERT_MORE_COLUMNS.raise();
    }
    ExpressionBinder exprs = new ExpressionBinder(bind, scope, null, "VALUES");
    List<ResultColumn> columns = new ArrayList<>();
    List<BoundExpr> values = new ArrayList<>();
    for (int k = 0; k < positions.size(); k++) {
      Column c = table.columns().get(positions.get(k));
      SqlType type = StoreTypes.widen(c.type());
      columns.add(new ResultColumn(c.name(), type, c.nullable()));
      Expr e = given.get(k);
      values.add(e == null ? null : exprs.implicit(exprs.value(e), type));
    }
    DmlPlan.Insert plan = new DmlPlan.Insert(
        t, positions.stream().mapToInt(Integer::intValue).toArray(), null, columns, dml.defaults(t),
        dml.checks(t, List.of(table.name())), null, ComputedColumnBinder.bind(bind, t));
    return new MergePlan.Insert(plan, values);
  }

  /**
   * A side of the OUTPUT row: missing for the rows of {@code lacking} actions (an insert has no
   * deleted row, a delete no inserted one), so sometimes there when the statement has such actions.
   */
  private static OutputBinder.Side side(MergeStatement s, Class<? extends MergeStatement.Action> lacking) {
    return s.clauses().stream().anyMatch(c -> lacking.isInstance(c.action()))
        ? OutputBinder.Side.SOMETIMES
        : OutputBinder.Side.ALWAYS;
  }

  /** OUTPUT over deleted, inserted, {@code $action} and the source's columns; INTO as INSERT … VALUES. */
  private MergePlan.Output output(
      MergeStatement s, MergeTarget target, List<ResultColumn> sourceColumns, ColumnScope source) {
    List<ResultColumn> extra = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    extra.add(new ResultColumn("$action", ACTION_TYPE, false));
    qualifiers.add(null);
    // A target row no source row matched has NULL for every source column.
    boolean bySource = s.clauses().stream().anyMatch(c -> c.match() == Match.NOT_MATCHED_BY_SOURCE);
    for (int i = 0; i < sourceColumns.size(); i++) {
      ResultColumn c = sourceColumns.get(i);
      extra.add(new ResultColumn(c.name(), c.type(), c.nullable() || bySource));
      qualifiers.add(source.qualifierOf(i));
    }
    OutputBinder.Bound out = new OutputBinder(bind).bind(
        s.output(), target.table(), new OutputBinder.Shown(target.names(), target.order()),
        side(s, MergeStatement.Insert.class), side(s, MergeStatement.Delete.class), extra, qualifiers);
    DmlPlan.Insert into = null;
    if (s.output().into() != null) {
      List<Expr> placeholders = Collections.nCopies(out.columns().size(), new Literal(Literal.Kind.NULL, "NULL"));
      into = dml.insert(new InsertStatement(
          s.line(), s.output().into(), s.output().intoColumns(), List.of(placeholders), null, null));
    }
    return new MergePlan.Output(out.columns(), out.values(), into);
  }
}
