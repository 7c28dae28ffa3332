package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * GROUPING(key) and GROUPING_ID(key, …) over a grouped row of grouping sets: read from the row's
 * grouping mask (bit i set when key i is not part of the row's grouping set, i.e. it is a
 * subtotal's NULL). GROUPING is that one bit (tinyint); GROUPING_ID packs the bits of its
 * arguments, the first the most significant (int).
 */
public final class GroupingExpr extends BoundExpr {
  private final ColumnExpr mask;
  private final int[] keys;
  private final boolean id;
  private final String sql;

  public GroupingExpr(ColumnExpr mask, int[] keys, boolean id, String sql) {
    this.mask = mask;
    this.keys = keys.clone();
    this.id = id;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return id ? SqlTypes.INT : SqlTypes.TINYINT;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    long bits = ((Number) mask.eval(ctx)).longValue();
    int value = 0;
    for (int k : keys) {
      value = (value << 1) | (int) ((bits >>> k) & 1);
    }
    return value; // tinyint and int values are both Integers
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(mask);
  }
}
