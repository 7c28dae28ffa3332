package dev.quern.engine.ast;

/**
 * {@code SET @v = expr}, or compound {@code SET @v += expr} ({@code op} is "=", "+=", …); {@code SET
 * @x.modify('…')} is {@code @v = } a mutator {@link MethodCall} on the variable.
 */
public record SetVariableStatement(int line, String variable, String op, Expr value)
    implements Statement {
  @Override
  public String toSql() {
    if (value instanceof MethodCall call && call.mutator()) {
      return "SET " + call.toSql();
    }
    return "SET " + variable + " " + op + " " + value.toSql();
  }
}
