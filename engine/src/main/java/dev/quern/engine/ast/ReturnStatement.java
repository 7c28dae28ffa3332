package dev.quern.engine.ast;

/** {@code RETURN [expr]}. */
public record ReturnStatement(int line, Expr value) implements Statement {
  @Override
  public String toSql() {
    return value == null ? "RETURN" : "RETURN " + value.toSql();
  }
}
