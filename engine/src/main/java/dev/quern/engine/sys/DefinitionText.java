package dev.quern.engine.sys;

import static dev.quern.engine.ast.Names.bracketed;

import dev.quern.engine.ast.BetweenExpr;
import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.CaseExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.InListExpr;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.ast.LikeExpr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.Names;
import dev.quern.engine.ast.NotExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.UnaryExpr;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An expression as SQL Server shows a stored definition (sys.computed_columns.definition): names
 * bracketed, numbers parenthesized, no spaces around operators, built-in function names in lower
 * case, CAST as CONVERT, BETWEEN and IN spelled out, the whole in parentheses — {@code a + b * 2}
 * shows as {@code ([a]+([b]*(2)))}. Only for display: the catalog keeps the text it parses.
 */
final class DefinitionText {
  private DefinitionText() {}

  static String of(Expr e) {
    return "(" + print(unparen(e)) + ")";
  }

  /** Written parentheses are not kept: SQL Server prints the tree, nesting as below. */
  private static Expr unparen(Expr e) {
    Expr x = e;
    while (x instanceof ParenExpr p) {
      x = p.inner();
    }
    return x;
  }

  /** An operand of an operator: another operator's result is parenthesized ({@code (([a]+' ')+[b])}). */
  private static String operand(Expr e) {
    Expr x = unparen(e);
    return x instanceof BinaryExpr ? "(" + print(x) + ")" : print(x);
  }

  private static String print(Expr e) {
    return switch (e) {
      case Literal l -> literal(l);
      case ColumnRef c -> c.parts().stream().map(Names::bracketed).collect(Collectors.joining("."));
      case ParenExpr p -> print(unparen(p));
      case dev.quern.engine.ast.CollateExpr c -> print(c.operand()) + " COLLATE " + c.collation();
      case dev.quern.engine.ast.AtTimeZoneExpr a -> print(a.operand()) + " AT TIME ZONE " + print(a.zone());
      case UnaryExpr u when u.op() == '-' && u.operand() instanceof Literal l && number(l) -> "(-" + l.text() + ")";
      case UnaryExpr u -> u.op() + print(u.operand());
      case BinaryExpr b -> operand(b.left()) + b.op() + operand(b.right());
      case ComparisonExpr c when c.op().startsWith("IS ") -> print(c.left()) + " " + c.op() + " " + print(c.right());
      case ComparisonExpr c -> print(c.left()) + (c.op().equals("!=") ? "<>" : c.op()) + print(c.right());
      case LogicalExpr l -> print(l.left()) + (l.and() ? " AND " : " OR ") + print(l.right());
      case NotExpr n -> "NOT " + print(n.operand());
      case IsNullExpr i -> print(i.operand()) + (i.not() ? " IS NOT NULL" : " IS NULL");
      case BetweenExpr b -> b.not()
          ? print(b.operand()) + "<" + print(b.low()) + " OR " + print(b.operand()) + ">" + print(b.high())
          : print(b.operand()) + ">=" + print(b.low()) + " AND " + print(b.operand()) + "<=" + print(b.high());
      case InListExpr i -> i.items().stream()
          .map(item -> print(i.operand()) + (i.not() ? "<>" : "=") + print(item))
          .collect(Collectors.joining(i.not() ? " AND " : " OR "));
      case LikeExpr l -> print(l.operand()) + (l.not() ? " not like " : " like ") + print(l.pattern())
          + (l.escape() == null ? "" : " escape " + print(l.escape()));
      case CaseExpr c -> caseText(c);
      case CastExpr c when !c.isTry() -> "CONVERT(" + type(c) + "," + print(unparen(c.operand()))
          + (c.style() == null ? "" : "," + print(c.style())) + ")";
      // A dotted name (dbo.f(…), col.GetLevel()) is a user function or a type's method: bracketed, its case kept.
      case FunctionCall f when f.parens() && !f.star() && f.name().contains(".") ->
          java.util.Arrays.stream(f.name().split("\\.")).map(Names::bracketed).collect(Collectors.joining("."))
              + "(" + args(f) + ")";
      case FunctionCall f when f.parens() && !f.star() -> f.name().toLowerCase(Locale.ROOT) + "("
          + (f.distinct() ? "distinct " : "") + args(f) + ")";
      default -> e.toSql();
    };
  }

  private static String caseText(CaseExpr c) {
    StringBuilder sb = new StringBuilder("case");
    if (c.operand() != null) {
      sb.append(' ').append(print(c.operand()));
    }
    for (CaseExpr.When w : c.whens()) {
      sb.append(" when ").append(print(w.condition())).append(" then ").append(print(w.result()));
    }
    if (c.elseResult() != null) {
      sb.append(" else ").append(print(c.elseResult()));
    }
    return sb.append(" end").toString();
  }

  private static String type(CastExpr c) {
    String args = c.type().args().isEmpty() ? "" : "(" + String.join(",", c.type().args()) + ")";
    return bracketed(c.type().name().toLowerCase(Locale.ROOT)) + args;
  }

  private static final java.util.Set<String> DATE_PART_FIRST =
      java.util.Set.of("datepart", "datename", "dateadd", "datediff", "datediff_big", "datetrunc");

  /** Arguments; a date part ({@code year} in DATEPART(year, d)) is a keyword, not a column. */
  private static String args(FunctionCall f) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < f.args().size(); i++) {
      Expr a = f.args().get(i);
      boolean part = i == 0 && a instanceof ColumnRef c && c.parts().size() == 1
          && DATE_PART_FIRST.contains(f.name().toLowerCase(Locale.ROOT));
      out.add(part ? ((ColumnRef) a).name().toLowerCase(Locale.ROOT) : print(a));
    }
    return String.join(",", out);
  }

  private static String literal(Literal l) {
    return number(l) ? "(" + l.text() + ")" : l.toSql();
  }

  private static boolean number(Literal l) {
    return l.kind() == Literal.Kind.NUMBER || l.kind() == Literal.Kind.FLOAT || l.kind() == Literal.Kind.MONEY;
  }

}
