package dev.quern.engine.binder;

import dev.quern.engine.ast.JsonConstructor;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.FunctionExpr;
import dev.quern.engine.func.JsonConstructors;
import dev.quern.engine.func.ScalarFunction;
import java.util.List;

/** Binds JSON_OBJECT and JSON_ARRAY to a call of {@link JsonConstructors}' function for their NULL rule. */
final class JsonConstructorBinder {
  private JsonConstructorBinder() {}

  static BoundExpr bind(JsonConstructor j, ExpressionBinder exprs) {
    List<BoundExpr> args = j.args().stream().map(exprs::value).toList();
    ScalarFunction fn = j.object() ? JsonConstructors.object(j.dropsNulls()) : JsonConstructors.array(j.dropsNulls());
    for (int i = 0; i < args.size(); i++) {
      if (JsonArguments.isJsonText(j.args().get(i)) || JsonOperands.isJson(args.get(i).type())) {
        fn = fn.withJsonArgument(i);
      }
    }
    return new FunctionExpr(fn, args, fn.returnType(args.stream().map(BoundExpr::type).toList()), true, j.toSql());
  }
}
