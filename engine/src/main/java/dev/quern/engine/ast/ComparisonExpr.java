package dev.quern.engine.ast;

/** A comparison: {@code = <> != < > <= >= !< !>}, or {@code IS [NOT] DISTINCT FROM}. */
public record ComparisonExpr(String op, Expr left, Expr right) implements Expr {
  @Override
  public String toSql() {
    return left.toSql() + " " + op + " " + right.toSql();
  }
}
