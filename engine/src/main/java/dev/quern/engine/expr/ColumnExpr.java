package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;

/** A column of the current row, by position. */
public final class ColumnExpr extends BoundExpr {
  private final int index;
  private final String name;
  private final SqlType type;
  private final boolean nullable;

  public ColumnExpr(int index, String name, SqlType type, boolean nullable) {
    this.index = index;
    this.name = name;
    this.type = type;
    this.nullable = nullable;
  }

  public int index() {
    return index;
  }

  public String name() {
    return name;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return ctx.row[index];
  }

  @Override
  public String toSql() {
    return dev.quern.engine.ast.Names.quote(name);
  }
}
