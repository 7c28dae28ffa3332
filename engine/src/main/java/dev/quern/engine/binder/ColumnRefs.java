package dev.quern.engine.binder;

import dev.quern.engine.ast.BetweenExpr;
import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.CaseExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.InListExpr;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.ast.LikeExpr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.NotExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.UnaryExpr;
import dev.quern.engine.ast.VariableRef;
import java.util.List;

/**
 * The column references of a scalar expression, for telling whether it reads only columns of an
 * enclosing query (a grouping key read whole from a subquery).
 */
final class ColumnRefs {
  private ColumnRefs() {}

  /**
   * Adds {@code e}'s column references to {@code out}; false when {@code e} holds something whose
   * columns are not walked here (a subquery, a window, a method call…), so that nothing is assumed.
   */
  static boolean collect(Expr e, List<ColumnRef> out) {
    if (e == null) {
      return true;
    }
    return switch (e) {
      case ColumnRef c -> out.add(c);
      case Literal l -> true;
      case VariableRef v -> true;
      case FunctionCall f -> !f.star() && all(f.args(), out);
      case ParenExpr p -> collect(p.inner(), out);
      case dev.quern.engine.ast.CollateExpr c -> collect(c.operand(), out);
      case UnaryExpr u -> collect(u.operand(), out);
      case BinaryExpr b -> collect(b.left(), out) && collect(b.right(), out);
      case ComparisonExpr c -> collect(c.left(), out) && collect(c.right(), out);
      case NotExpr n -> collect(n.operand(), out);
      case LogicalExpr l -> collect(l.left(), out) && collect(l.right(), out);
      case BetweenExpr b -> collect(b.operand(), out) && collect(b.low(), out) && collect(b.high(), out);
      case InListExpr i -> collect(i.operand(), out) && all(i.items(), out);
      case LikeExpr l -> collect(l.operand(), out) && collect(l.pattern(), out) && collect(l.escape(), out);
      case IsNullExpr i -> collect(i.operand(), out);
      case CaseExpr c ->
          collect(c.operand(), out) && collect(c.elseResult(), out)
              && c.whens().stream().allMatch(w -> collect(w.condition(), out) && collect(w.result(), out));
      case CastExpr c -> collect(c.operand(), out);
      default -> false;
    };
  }

  private static boolean all(List<Expr> exprs, List<ColumnRef> out) {
    for (Expr x : exprs) {
      if (!collect(x, out)) {
        return false;
      }
    }
    return true;
  }
}
