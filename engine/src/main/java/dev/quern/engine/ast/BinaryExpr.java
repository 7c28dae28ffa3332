package dev.quern.engine.ast;

/** An arithmetic, concatenation or bitwise operation: {@code * / % + - & ^ |}. */
public record BinaryExpr(char op, Expr left, Expr right) implements Expr {
  @Override
  public String toSql() {
    return left.toSql() + " " + op + " " + right.toSql();
  }
}
