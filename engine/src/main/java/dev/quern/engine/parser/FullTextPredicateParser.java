package dev.quern.engine.parser;

import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CONTAINS ( {column | (column, …) | * | table.*}, 'condition' [, LANGUAGE term] )} and the
 * same of FREETEXT, after their name: parsed as a call whose arguments are the number of columns
 * (0 for {@code *}, -1 for {@code table.*}, followed by the table as a column reference), the
 * columns, the condition, then the language if given. The binder makes the predicate of it.
 */
final class FullTextPredicateParser {
  private FullTextPredicateParser() {}

  /**
   * {@code CONTAINSTABLE | FREETEXTTABLE (table, columns, 'condition' [, LANGUAGE term] [, top_n])
   * [[AS] alias]}: a table function whose arguments are the table as a column reference, then the
   * columns as for the predicate, the condition, and top_n_by_rank if given (the language is read and
   * left: one word breaker serves every language).
   */
  static dev.quern.engine.ast.TableSource table(TokenStream in, ExpressionParser expr,
      java.util.function.Supplier<String> alias) {
    String name = in.next().upper();
    in.expectSymbol("(");
    List<Expr> args = new ArrayList<>();
    args.add(new ColumnRef(NameParser.objectName(in)));
    in.expectSymbol(",");
    columns(in, args);
    in.expectSymbol(",");
    args.add(expr.parse());
    while (in.acceptSymbol(",")) {
      if (in.accept("LANGUAGE")) {
        expr.parse();
      } else {
        args.add(expr.parse());
      }
    }
    in.expectSymbol(")");
    return new dev.quern.engine.ast.TableSource.Function(name, args, alias.get());
  }

  static FunctionCall parse(TokenStream in, ExpressionParser expr, String name) {
    in.expectSymbol("(");
    List<Expr> args = new ArrayList<>();
    columns(in, args);
    in.expectSymbol(",");
    args.add(expr.parse());
    if (in.acceptSymbol(",")) {
      in.expect("LANGUAGE");
      args.add(expr.parse());
    }
    in.expectSymbol(")");
    return FunctionCall.of(name, args);
  }

  /** The column specification: the count (0 for *, -1 for table.* then the table), then the columns. */
  private static void columns(TokenStream in, List<Expr> args) {
    if (in.acceptSymbol("*")) {
      args.add(number(0));
    } else if (in.acceptSymbol("(")) {
      List<Expr> columns = new ArrayList<>();
      do {
        columns.add(new ColumnRef(NameParser.objectName(in)));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      args.add(number(columns.size()));
      args.addAll(columns);
    } else {
      List<String> parts = new ArrayList<>(List.of(in.identifier()));
      while (in.acceptSymbol(".")) {
        if (in.acceptSymbol("*")) {
          args.add(number(-1));
          args.add(new ColumnRef(List.copyOf(parts)));
          parts = null;
          break;
        }
        parts.add(in.identifier());
      }
      if (parts != null) {
        args.add(number(1));
        args.add(new ColumnRef(List.copyOf(parts)));
      }
    }
  }

  private static Literal number(int n) {
    return new Literal(Literal.Kind.NUMBER, Integer.toString(n));
  }
}
