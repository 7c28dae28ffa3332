package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.BetweenExpr;
import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.CaseExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.InListExpr;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.ast.LikeExpr;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.NotExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.UnaryExpr;
import dev.quern.engine.ast.WindowExpr;
import dev.quern.engine.ast.WindowFrame;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.AggregateCall;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.WindowNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The window functions of a query block's select list and ORDER BY: each bound over the FROM
 * (and WHERE) rows, computed by a {@link WindowNode} above them, and read by the select list as
 * the extra columns that node appends.
 */
final class WindowBinder {
  private WindowBinder() {}

  /** The window node over {@code input}, and a binder for the items that reads its columns. */
  record Result(PlanNode node, ExpressionBinder items) {}

  /** The distinct window functions {@code items} and {@code order} call, in order of appearance. */
  static List<WindowExpr> windows(List<Expr> items, List<QuerySpec.OrderItem> order) {
    Map<String, WindowExpr> found = new LinkedHashMap<>();
    items.forEach(e -> collect(e, w -> found.putIfAbsent(w.toSql(), w)));
    order.forEach(o -> collect(o.expr(), w -> found.putIfAbsent(w.toSql(), w)));
    return List.copyOf(found.values());
  }

  /** {@code windows} bound by {@code source} (over a grouped query's rows: its post-aggregate binder). */
  static List<WindowNode.Function> functions(ExpressionBinder source, List<WindowExpr> windows) {
    return windows.stream().map(w -> function(source, w)).toList();
  }

  /** What each window function reads as: its column, the first at {@code first}. */
  static Map<String, BoundExpr> columns(List<WindowExpr> windows, List<WindowNode.Function> functions, int first) {
    Map<String, BoundExpr> read = new LinkedHashMap<>();
    for (int i = 0; i < windows.size(); i++) {
      WindowNode.Function f = functions.get(i);
      read.put(windows.get(i).toSql(), ColumnExpr.derived(first + i, windows.get(i).toSql(), f.type(), true));
    }
    return read;
  }

  /** {@code input}'s columns followed by one per window function. */
  static List<ResultColumn> withWindowColumns(List<ResultColumn> input, List<WindowNode.Function> functions) {
    List<ResultColumn> columns = new ArrayList<>(input);
    functions.forEach(f -> columns.add(new ResultColumn("", f.type(), true)));
    return columns;
  }

  /** Null when {@code items} and {@code order} call no window function. */
  static Result bind(
      BindContext bind, ExpressionBinder source, ColumnScope scope, PlanNode input, List<Expr> items,
      List<QuerySpec.OrderItem> order) {
    List<WindowExpr> windows = windows(items, order);
    if (windows.isEmpty()) {
      return null;
    }
    // The node's columns are its input's; the scope names them as the FROM clause does (a derived
    // table's columns carry the names given to them there).
    List<ResultColumn> columns = new ArrayList<>(input.columns());
    List<ResultColumn> named = new ArrayList<>(scope.columns());
    List<String> qualifiers = new ArrayList<>();
    for (int i = 0; i < scope.columns().size(); i++) {
      qualifiers.add(scope.qualifierOf(i));
    }
    List<WindowNode.Function> functions = functions(source, windows);
    Map<String, BoundExpr> read = columns(windows, functions, columns.size());
    for (WindowNode.Function f : functions) {
      named.add(new ResultColumn("", f.type(), true));
      qualifiers.add(null);
    }
    ColumnScope extended = new ColumnScope(null, List.copyOf(named), java.util.Collections.unmodifiableList(qualifiers));
    var node = new WindowNode(input, functions, withWindowColumns(columns, functions));
    return new Result(node, new ExpressionBinder(bind, extended, null, "SELECT", read));
  }

