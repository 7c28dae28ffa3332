package dev.quern.engine.binder;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.SubqueryExpr;
import java.util.Locale;
import java.util.Set;

/**
 * Which function arguments are JSON text already: SQL Server decides by where the text comes from
 * (a JSON function or a FOR JSON subquery), never by looking at it, so JSON-looking strings stay
 * strings. Read from the call as written, since a constant JSON_QUERY folds to a plain string.
 */
final class JsonArguments {
  private static final Set<String> JSON_FUNCTIONS = Set.of("JSON_QUERY", "JSON_MODIFY", "JSON_OBJECT", "JSON_ARRAY");

  private static final Set<String> JSON_AGGREGATES = Set.of("JSON_ARRAYAGG", "JSON_OBJECTAGG");

  private JsonArguments() {}

  static boolean isJsonText(Expr e) {
    return switch (e) {
      case ParenExpr p -> isJsonText(p.inner());
      case SubqueryExpr s -> s.forClause() instanceof dev.quern.engine.ast.ForJson;
      case dev.quern.engine.ast.JsonConstructor j -> true;
      case dev.quern.engine.ast.WithinGroupExpr w -> JSON_AGGREGATES.contains(w.call().name().toUpperCase(Locale.ROOT));
      case FunctionCall f -> f.parens() && JSON_FUNCTIONS.contains(f.name().toUpperCase(Locale.ROOT));
      default -> false;
    };
  }
}
