package dev.quern.engine.expr;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.SqlValueException;
import java.util.List;
import java.util.stream.Collectors;

/** {@code x [NOT] IN (a, b, …)}: TRUE on a match, UNKNOWN if no match but a NULL was seen. */
public final class InListPredicate extends Predicate {
  private final BoundExpr operand;
  private final List<BoundExpr> items;
  private final boolean not;
  private final Collation[] collations;

  public InListPredicate(BoundExpr operand, List<BoundExpr> items, boolean not) {
    this.operand = operand;
    this.items = items;
    this.not = not;
    // x IN (a, b) is x = a OR x = b: each item resolves its collation with the operand.
    this.collations = new Collation[items.size()];
    for (int i = 0; i < items.size(); i++) {
      collations[i] = ExprCollations.forComparison(operand, items.get(i), "equal to");
    }
  }

  public BoundExpr operand() {
    return operand;
  }

  public List<BoundExpr> items() {
    return items;
  }

  public boolean not() {
    return not;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = operand.eval(ctx);
    if (v == null) {
      return null;
    }
    boolean sawNull = false;
    for (int i = 0; i < items.size(); i++) {
      BoundExpr item = items.get(i);
      Object w = item.eval(ctx);
      if (w == null) {
        sawNull = true;
        continue;
      }
      try {
        if (Comparisons.compare(v, operand.type(), w, item.type(), collations[i]) == 0) {
          return !not;
        }
      } catch (SqlValueException e) {
        throw ValueErrors.toSql(e);
      }
    }
    return sawNull ? null : not;
  }

  @Override
  public String toSql() {
    return operand.toSql()
        + (not ? " NOT IN (" : " IN (")
        + items.stream().map(BoundExpr::toSql).collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public boolean isConstant() {
    return operand.isConstant() && items.stream().allMatch(BoundExpr::isConstant);
  }

  @Override
  public List<BoundExpr> operands() {
    List<BoundExpr> all = new java.util.ArrayList<>(items);
    all.add(operand);
    return all;
  }
}
