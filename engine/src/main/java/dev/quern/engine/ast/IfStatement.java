package dev.quern.engine.ast;

/** {@code IF condition statement [ELSE statement]}. */
public record IfStatement(int line, Expr condition, Statement then, Statement otherwise)
    implements Statement {
  @Override
  public String toSql() {
    return "IF "
        + condition.toSql()
        + " "
        + then.toSql()
        + (otherwise == null ? "" : " ELSE " + otherwise.toSql());
  }
}
