package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.QueryPlan;

/**
 * {@code x op ALL (subquery)} and {@code x op ANY (subquery)} with three-valued logic: ANY is
 * TRUE on the first TRUE comparison, ALL is FALSE on the first FALSE; a NULL on either side makes
 * an otherwise undecided result UNKNOWN; ALL over no rows is TRUE, ANY over no rows FALSE. An
 * uncorrelated subquery runs once per execution of the operators evaluating it ({@link
 * EvalContext#onceValues}): its values are kept and each row compares with them, an {@code IN}
 * finding its value by hash (numbers, dates) or by binary search (strings of one type).
 */
public final class QuantifiedPredicate extends Predicate implements dev.quern.engine.plan.SubqueryPlan {
  private final String op;
  private final boolean all;
  private final BoundExpr left;
  private final QueryPlan plan;
  private final SqlType rightType;
  private final String sql;
  private final boolean uncorrelated;
  /** How an IN's two sides hash alike (null: they do not, or this is no IN). */
  private final HashJoinNode.KeyKind inKind;

  public QuantifiedPredicate(String op, boolean all, BoundExpr left, QueryPlan plan, String sql, boolean uncorrelated) {
    this.op = op;
    this.all = all;
    this.left = left;
    this.plan = plan;
    this.rightType = plan.columns().getFirst().type();
    this.sql = sql;
    this.uncorrelated = uncorrelated;
    HashJoinNode.KeyKind kind = op.equals("=") && !all ? HashJoinNode.KeyKind.of(left.type().id(), rightType.id()) : null;
    this.inKind = kind == HashJoinNode.KeyKind.STRING ? null : kind;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object x = left.eval(ctx);
    if (uncorrelated && ctx.onceValues != null) {
      Values values = (Values) ctx.onceValues.computeIfAbsent(this, e -> values(ctx));
      if (values.sorted() || values.hashed() != null) {
        return contains(x, values);
      }
      return over(x, each(values.rows()));
    }
    return over(x, SubqueryExpr.open(plan, ctx)::next);
  }

  /**
   * The subquery's values, in the order it returned them, with a faster way to find one for IN
   * where the types allow: {@code hashed} (numbers, dates, uniqueidentifier, bit: each value by its
   * hash key) or {@code sorted} (the rows sorted by the one type both sides share).
   */
  private record Values(
      java.util.List<Object[]> rows, java.util.Map<Object, Object> hashed, boolean sorted, boolean anyNull) {}

  private Values values(EvalContext ctx) {
    Operator rows = SubqueryExpr.open(plan, ctx);
    java.util.List<Object[]> all = new java.util.ArrayList<>();
    boolean anyNull = false;
    for (Object[] row; (row = rows.next()) != null; ) {
      all.add(row);
      anyNull |= row[0] == null;
    }
    if (!op.equals("=") || this.all || anyNull) {
      return new Values(all, null, false, anyNull);
    }
    if (inKind != null) {
      java.util.Map<Object, Object> hashed = new java.util.HashMap<>();
      for (Object[] row : all) {
        hashed.putIfAbsent(HashKeys.normalize(row[0], inKind), row[0]);
      }
      return new Values(all, hashed, false, false);
    }
    // Strings of one type: a value sorted by that type's comparison (its collation) is found by search.
    boolean sorted = left.type().equals(rightType);
    if (sorted) {
      all.sort((a, b) -> compare(a[0], b[0]));
    }
    return new Values(all, null, sorted, false);
  }

  /** {@code x IN (values)} over non-NULL values: TRUE when found, UNKNOWN for a NULL x, else FALSE. */
  private Object contains(Object x, Values values) {
    if (x == null) {
      return values.rows().isEmpty() ? Boolean.FALSE : null;
    }
    if (values.hashed() != null) {
      Object y = values.hashed().get(HashKeys.normalize(x, inKind));
      if (y == null) {
        return Boolean.FALSE;
      }
      // The hash key is never finer than =; where it could be coarser, the comparison decides.
      if (compare(x, y) == 0) {
        return Boolean.TRUE;
      }
      return over(x, each(values.rows()));
    }
    int low = 0;
    int high = values.rows().size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(values.rows().get(mid)[0], x);
      if (c == 0) {
        return Boolean.TRUE;
      }
      if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Boolean.FALSE;
  }

  /** The kept rows one by one, then null. */
  private static java.util.function.Supplier<Object[]> each(java.util.List<Object[]> rows) {
    java.util.Iterator<Object[]> it = rows.iterator();
    return () -> it.hasNext() ? it.next() : null;
  }

  /** The predicate over the rows {@code next} returns (null after the last). */
  private Object over(Object x, java.util.function.Supplier<Object[]> next) {
    boolean unknown = false;
    for (Object[] row; (row = next.get()) != null; ) {
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

  @Override
  public boolean uncorrelated() {
    return uncorrelated;
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