  private static WindowNode.Function function(ExpressionBinder source, WindowExpr w) {
    FunctionCall call = w.call();
    String name = call.name().toUpperCase(Locale.ROOT);
    List<BoundExpr> partition = w.partitionBy().stream().map(source::value).toList();
    partition.forEach(p -> VectorRules.checkSortable(p.type()));
    partition.forEach(p -> XmlComparability.checkSortable(p.type()));
    List<WindowNode.OrderKey> order =
        w.orderBy().stream().map(o -> new WindowNode.OrderKey(source.value(o.expr()), o.descending())).toList();
    partition.forEach(JsonOperands::checkSortKey);
    order.forEach(k -> JsonOperands.checkSortKey(k.expr()));
    order.forEach(k -> XmlComparability.checkSortable(k.expr().type()));
    if (call.distinct()) {
      throw SqlErrors.DISTINCT_WITH_OVER.raise();
    }
    if (name.equals("PERCENTILE_CONT") || name.equals("PERCENTILE_DISC")) {
      return PercentileBinder.bind(source, w, WindowNode.Kind.valueOf(name), partition);
    }
    if (call.args().size() == 1 && call.args().getFirst() instanceof dev.quern.engine.ast.NextValueExpr next) {
      return nextValue(source, w, next, order);
    }
    WindowNode.Kind kind =
        switch (name) {
          case "ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE",
              "PERCENT_RANK", "CUME_DIST" ->
              WindowNode.Kind.valueOf(name);
          case "COUNT", "COUNT_BIG", "SUM", "AVG", "MIN", "MAX", "VAR", "VARP", "STDEV", "STDEVP", "CHECKSUM_AGG" ->
              WindowNode.Kind.AGGREGATE;
          default -> throw SqlErrors.OPTION_NOT_SUPPORTED.raise(name + " OVER");
        };
    if (!w.withinGroup().isEmpty()) {
      throw SqlErrors.WITHIN_GROUP_NOT_ALLOWED.raise(name.toLowerCase(Locale.ROOT));
    }
    WindowFrame frame = w.frame();
    boolean named = w.inherited() != null;
    if (frame != null) {
      boolean noFrame = switch (kind) {
        case ROW_NUMBER, RANK, DENSE_RANK, NTILE, PERCENT_RANK, CUME_DIST, LAG, LEAD -> true;
        default -> false;
      };
      if (noFrame && named && w.inherited().frame()) {
        throw SqlErrors.NAMED_WINDOW_FRAME.raise(call.name());
      }
      switch (kind) {
        case ROW_NUMBER, RANK, DENSE_RANK, NTILE, PERCENT_RANK, CUME_DIST -> throw SqlErrors.NO_WINDOW_FRAME.raise(call.name());
        case LAG, LEAD -> throw SqlErrors.NO_WINDOW_FRAME_OFFSET.raise(call.name());
        default -> {}
      }
    }
    if (kind != WindowNode.Kind.AGGREGATE && order.isEmpty()) {
      throw (named ? SqlErrors.NAMED_WINDOW_NEEDS_ORDER : SqlErrors.WINDOW_NEEDS_ORDER).raise(name);
    }
    if (frame != null && order.isEmpty()) {
      throw (named ? SqlErrors.NAMED_WINDOW_FRAME_NEEDS_ORDER : SqlErrors.WINDOW_FRAME_NEEDS_ORDER).raise();
    }
    List<BoundExpr> args = new ArrayList<>();
    for (Expr a : call.args()) {
      args.add(source.value(a));
    }
    switch (kind) {
      case ROW_NUMBER, RANK, DENSE_RANK -> {
        arity(name, args, 0, 0);
        return new WindowNode.Function(kind, args, null, partition, order, null, SqlTypes.BIGINT, w.toSql());
      }
      case PERCENT_RANK, CUME_DIST -> {
        arity(name, args, 0, 0);
        return new WindowNode.Function(kind, args, null, partition, order, null, SqlTypes.FLOAT, w.toSql());
      }
      case NTILE -> {
        arity(name, args, 1, 1);
        return new WindowNode.Function(kind, args, null, partition, order, null, SqlTypes.BIGINT, w.toSql());
      }
      case FIRST_VALUE, LAST_VALUE -> {
        arity(name, args, 1, 1);
        return new WindowNode.Function(kind, args, null, partition, order, frame, args.getFirst().type(), w.toSql());
      }
      case LAG, LEAD -> {
        arity(name, args, 1, 3);
        SqlType type = args.getFirst().type();
        if (args.size() == 3) {
          args.set(2, source.implicit(args.get(2), type));
        }
        return new WindowNode.Function(kind, args, null, partition, order, null, type, w.toSql());
      }
      default -> {
        AggregateCall.Kind agg = AggregateCall.Kind.valueOf(name);
        BoundExpr arg = null;
        if (!call.star()) {
          arity(name, args, 1, 1);
          arg = args.getFirst();
        } else if (agg != AggregateCall.Kind.COUNT && agg != AggregateCall.Kind.COUNT_BIG) {
          throw SqlErrors.SYNTAX_NEAR.raise("*");
        }
        SqlType type = AggregateBinder.resultType(agg, arg);
        AggregateCall aggregate = new AggregateCall(agg, arg, false, type);
        return new WindowNode.Function(kind, List.of(), aggregate, partition, order, frame, type, w.toSql());
      }
    }
  }

