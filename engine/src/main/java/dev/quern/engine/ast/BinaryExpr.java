package dev.quern.engine.ast;

/**
 * An arithmetic, concatenation or bitwise operation: {@code * / % + - & ^ |}, or SQL Server 2025's
 * ANSI concatenation {@code ||} ({@link #PIPES}).
 */
public record BinaryExpr(char op, Expr left, Expr right) implements Expr {
  /** The operator character that stands for {@code ||} (one character, as the others are). */
  public static final char PIPES = '\u2016';

  @Override
  public String toSql() {
    return left.toSql() + " " + (op == PIPES ? "||" : String.valueOf(op)) + " " + right.toSql();
  }
}
