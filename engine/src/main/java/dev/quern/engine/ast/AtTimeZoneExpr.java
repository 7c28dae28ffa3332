package dev.quern.engine.ast;

/**
 * {@code operand AT TIME ZONE zone} ("AT TIME ZONE (Transact-SQL)"): a date and time taken to, or
 * given the offset of, a Windows time zone named by {@code zone}.
 */
public record AtTimeZoneExpr(Expr operand, Expr zone) implements Expr {
  @Override
  public String toSql() {
    return operand.toSql() + " AT TIME ZONE " + zone.toSql();
  }
}
