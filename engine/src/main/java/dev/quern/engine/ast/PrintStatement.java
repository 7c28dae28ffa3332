package dev.quern.engine.ast;

/** {@code PRINT expr}. */
public record PrintStatement(int line, Expr value) implements Statement {
  @Override
  public String toSql() {
    return "PRINT " + value.toSql();
  }
}
