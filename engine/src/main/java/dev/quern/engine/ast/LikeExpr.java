package dev.quern.engine.ast;

/** {@code x [NOT] LIKE pattern [ESCAPE e]}. */
public record LikeExpr(Expr operand, Expr pattern, Expr escape, boolean not) implements Expr {
  @Override
  public String toSql() {
    return operand.toSql()
        + (not ? " NOT" : "")
        + " LIKE "
        + pattern.toSql()
        + (escape == null ? "" : " ESCAPE " + escape.toSql());
  }
}
