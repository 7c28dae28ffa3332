package dev.quern.engine.ast;

/** {@code RECONFIGURE [WITH OVERRIDE]}: installs the options sp_configure set. */
public record ReconfigureStatement(int line, boolean override) implements Statement {
  @Override
  public String toSql() {
    return override ? "RECONFIGURE WITH OVERRIDE" : "RECONFIGURE";
  }
}
