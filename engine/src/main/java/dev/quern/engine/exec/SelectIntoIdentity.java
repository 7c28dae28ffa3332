package dev.quern.engine.exec;

import dev.quern.catalog.meta.Identity;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SELECT IDENTITY(int, 1, 1) AS id, … INTO t}: the select-list item that makes the new
 * table's identity column. The query is bound with that item as its typed NULL (the parser's
 * {@code CAST(NULL AS type)}, which gives the column its type and name); the rows are inserted
 * without it, so the identity counter numbers them in the order the query gives them.
 *
 * @param position the item's place in the select list (and the new table's column)
 * @param query the query to bind, the item replaced by its typed NULL
 * @param seed the first value
 * @param increment the step
 */
record SelectIntoIdentity(int position, QuerySpec query, long seed, long increment) {

  /** The IDENTITY item of {@code q}, if it has one (the first; a second is 2744 later). */
  static SelectIntoIdentity find(QuerySpec q, BindContext bind, SessionState state) {
    List<SelectItem> items = q.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof SelectItem.Column c && c.expr() instanceof FunctionCall f
          && f.name().equals("IDENTITY") && f.parens() && f.args().getFirst() instanceof CastExpr typed) {
        List<SelectItem> replaced = new ArrayList<>(items);
        replaced.set(i, new SelectItem.Column(typed, c.alias()));
        QuerySpec query = new QuerySpec(q.distinct(), q.top(), List.copyOf(replaced), q.from(), q.where(),
            q.groupBy(), q.having(), q.orderBy(), q.offset(), q.fetch(), q.compounds());
        long seed = f.args().size() == 3 ? constant(f.args().get(1), bind, state) : 1;
        long increment = f.args().size() == 3 ? constant(f.args().get(2), bind, state) : 1;
        return new SelectIntoIdentity(i, query, seed, increment);
      }
    }
    return null;
  }

  Identity identity() {
    return new Identity(seed, increment);
  }

  private static long constant(Expr e, BindContext bind, SessionState state) {
    Object v = new DmlBinder(bind, state).constantValue(e, SqlTypes.BIGINT).eval(new EvalContext(new Object[0], state));
    return v == null ? 1 : ((Number) v).longValue();
  }
}
