package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.error.FunctionErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.AggregateCall;
import java.util.List;
import java.util.Locale;

/**
 * {@code APPROX_PERCENTILE_CONT|APPROX_PERCENTILE_DISC (p) WITHIN GROUP (ORDER BY key [ASC|DESC])}
 * (SQL Server 2022): aggregates, so they need no OVER. SQL Server answers from a KLL sketch within
 * a rank error of 1.33%; Quern answers exactly (as PERCENTILE_CONT/DISC would over the group),
 * which keeps that promise. CONT returns float, DISC the key's type; the key must be numeric
 * for both. Checked as the window forms are: WITHIN GROUP (10754), one key (10751), one
 * argument (174), a numeric key (402).
 */
final class ApproxPercentiles {
  private ApproxPercentiles() {}

  static AggregateCall bind(
      ExpressionBinder source, AggregateCall.Kind kind, FunctionCall f, List<QuerySpec.OrderItem> within) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    if (within.isEmpty()) {
      throw FunctionErrors.MUST_HAVE_WITHIN_GROUP.raise(name);
    }
    if (within.size() != 1) {
      throw FunctionErrors.WITHIN_GROUP_ONE_KEY.raise(name);
    }
    if (f.args().size() != 1 || f.star()) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(name, 1);
    }
    if (f.distinct()) {
      throw SqlErrors.SYNTAX_NEAR.raise("DISTINCT");
    }
    BoundExpr fraction = source.value(f.args().getFirst());
    QuerySpec.OrderItem item = within.getFirst();
    BoundExpr key = source.value(item.expr());
    SqlType keyType = key.type();
    if (!SqlTypes.isNumeric(keyType.id())) {
      throw FunctionErrors.PERCENTILE_KEY_TYPE.raise(SqlTypes.name(keyType.id()), name);
    }
    SqlType type = kind == AggregateCall.Kind.APPROX_PERCENTILE_CONT ? SqlTypes.FLOAT : keyType;
    List<AggregateCall.OrderKey> order = List.of(new AggregateCall.OrderKey(key, item.descending()));
    return new AggregateCall(kind, key, false, type, fraction, order);
  }
}
