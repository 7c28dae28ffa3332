package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.WindowExpr;
import dev.quern.engine.error.FunctionErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.WindowNode;
import java.util.List;
import java.util.Locale;

/**
 * {@code PERCENTILE_CONT|PERCENTILE_DISC (p) WITHIN GROUP (ORDER BY key [ASC|DESC]) OVER ([PARTITION
 * BY …])}: the window is ordered by the WITHIN GROUP key, never by OVER's ORDER BY, and has no
 * frame. Checked in SQL Server's order: WITHIN GROUP (10754), OVER's ORDER BY (10758), a frame
 * (10752), one key (10751), one argument (174), and for CONT a numeric key (402).
 */
final class PercentileBinder {
  private PercentileBinder() {}

  static WindowNode.Function bind(
      ExpressionBinder source, WindowExpr w, WindowNode.Kind kind, List<BoundExpr> partition) {
    String name = w.call().name().toLowerCase(Locale.ROOT);
    if (w.withinGroup().isEmpty()) {
      throw FunctionErrors.MUST_HAVE_WITHIN_GROUP.raise(name);
    }
    boolean named = w.inherited() != null;
    if (!w.orderBy().isEmpty()) {
      throw (named ? SqlErrors.NAMED_WINDOW_NO_ORDER : FunctionErrors.NO_ORDER_BY_IN_OVER).raise(name);
    }
    if (w.frame() != null) {
      throw (named && w.inherited().frame() ? SqlErrors.NAMED_WINDOW_FRAME : SqlErrors.NO_WINDOW_FRAME_OFFSET).raise(name);
    }
    if (w.withinGroup().size() != 1) {
      throw FunctionErrors.WITHIN_GROUP_ONE_KEY.raise(name);
    }
    if (w.call().args().size() != 1 || w.call().star()) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(name, 1);
    }
    if (w.call().distinct()) {
      throw SqlErrors.DISTINCT_WITH_OVER.raise();
    }
    BoundExpr fraction = source.value(w.call().args().getFirst());
    QuerySpec.OrderItem item = w.withinGroup().getFirst();
    BoundExpr key = source.value(item.expr());
    SqlType type = key.type();
    if (kind == WindowNode.Kind.PERCENTILE_CONT) {
      if (!SqlTypes.isNumeric(type.id())) {
        throw FunctionErrors.PERCENTILE_CONT_TYPE.raise(SqlTypes.name(type.id()));
      }
      type = SqlTypes.FLOAT;
    }
    List<WindowNode.OrderKey> order = List.of(new WindowNode.OrderKey(key, item.descending()));
    return new WindowNode.Function(kind, List.of(fraction), null, partition, order, null, type, w.toSql());
  }
}
