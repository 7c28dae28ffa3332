package dev.quern.engine.ast;

/** {@code x IS [NOT] NULL}. */
public record IsNullExpr(Expr operand, boolean not) implements Expr {
  @Override
  public String toSql() {
    return operand.toSql() + (not ? " IS NOT NULL" : " IS NULL");
  }
}
