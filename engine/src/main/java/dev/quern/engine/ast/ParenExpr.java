package dev.quern.engine.ast;

/** An expression in parentheses (kept so printing preserves the grouping). */
public record ParenExpr(Expr inner) implements Expr {
  @Override
  public String toSql() {
    return "(" + inner.toSql() + ")";
  }
}
