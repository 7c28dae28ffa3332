package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.ConstantScanNode;
import dev.quern.engine.plan.GenerateSeriesNode;
import dev.quern.engine.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds a FROM source to a leaf plan node and the column scope it offers. Today's sources:
 * none (one constant row) and GENERATE_SERIES; named tables arrive with the catalog (issue 3) and
 * are error 208 until then.
 */
final class SourceBinder {
  /** A bound source: its plan and the names it makes visible. */
  record Bound(PlanNode node, ColumnScope scope, boolean readsTable) {}

  private final BindContext bind;

  SourceBinder(BindContext bind) {
    this.bind = bind;
  }

  Bound bind(TableSource from) {
    if (from == null) {
      return new Bound(new ConstantScanNode(), ColumnScope.EMPTY, false);
    }
    return switch (from) {
      case TableSource.Function f -> function(f);
      case TableSource.Named n -> named(n);
      case TableSource.Join j -> join(j);
    };
  }

  /** System views today; user tables and views join here with the catalog (issue 3). */
  private Bound named(TableSource.Named n) {
    var found = dev.quern.engine.sys.SystemViews.lookup(n.parts());
    if (found.isEmpty()) {
      return TableSources.table(bind, n);
    }
    var view = found.get();
    var node = new dev.quern.engine.plan.SystemViewNode(view);
    String qualifier = n.alias() != null ? n.alias() : n.parts().getLast();
    return new Bound(node, new ColumnScope(qualifier, node.columns()), true);
  }

  private Bound join(TableSource.Join j) {
    Bound left = bind(j.left());
    Bound right = bind(j.right());
    boolean leftNullable = j.type() == TableSource.Join.JoinType.RIGHT || j.type() == TableSource.Join.JoinType.FULL;
    boolean rightNullable = j.type() == TableSource.Join.JoinType.LEFT || j.type() == TableSource.Join.JoinType.FULL;
    List<dev.quern.engine.api.ResultColumn> columns = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    add(left.scope(), leftNullable, columns, qualifiers);
    add(right.scope(), rightNullable, columns, qualifiers);
    ColumnScope scope = new ColumnScope(null, List.copyOf(columns), java.util.Collections.unmodifiableList(qualifiers));
    BoundExpr on = j.on() == null ? null : new ExpressionBinder(bind, scope, null, "ON").condition(j.on());
    var node = new dev.quern.engine.plan.JoinNode(left.node(), right.node(), j.type(), on, List.copyOf(columns));
    return new Bound(node, scope, left.readsTable() || right.readsTable());
  }

  private static void add(
      ColumnScope scope, boolean nullable, List<dev.quern.engine.api.ResultColumn> columns, List<String> qualifiers) {
    for (int i = 0; i < scope.columns().size(); i++) {
      var c = scope.columns().get(i);
      columns.add(nullable ? new dev.quern.engine.api.ResultColumn(c.name(), c.type(), true) : c);
      qualifiers.add(scope.qualifierOf(i));
    }
  }

  private Bound function(TableSource.Function f) {
    String name = f.name().toUpperCase(Locale.ROOT);
    if (!name.equals("GENERATE_SERIES")) {
      throw SqlErrors.INVALID_OBJECT.raise(f.name());
    }
    if (f.args().size() < 2 || f.args().size() > 3) {
      throw SqlErrors.FUNCTION_ARG_RANGE.raise("generate_series", 2, 3);
    }
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "FROM");
    List<BoundExpr> args = new ArrayList<>();
    for (var a : f.args()) {
      args.add(exprs.value(a));
    }
    SqlType type = seriesType(args, exprs);
    List<BoundExpr> converted = args.stream().map(a -> exprs.implicit(a, type)).toList();
    GenerateSeriesNode node =
        new GenerateSeriesNode(
            converted.get(0), converted.get(1), converted.size() > 2 ? converted.get(2) : null, type);
    String qualifier = f.alias() != null ? f.alias() : "GENERATE_SERIES";
    return new Bound(node, new ColumnScope(qualifier, node.columns()), false);
  }

  /**
   * All arguments must be of one type (tinyint, smallint, int, bigint, or decimal/numeric of any
   * precision), error 5373 otherwise: GENERATE_SERIES(1.5, 3.5, 1) fails in SQL Server too.
   */
  private static SqlType seriesType(List<BoundExpr> args, ExpressionBinder exprs) {
    TypeId first = family(args.getFirst().type().id());
    for (BoundExpr a : args) {
      TypeId id = family(a.type().id());
      boolean supported = SqlTypes.isInteger(id) || id == TypeId.DECIMAL;
      if (!supported || id != first) {
        throw SqlErrors.GENERATE_SERIES_TYPE.raise();
      }
    }
    return exprs.commonType(args);
  }

  private static TypeId family(TypeId id) {
    return id == TypeId.NUMERIC ? TypeId.DECIMAL : id;
  }
}
