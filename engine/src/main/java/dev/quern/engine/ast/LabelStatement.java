package dev.quern.engine.ast;

/** {@code name:} — a place a GOTO of the same batch or module may jump to; does nothing itself. */
public record LabelStatement(int line, String name) implements Statement {
  @Override
  public String toSql() {
    return name + ":";
  }
}
