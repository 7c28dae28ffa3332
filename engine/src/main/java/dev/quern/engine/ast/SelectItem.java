package dev.quern.engine.ast;

/** One item of a select list. */
public sealed interface SelectItem {
  String toSql();

  /** {@code expr [AS alias]}; {@code alias} null when none was written. */
  record Column(Expr expr, String alias) implements SelectItem {
    @Override
    public String toSql() {
      if (alias == null) {
        return expr.toSql();
      }
      // An alias written [@a] (FOR XML PATH's attributes) would read back as a variable unbracketed.
      String quoted = alias.startsWith("@") ? "[" + alias.replace("]", "]]") + "]" : Names.quote(alias);
      return expr.toSql() + " AS " + quoted;
    }
  }

  /** {@code *} or {@code t.*}. */
  record Star(String qualifier) implements SelectItem {
    @Override
    public String toSql() {
      return qualifier == null ? "*" : Names.quote(qualifier) + ".*";
    }
  }

  /** {@code @v = expr} (or a compound {@code @v += expr}): assigns instead of returning. */
  record Assign(String variable, String op, Expr expr) implements SelectItem {
    @Override
    public String toSql() {
      return variable + " " + op + " " + expr.toSql();
    }
  }
}
