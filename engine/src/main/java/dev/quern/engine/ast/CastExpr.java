package dev.quern.engine.ast;

/** CAST, CONVERT, TRY_CAST, TRY_CONVERT ({@code style} only with CONVERT). */
public record CastExpr(Expr operand, TypeName type, Expr style, boolean isTry, boolean convert)
    implements Expr {
  @Override
  public String toSql() {
    String prefix = isTry ? "TRY_" : "";
    if (convert) {
      return prefix
          + "CONVERT("
          + type.toSql()
          + ", "
          + operand.toSql()
          + (style == null ? "" : ", " + style.toSql())
          + ")";
    }
    return prefix + "CAST(" + operand.toSql() + " AS " + type.toSql() + ")";
  }
}
