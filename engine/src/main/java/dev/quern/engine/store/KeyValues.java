package dev.quern.engine.store;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.List;

/** Seek values: evaluated, converted to their key columns' types. */
public final class KeyValues {
  private KeyValues() {}

  /**
   * The values of {@code keys} as values of the index's leading key columns, or null when no row
   * can match (a NULL never equals, a value out of the column type's range equals nothing).
   */
  public static Object[] evaluate(List<BoundExpr> keys, Index index, Table table, EvalContext ctx) {
    Object[] out = new Object[keys.size()];
    for (int i = 0; i < out.length; i++) {
      BoundExpr e = keys.get(i);
      Object v = e.eval(ctx);
      if (v == null) {
        return null;
      }
      var column = table.columnById(index.keys().get(i).columnId());
      try {
        out[i] = e.type().equals(column.type()) ? v : Conversions.convertImplicitly(v, e.type(), column.type());
      } catch (SqlValueException ex) {
        return null;
      }
    }
    return out;
  }
}
