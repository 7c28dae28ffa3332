package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * In a correlated subquery, a column of an enclosing query's current row: {@code depth} 1 is the
 * query the subquery sits in, 2 the one around that, and so on; {@code index} is the column's
 * position in that query's row. Each subquery run gets an {@link EvalContext} whose {@code outer}
 * is the context it was evaluated in, so the value is read from there.
 */
public final class OuterColumnExpr extends BoundExpr {
  private final int depth;
  private final int index;
  private final String name;
  private final SqlType type;
  private final boolean nullable;

  public OuterColumnExpr(int depth, int index, String name, SqlType type, boolean nullable) {
    this.depth = depth;
    this.index = index;
    this.name = name;
    this.type = type;
    this.nullable = nullable;
  }

  /** 1 for the query the subquery sits in, 2 for the one around that, and so on. */
  public int depth() {
    return depth;
  }

  /** The column's position in that query's row. */
  public int index() {
    return index;
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
    EvalContext c = ctx;
    for (int i = 0; i < depth; i++) {
      c = c.outer;
    }
    return c.row[index];
  }

  /** It reads no column of the row its own query is on. */
  @Override
  public List<BoundExpr> operands() {
    return List.of();
  }

  @Override
  public String toSql() {
    return name;
  }
}
