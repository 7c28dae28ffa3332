package dev.quern.engine.ast;

/** {@code GOTO name}: execution goes on after the label {@code name}. */
public record GotoStatement(int line, String label) implements Statement {
  @Override
  public String toSql() {
    return "GOTO " + label;
  }
}
