package dev.quern.engine.ast;

/** {@code NOT predicate}. */
public record NotExpr(Expr operand) implements Expr {
  @Override
  public String toSql() {
    return "NOT " + operand.toSql();
  }
}
