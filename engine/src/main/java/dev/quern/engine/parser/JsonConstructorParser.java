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

  /**
   * SQL Server 2025's {@code JSON_OBJECTAGG(key:value [json_null_clause] [RETURNING json])} and
   * {@code JSON_ARRAYAGG(value [ORDER BY …] [json_null_clause] [RETURNING json])}, as the aggregate
   * call written {@code name(args…, absent) WITHIN GROUP (ORDER BY …)}: the arguments are the key
   * (objects), the value and the NULL clause as a bit (1: ABSENT ON NULL), defaulting to NULL ON
   * NULL for objects and ABSENT ON NULL for arrays. RETURNING json is taken and the result stays
   * nvarchar(max), which is how SQL Server sends json to clients without the json type.
   */
  Expr aggregate(boolean object, SelectParser select) {
    in.expectSymbol("(");
    List<Expr> args = new ArrayList<>();
    args.add(expr.parse());
    if (object) {
      in.expectSymbol(":");
      args.add(expr.parse());
    }
    List<dev.quern.engine.ast.QuerySpec.OrderItem> order = List.of();
    if (!object && in.at("ORDER") && in.peek(1).is("BY")) {
      in.next();
      in.next();
      order = select.orderItems();
    }
    Boolean absent = nullClause();
    if (in.accept("RETURNING")) {
      in.expect("JSON");
    }
    in.expectSymbol(")");
    boolean absentOnNull = absent != null ? absent : !object;
    args.add(new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NUMBER, absentOnNull ? "1" : "0"));
    var call = dev.quern.engine.ast.FunctionCall.of(object ? "JSON_OBJECTAGG" : "JSON_ARRAYAGG", args);
    return new dev.quern.engine.ast.WithinGroupExpr(call, order);
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
