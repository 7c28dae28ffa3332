package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.plan.QueryPlan;

/**
 * {@code x op ALL (subquery)} and {@code x op ANY (subquery)} with three-valued logic: ANY is
 * TRUE on the first TRUE comparison, ALL is FALSE on the first FALSE; a NULL on either side makes
 * an otherwise undecided result UNKNOWN; ALL over no rows is TRUE, ANY over no rows FALSE.
 */
public final class QuantifiedPredicate extends Predicate implements dev.quern.engine.plan.SubqueryPlan {
  private final String op;
  private final boolean all;
  private final BoundExpr left;
  private final QueryPlan plan;
  private final SqlType rightType;
  private final String sql;

  public QuantifiedPredicate(String op, boolean all, BoundExpr left, QueryPlan plan, String sql) {
    this.op = op;
    this.all = all;
    this.left = left;
    this.plan = plan;
    this.rightType = plan.columns().getFirst().type();
    this.sql = sql;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object x = left.eval(ctx);
    Operator rows = SubqueryExpr.open(plan, ctx);
    boolean unknown = false;
    Object[] row;
    while ((row = rows.next()) != null) {
      Object y = row[0];
      if (x == null || y == null) {
        unknown = true;
        continue;
      }
      boolean holds = holds(compare(x, y));
      if (all && !holds) {
        return Boolean.FALSE;
      }
      if (!all && holds) {
        return Boolean.TRUE;
      }
    }
    return unknown ? null : all;
  }

  private int compare(Object x, Object y) {
    try {
      return Comparisons.compare(x, left.type(), y, rightType);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  private boolean holds(int c) {
    return switch (op) {
      case "=" -> c == 0;
      case "<>", "!=" -> c != 0;
      case "<" -> c < 0;
      case ">" -> c > 0;
      case "<=", "!>" -> c <= 0;
      case ">=", "!<" -> c >= 0;
      default -> throw new IllegalStateException(op);
    };
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public QueryPlan plan() {
    return plan;
  }

  @Override
  public boolean semiJoin() {
    return true;
  }
}
