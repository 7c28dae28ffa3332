package dev.quern.engine.ast;

/**
 * {@code x op ALL|ANY|SOME (SELECT …)}, and {@code x [NOT] IN (SELECT …)} as {@code = ANY}
 * ({@code in} keeps how it was written, for printing).
 */
public record QuantifiedExpr(String op, boolean all, Expr left, QuerySpec query, boolean in, boolean not)
    implements Expr {
  @Override
  public String toSql() {
    if (in) {
      return left.toSql() + (not ? " NOT IN (" : " IN (") + query.toSql() + ")";
    }
    return left.toSql() + " " + op + (all ? " ALL (" : " ANY (") + query.toSql() + ")";
  }
}
