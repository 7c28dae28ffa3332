package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** {@code STRING_AGG(value, separator) WITHIN GROUP (ORDER BY …)}: the order the values are joined in. */
public record WithinGroupExpr(FunctionCall call, List<QuerySpec.OrderItem> order) implements Expr {
  public WithinGroupExpr {
    order = List.copyOf(order);
  }

  @Override
  public String toSql() {
    return call.toSql() + " WITHIN GROUP (ORDER BY "
        + order.stream().map(QuerySpec.OrderItem::toSql).collect(Collectors.joining(", ")) + ")";
  }
}
