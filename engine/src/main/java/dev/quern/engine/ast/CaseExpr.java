package dev.quern.engine.ast;

import java.util.List;

/** Simple ({@code operand} set) or searched CASE. */
public record CaseExpr(Expr operand, List<When> whens, Expr elseResult) implements Expr {
  /** One {@code WHEN condition THEN result}. */
  public record When(Expr condition, Expr result) {}

  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder("CASE");
    if (operand != null) {
      sb.append(' ').append(operand.toSql());
    }
    for (When w : whens) {
      sb.append(" WHEN ").append(w.condition().toSql()).append(" THEN ").append(w.result().toSql());
    }
    if (elseResult != null) {
      sb.append(" ELSE ").append(elseResult.toSql());
    }
    return sb.append(" END").toString();
  }
}
