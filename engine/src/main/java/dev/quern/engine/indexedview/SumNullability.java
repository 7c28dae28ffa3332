package dev.quern.engine.indexedview;

import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.UnaryExpr;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.QueryBinder;
import java.util.List;

/**
 * Whether a SUM's argument can be NULL, for 8662: SQL Server's nullability of an expression, where
 * ISNULL(x, y) is not null when y is not, COALESCE when one argument is not, arithmetic and CAST when
 * their operands are not, and a column as its table declares it (bound in the view's FROM).
 */
final class SumNullability {
  private final BindContext bind;
  private final QuerySpec view;

  SumNullability(BindContext bind, QuerySpec view) {
    this.bind = bind;
    this.view = view;
  }

  boolean nullable(Expr e) {
    return switch (e) {
      case Literal l -> l.kind() == Literal.Kind.NULL;
      case ParenExpr p -> nullable(p.inner());
      case UnaryExpr u -> nullable(u.operand());
      case BinaryExpr b -> nullable(b.left()) || nullable(b.right());
      case CastExpr c when !c.isTry() -> nullable(c.operand());
      case FunctionCall f when IndexedViewShape.upper(f.name()).equals("ISNULL") && f.args().size() == 2 ->
          nullable(f.args().get(0)) && nullable(f.args().get(1));
      case FunctionCall f when IndexedViewShape.upper(f.name()).equals("COALESCE") -> f.args().stream().allMatch(this::nullable);
      default -> bound(e);
    };
  }

  /** As the binder types {@code e} over the view's tables. */
  private boolean bound(Expr e) {
    QuerySpec probe = new QuerySpec(false, null, List.of(new SelectItem.Column(e, null)), view.from(), view.where(), List.of(),
        null, List.of(), null, null, List.of());
    return new QueryBinder(bind).bindQuery(probe).plan().columns().getFirst().nullable();
  }
}
