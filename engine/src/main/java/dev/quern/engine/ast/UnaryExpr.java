package dev.quern.engine.ast;

/** {@code -x}, {@code +x}, {@code ~x}. */
public record UnaryExpr(char op, Expr operand) implements Expr {
  @Override
  public String toSql() {
    return op + operand.toSql();
  }
}
