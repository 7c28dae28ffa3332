package dev.quern.engine.ast;

/** {@code WAITFOR DELAY 'hh:mm:ss'} or {@code WAITFOR TIME 'hh:mm:ss'}. */
public record WaitForStatement(int line, boolean delay, Expr value) implements Statement {
  @Override
  public String toSql() {
    return "WAITFOR " + (delay ? "DELAY " : "TIME ") + value.toSql();
  }
}
