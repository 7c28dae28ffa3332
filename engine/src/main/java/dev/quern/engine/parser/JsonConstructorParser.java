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
    boolean returningJson = returning();
    in.expectSymbol(")");
    return new JsonConstructor(object, List.copyOf(args), absent, returningJson);
  }

  /**
   * SQL Server 2025's {@code JSON_OBJECTAGG(key:value [json_null_clause] [RETURNING json])} and
   * {@code JSON_ARRAYAGG(value [ORDER BY …] [json_null_clause] [RETURNING json])}, as the aggregate
   * call written {@code name(args…, absent) WITHIN GROUP (ORDER BY …)}: the arguments are the key
   * (objects), the value and the NULL clause as a bit (1: ABSENT ON NULL), defaulting to NULL ON
   * NULL for objects and ABSENT ON NULL for arrays. RETURNING json makes the result json (not under
   * OVER, where SQL Server keeps nvarchar(max)).
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
    boolean returningJson = returning();
    in.expectSymbol(")");
    boolean absentOnNull = absent != null ? absent : !object;
    args.add(new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NUMBER, absentOnNull ? "1" : "0"));
    var call = dev.quern.engine.ast.FunctionCall.of(object ? "JSON_OBJECTAGG" : "JSON_ARRAYAGG", args);
    Expr aggregate = new dev.quern.engine.ast.WithinGroupExpr(call, order);
    // RETURNING json makes the aggregate json; under OVER it stays nvarchar(max), as in SQL Server.
    return returningJson && !in.at("OVER") ? asJson(aggregate) : aggregate;
  }

  /** {@code RETURNING json} (json(n) and json(max) are taken too); whether it was written. */
  private boolean returning() {
    if (!in.accept("RETURNING")) {
      return false;
    }
    in.expect("JSON");
    if (in.acceptSymbol("(")) {
      in.next();
      in.expectSymbol(")");
    }
    return true;
  }

  private static Expr asJson(Expr e) {
    return new dev.quern.engine.ast.CastExpr(
        e, new dev.quern.engine.ast.TypeName("json", List.of()), null, false, false);
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
