package dev.quern.engine.ast;

/** {@code operand COLLATE collation}; {@code collation} is the name as written. */
public record CollateExpr(Expr operand, String collation) implements Expr {
  @Override
  public String toSql() {
    return operand.toSql() + " COLLATE " + collation;
  }
}
