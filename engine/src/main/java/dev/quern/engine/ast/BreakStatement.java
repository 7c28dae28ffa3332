package dev.quern.engine.ast;

/** {@code BREAK}. */
public record BreakStatement(int line) implements Statement {
  @Override
  public String toSql() {
    return "BREAK";
  }
}
