package dev.quern.engine.ast;

/** {@code CONTINUE}. */
public record ContinueStatement(int line) implements Statement {
  @Override
  public String toSql() {
    return "CONTINUE";
  }
}
