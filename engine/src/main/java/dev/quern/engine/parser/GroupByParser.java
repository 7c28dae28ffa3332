package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import java.util.ArrayList;
import java.util.List;

/**
 * A GROUP BY list with SQL Server's grouping-set forms:
 *
 * <pre>
 * element: expr | ROLLUP (item, …) | CUBE (item, …) | GROUPING SETS (set, …) | ()
 * item:    expr | (expr, …)                  -- a composite element, rolled up as one
 * set:     item | () | ROLLUP (…) | CUBE (…)
 * legacy:  GROUP BY expr, … WITH ROLLUP | WITH CUBE
 * </pre>
 *
 * The AST keeps {@code QuerySpec.groupBy} a list of expressions: ROLLUP, CUBE and GROUPING SETS
 * come as calls of those names ({@code GROUPING SETS} with its space, which no function name can
 * have), a composite element or {@code ()} as a call with an empty name; they print back as
 * written. {@code binder.GroupingSets} reads them.
 */
final class GroupByParser {
  static final String ROLLUP = "ROLLUP";
  static final String CUBE = "CUBE";
  static final String GROUPING_SETS = "GROUPING SETS";

  private final TokenStream in;
  private final ExpressionParser expr;

  GroupByParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** The elements after GROUP BY (and a trailing WITH ROLLUP / WITH CUBE). */
  List<Expr> elements() {
    List<Expr> elements = new ArrayList<>();
    do {
      elements.add(element());
    } while (in.acceptSymbol(","));
    if (in.at("WITH") && (in.peek(1).is("ROLLUP") || in.peek(1).is("CUBE"))) {
      in.next();
      String kind = in.next().upper();
      if (elements.stream().anyMatch(e -> e instanceof FunctionCall f && f.parens()
          && (f.name().isEmpty() || f.name().equals(ROLLUP) || f.name().equals(CUBE) || f.name().equals(GROUPING_SETS)))) {
        throw dev.quern.engine.error.SqlErrors.LEGACY_ROLLUP_WITH_SETS.raise();
      }
      return List.of(FunctionCall.of(kind, List.copyOf(elements)));
    }
    return List.copyOf(elements);
  }

  private Expr element() {
    if (in.at("ROLLUP") && in.peek(1).isSymbol("(") || in.at("CUBE") && in.peek(1).isSymbol("(")) {
      String kind = in.next().upper();
      return FunctionCall.of(kind, parenthesized(this::item));
    }
    if (in.at("GROUPING") && in.peek(1).is("SETS")) {
      in.next();
      in.next();
      return FunctionCall.of(GROUPING_SETS, parenthesized(this::set));
    }
    if (in.atSymbol("(") && in.peek(1).isSymbol(")")) {
      in.next();
      in.next();
      return FunctionCall.of("", List.of());
    }
    return expr.parse();
  }

  private Expr set() {
    if (in.atSymbol("(") && in.peek(1).isSymbol(")")) {
      in.next();
      in.next();
      return FunctionCall.of("", List.of());
    }
    if (in.at("ROLLUP") && in.peek(1).isSymbol("(") || in.at("CUBE") && in.peek(1).isSymbol("(")) {
      String kind = in.next().upper();
      return FunctionCall.of(kind, parenthesized(this::item));
    }
    return item();
  }

  /** An expression, or a parenthesized list of two or more: a composite element. */
  private Expr item() {
    if (!compositeAhead()) {
      return expr.parse();
    }
    return FunctionCall.of("", parenthesized(expr::parse));
  }

  /** Whether a "(" opens a list with a comma at its own level before its ")": "(a, b)". */
  private boolean compositeAhead() {
    if (!in.atSymbol("(")) {
      return false;
    }
    int depth = 0;
    for (int k = 0; ; k++) {
      dev.quern.engine.lexer.Token t = in.peek(k);
      if (t.type() == dev.quern.engine.lexer.TokenType.EOF) {
        return false;
      }
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        if (--depth == 0) {
          return false;
        }
      } else if (t.isSymbol(",") && depth == 1) {
        return true;
      }
    }
  }

  private interface ItemParser {
    Expr parse();
  }

  private List<Expr> parenthesized(ItemParser item) {
    in.expectSymbol("(");
    List<Expr> items = new ArrayList<>();
    do {
      items.add(item.parse());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return List.copyOf(items);
  }
}
