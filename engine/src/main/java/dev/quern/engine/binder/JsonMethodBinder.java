package dev.quern.engine.binder;

import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.MethodCall;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.XQueryErrors;
import dev.quern.engine.expr.BoundExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL Server 2025's json {@code modify} method ("json data type", The modify method): {@code UPDATE
 * t SET col.modify('$.path', value)} and {@code SET @j.modify(…)} set the target to the document
 * with the value at the path replaced, as JSON_MODIFY does (the same path grammar and errors); the
 * result stays json. SQL Server updates in place where it can; Quern rewrites the value, which
 * gives the same document. json has no other method (258); modify is a mutator only (8137).
 */
final class JsonMethodBinder {
  private JsonMethodBinder() {}

  static BoundExpr bind(ExpressionBinder binder, MethodCall call) {
    if (!call.method().toLowerCase(Locale.ROOT).equals("modify")) {
      throw SqlErrors.METHOD_ON_NON_XML.raise("json");
    }
    if (!call.mutator()) {
      throw XQueryErrors.NON_MUTATOR_EXPECTED.raise(call.method());
    }
    if (call.args().size() != 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("modify", 2);
    }
    List<dev.quern.engine.ast.Expr> args = new ArrayList<>();
    args.add(call.target());
    args.addAll(call.args());
    return binder.value(FunctionCall.of("JSON_MODIFY", args));
  }
}
