package dev.quern.engine.ast;

/**
 * The DEFAULT keyword as an argument of a user-defined function, {@code dbo.f(1, DEFAULT)}: the
 * parameter takes its declared default (a function's arguments cannot simply be left out).
 */
public record DefaultArgument() implements Expr {
  @Override
  public String toSql() {
    return "DEFAULT";
  }
}
