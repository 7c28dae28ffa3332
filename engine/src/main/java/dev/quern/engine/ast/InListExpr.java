package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** {@code x [NOT] IN (a, b, …)}. */
public record InListExpr(Expr operand, List<Expr> items, boolean not) implements Expr {
  @Override
  public String toSql() {
    return operand.toSql()
        + (not ? " NOT" : "")
        + " IN ("
        + items.stream().map(Expr::toSql).collect(Collectors.joining(", "))
        + ")";
  }
}
