package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.ast.JsonConstructor;
import dev.quern.engine.expr.ConvertExpr;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.FunctionExpr;
import dev.quern.engine.func.JsonConstructors;
import dev.quern.engine.func.ScalarFunction;
import java.util.List;

/**
 * Binds JSON_OBJECT and JSON_ARRAY to a call of {@link JsonConstructors}' function for their NULL
 * rule; with RETURNING JSON or a json argument the result is SQL Server 2025's json type.
 */
final class JsonConstructorBinder {
  private JsonConstructorBinder() {}

  static BoundExpr bind(JsonConstructor j, ExpressionBinder exprs) {
    List<BoundExpr> args = j.args().stream().map(exprs::value).toList();
    ScalarFunction fn = j.object() ? JsonConstructors.object(j.dropsNulls()) : JsonConstructors.array(j.dropsNulls());
    boolean json = j.returningJson();
    for (int i = 0; i < args.size(); i++) {
      if (JsonArguments.isJsonText(j.args().get(i)) || JsonOperands.isJson(args.get(i).type())) {
        fn = fn.withJsonArgument(i);
      }
      json |= JsonOperands.isJson(args.get(i).type());
    }
    BoundExpr built = new FunctionExpr(fn, args, fn.returnType(args.stream().map(BoundExpr::type).toList()), true, j.toSql());
    // RETURNING JSON, or a json argument, makes the result json: the built text read as a document.
    return json ? new ConvertExpr(built, SqlTypes.JSON, Conversions.NO_STYLE, false, j.toSql()) : built;
  }
}
