package dev.quern.engine.ast;

/** {@code SET @v = expr}, or compound {@code SET @v += expr} ({@code op} is "=", "+=", …). */
public record SetVariableStatement(int line, String variable, String op, Expr value)
    implements Statement {
  @Override
  public String toSql() {
    return "SET " + variable + " " + op + " " + value.toSql();
  }
}
