package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.JsonConstructor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code JSON_OBJECT([key:value [, …]] [json_null_clause])} and {@code JSON_ARRAY([value [, …]]
 * [json_null_clause])}, after the name: the key:value pairs are not function arguments, so they
 * get their own grammar.
 */
final class JsonConstructorParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  JsonConstructorParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  JsonConstructor parse(boolean object) {
    in.expectSymbol("(");
    List<Expr> args = new ArrayList<>();
    Boolean absent = nullClause();
    if (absent == null && !in.atSymbol(")")) {
      do {
        args.add(expr.parse());
        if (object) {
          in.expectSymbol(":");
          args.add(expr.parse());
        }
      } while (in.acceptSymbol(","));
      absent = nullClause();
    }
    in.expectSymbol(")");
    return new JsonConstructor(object, List.copyOf(args), absent);
  }

  /** {@code NULL ON NULL} (false), {@code ABSENT ON NULL} (true), or null when neither is here. */
  private Boolean nullClause() {
    if ((in.at("NULL") || in.at("ABSENT")) && in.peek(1).is("ON") && in.peek(2).is("NULL")) {
      boolean absent = in.next().value().equalsIgnoreCase("ABSENT");
      in.next();
      in.next();
      return absent;
    }
    return null;
  }
}
