package dev.quern.engine.binder;

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
import dev.quern.engine.ast.UnaryExpr;

/** Finds aggregate calls in an expression tree (not inside subqueries, which aggregate apart). */
final class AggregateFinder {
  private AggregateFinder() {}

  static boolean find(Expr e) {
    if (e == null) {
      return false;
    }
    return switch (e) {
      case FunctionCall f -> FunctionBinder.isAggregate(f) || f.args().stream().anyMatch(AggregateFinder::find);
      case dev.quern.engine.ast.WithinGroupExpr w -> true;
      case dev.quern.engine.ast.JsonConstructor j -> j.args().stream().anyMatch(AggregateFinder::find);
      case ParenExpr p -> find(p.inner());
      case dev.quern.engine.ast.CollateExpr c -> find(c.operand());
      case dev.quern.engine.ast.AtTimeZoneExpr a -> find(a.operand()) || find(a.zone());
      case dev.quern.engine.ast.MethodCall x -> find(x.target()) || x.args().stream().anyMatch(AggregateFinder::find);
      case dev.quern.engine.ast.StaticMethodCall s -> s.args().stream().anyMatch(AggregateFinder::find);
      case dev.quern.engine.ast.PropertyRef p -> find(p.target());
      case UnaryExpr u -> find(u.operand());
      case BinaryExpr b -> find(b.left()) || find(b.right());
      case ComparisonExpr c -> find(c.left()) || find(c.right());
      case NotExpr n -> find(n.operand());
      case LogicalExpr l -> find(l.left()) || find(l.right());
      case BetweenExpr b -> find(b.operand()) || find(b.low()) || find(b.high());
      case InListExpr i -> find(i.operand()) || i.items().stream().anyMatch(AggregateFinder::find);
      case LikeExpr l -> find(l.operand()) || find(l.pattern());
      case IsNullExpr i -> find(i.operand());
      case CaseExpr c ->
          find(c.operand())
              || find(c.elseResult())
              || c.whens().stream().anyMatch(w -> find(w.condition()) || find(w.result()));
      case CastExpr c -> find(c.operand());
      default -> false;
    };
  }
}
