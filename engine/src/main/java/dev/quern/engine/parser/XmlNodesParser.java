package dev.quern.engine.parser;

import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The xml nodes() method as a table source: {@code @x.nodes('path') [AS] T(c)} or, on the right of
 * APPLY, {@code [t.]col.nodes('path') [AS] T(c)}. The alias with its one column name is required
 * (318 without it).
 */
final class XmlNodesParser {
  private XmlNodesParser() {}

  /** At a variable: is it followed by {@code .nodes(}? */
  static boolean atVariableNodes(TokenStream in) {
    return in.peek().type() == TokenType.VARIABLE && in.peek(1).isSymbol(".") && in.peek(2).is("NODES")
        && in.peek(3).isSymbol("(");
  }

  /** {@code @x.nodes(…) AS T(c)}, at the variable. */
  static TableSource onVariable(TokenStream in, ExpressionParser expr) {
    Expr target = new VariableRef(in.next().value());
    in.next();
    in.next();
    return aliased(in, target, arguments(in, expr), expr.xmlNamespaces());
  }

  /**
   * After {@code parts} read as a name and at its {@code (}: {@code col.nodes(…) AS T(c)}, or null
   * when this is not one (a function named {@code nodes}, in a schema: {@code dbo.nodes(…)}).
   */
  static TableSource onColumn(TokenStream in, ExpressionParser expr, List<String> parts) {
    if (parts.size() < 2 || !parts.getLast().equalsIgnoreCase("nodes")) {
      return null;
    }
    if (!atAliasWithColumn(in, afterParentheses(in)) && parts.size() == 2) {
      return null;
    }
    List<Expr> args = arguments(in, expr);
    return aliased(in, new ColumnRef(List.copyOf(parts.subList(0, parts.size() - 1))), args, expr.xmlNamespaces());
  }

  private static List<Expr> arguments(TokenStream in, ExpressionParser expr) {
    in.expectSymbol("(");
    List<Expr> args = new ArrayList<>();
    if (!in.atSymbol(")")) {
      do {
        args.add(expr.parse());
      } while (in.acceptSymbol(","));
    }
    in.expectSymbol(")");
    return args;
  }

  /** How far ahead the token after the parenthesized arguments is, at their {@code (}. */
  private static int afterParentheses(TokenStream in) {
    int level = 0;
    for (int k = 0; ; k++) {
      var t = in.peek(k);
      if (t.type() == TokenType.EOF) {
        return k;
      }
      if (t.isSymbol("(")) {
        level++;
      } else if (t.isSymbol(")") && --level == 0) {
        return k + 1;
      }
    }
  }

  private static boolean atAliasWithColumn(TokenStream in, int ahead) {
    int at = ahead + (in.peek(ahead).is("AS") ? 1 : 0);
    return in.peek(at).isIdentifier() && in.peek(at + 1).isSymbol("(");
  }

  /** {@code [AS] T(c)}: 318 without the alias or its column, 8159 with more than one column. */
  private static TableSource aliased(
      TokenStream in, Expr target, List<Expr> args, dev.quern.engine.ast.XmlNamespaces namespaces) {
    boolean as = in.accept("AS");
    if (!in.peek().isIdentifier()) {
      if (as) {
        throw in.unexpected();
      }
      throw dev.quern.engine.error.XQueryErrors.NODES_ALIAS_MISSING.raise();
    }
    String alias = in.next().value();
    if (!in.acceptSymbol("(")) {
      throw dev.quern.engine.error.XQueryErrors.NODES_ALIAS_MISSING.raise();
    }
    String column = in.identifier();
    if (in.atSymbol(",")) {
      throw dev.quern.engine.error.SqlErrors.VIEW_COLUMN_COUNT.raise(alias);
    }
    in.expectSymbol(")");
    return new TableSource.XmlNodes(target, args, alias, column, namespaces);
  }
}
