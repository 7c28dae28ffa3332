package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.AggregateCall;
import java.util.List;

/**
 * SQL Server 2025's JSON_ARRAYAGG and JSON_OBJECTAGG, as the parser hands them over: the call's
 * arguments are [key,] value, and the NULL rule (1: ABSENT ON NULL); JSON_ARRAYAGG's ORDER BY is
 * the WITHIN GROUP order. The result is nvarchar(max) JSON text.
 */
final class JsonAggregates {
  private JsonAggregates() {}

  static AggregateCall bind(ExpressionBinder source, AggregateCall.Kind kind, FunctionCall f, List<QuerySpec.OrderItem> within) {
    List<Expr> args = f.args();
    boolean object = kind == AggregateCall.Kind.JSON_OBJECTAGG;
    Expr valueAst = args.get(object ? 1 : 0);
    BoundExpr key = object ? source.value(args.get(0)) : null;
    BoundExpr value = source.value(valueAst);
    boolean absent = args.getLast() instanceof dev.quern.engine.ast.Literal l && l.text().equals("1");
    List<AggregateCall.OrderKey> order =
        within.stream().map(o -> new AggregateCall.OrderKey(source.value(o.expr()), o.descending())).toList();
    var shape = new AggregateCall.JsonShape(absent, JsonArguments.isJsonText(valueAst) || JsonOperands.isJson(value.type()));
    return new AggregateCall(kind, value, false, SqlTypes.NVARCHAR_MAX, key, order, shape);
  }
}
