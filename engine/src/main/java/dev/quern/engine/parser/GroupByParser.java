package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.GroupingConstructs;
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
 * How the forms stand in the AST: {@link GroupingConstructs}.
 */
final class GroupByParser {
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
    if (in.at("WITH") && (in.peek(1).is(GroupingConstructs.ROLLUP) || in.peek(1).is(GroupingConstructs.CUBE))) {
      in.next();
      String kind = in.next().upper();
      if (elements.stream().anyMatch(GroupingConstructs::is)) {
        throw dev.quern.engine.error.SqlErrors.LEGACY_ROLLUP_WITH_SETS.raise();
      }
      return List.of(FunctionCall.of(kind, List.copyOf(elements)));
    }
    return List.copyOf(elements);
  }

  private Expr element() {
    if (in.at("GROUPING") && in.peek(1).is("SETS")) {
      in.next();
      in.next();
      return FunctionCall.of(GroupingConstructs.GROUPING_SETS, parenthesized(this::set));
    }
    Expr construct = emptySetOrRollupOrCube();
    return construct != null ? construct : expr.parse();
  }

  private Expr set() {
    Expr construct = emptySetOrRollupOrCube();
    return construct != null ? construct : item();
  }

  /** {@code ()}, ROLLUP (…) or CUBE (…) at the cursor, consumed; else null, nothing consumed. */
  private Expr emptySetOrRollupOrCube() {
    if (in.atSymbol("(") && in.peek(1).isSymbol(")")) {
      in.next();
      in.next();
      return GroupingConstructs.list(List.of());
    }
    if ((in.at(GroupingConstructs.ROLLUP) || in.at(GroupingConstructs.CUBE)) && in.peek(1).isSymbol("(")) {
      String kind = in.next().upper();
      return FunctionCall.of(kind, parenthesized(this::item));
    }
    return null;
  }

  /** An expression, or a parenthesized list of two or more: a composite element. */
  private Expr item() {
    if (!compositeAhead()) {
      return expr.parse();
    }
    return GroupingConstructs.list(parenthesized(expr::parse));
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