  /**
   * {@code NEXT VALUE FOR s OVER (ORDER BY …)}: the sequence's values handed to the rows in that
   * order. No PARTITION BY (11716), no frame (11737), and an ORDER BY (11718 for an empty OVER).
   */
  private static WindowNode.Function nextValue(
      ExpressionBinder source, WindowExpr w, dev.quern.engine.ast.NextValueExpr next, List<WindowNode.OrderKey> order) {
    if (!w.partitionBy().isEmpty()) {
      throw SqlErrors.NEXT_VALUE_PARTITION.raise();
    }
    if (w.frame() != null) {
      throw SqlErrors.NEXT_VALUE_FRAME.raise();
    }
    if (order.isEmpty()) {
      throw (w.inherited() != null ? SqlErrors.NEXT_VALUE_NEEDS_ORDER : SqlErrors.NEXT_VALUE_EMPTY_OVER).raise();
    }
    BoundExpr value = source.value(next);
    return new WindowNode.Function(
        WindowNode.Kind.NEXT_VALUE, List.of(value), null, List.of(), order, null, value.type(), w.toSql());
  }

  static void arity(String name, List<BoundExpr> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(name.toLowerCase(Locale.ROOT), max);
    }
  }

  /** The window functions in {@code e} (not inside subqueries, which bind their own). */
  private static void collect(Expr e, Consumer<WindowExpr> found) {
    if (e == null) {
      return;
    }
    Consumer<Expr> next = x -> collect(x, found);
    switch (e) {
      case WindowExpr w -> found.accept(w);
      case FunctionCall f -> f.args().forEach(next);
      case dev.quern.engine.ast.JsonConstructor j -> j.args().forEach(next);
      case ParenExpr p -> next.accept(p.inner());
      case dev.quern.engine.ast.CollateExpr c -> next.accept(c.operand());
      case dev.quern.engine.ast.AtTimeZoneExpr a -> {
        next.accept(a.operand());
        next.accept(a.zone());
      }
      case dev.quern.engine.ast.MethodCall x -> {
        next.accept(x.target());
        x.args().forEach(next);
      }
      case dev.quern.engine.ast.StaticMethodCall s -> s.args().forEach(next);
      case dev.quern.engine.ast.PropertyRef p -> next.accept(p.target());
      case UnaryExpr u -> next.accept(u.operand());
      case BinaryExpr b -> {
        next.accept(b.left());
        next.accept(b.right());
      }
      case ComparisonExpr c -> {
        next.accept(c.left());
        next.accept(c.right());
      }
      case NotExpr n -> next.accept(n.operand());
      case LogicalExpr l -> {
        next.accept(l.left());
        next.accept(l.right());
      }
      case BetweenExpr b -> {
        next.accept(b.operand());
        next.accept(b.low());
        next.accept(b.high());
      }
      case InListExpr i -> {
        next.accept(i.operand());
        i.items().forEach(next);
      }
      case LikeExpr l -> {
        next.accept(l.operand());
        next.accept(l.pattern());
      }
      case IsNullExpr i -> next.accept(i.operand());
      case CaseExpr c -> {
        next.accept(c.operand());
        next.accept(c.elseResult());
        c.whens().forEach(w -> {
          next.accept(w.condition());
          next.accept(w.result());
        });
      }
      case CastExpr c -> next.accept(c.operand());
      default -> {}
    }
  }
}
