package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.ExistsExpr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.NextValueExpr;
import dev.quern.engine.ast.QuantifiedExpr;
import dev.quern.engine.ast.SubqueryExpr;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.parser.ExpressionParser;
import dev.quern.engine.parser.TokenStream;
import dev.quern.engine.plan.ComputedColumns;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Binds computed columns: a new definition at CREATE TABLE / ALTER TABLE ADD (its type and
 * nullability come from the expression; it may name only the table's other, non-computed
 * columns), and a table's stored definitions when a statement reads or writes its rows.
 */
public final class ComputedColumnBinder {
  /**
   * A bound new definition: what the column becomes. {@code text} is what is stored; {@code
   * collation} is the expression's own (a COLLATE's or a column's), null for the default.
   */
  public record Definition(
      SqlType type, boolean nullable, boolean deterministic, String text, String collation) {}

  private ComputedColumnBinder() {}

  /**
   * Binds {@code def} over a row of {@code columns} (the table's, in order) of table {@code table};
   * {@code computed} holds the lower-case names of its computed columns (1759 when named).
   */
  public static Definition define(
      BindContext bind, String table, List<ResultColumn> columns, Set<String> computed,
      ColumnDefinition def) {
    Expr e = def.computed();
    boolean[] deterministic = {true};
    visit(e, node -> {
      switch (node) {
        case ColumnRef r when computed.contains(r.name().toLowerCase(java.util.Locale.ROOT)) ->
            throw SqlErrors.COMPUTED_ON_COMPUTED.raise(r.name(), table);
        case SubqueryExpr s -> throw SqlErrors.SUBQUERY_NOT_ALLOWED.raise();
        case ExistsExpr s -> throw SqlErrors.SUBQUERY_NOT_ALLOWED.raise();
        case QuantifiedExpr s -> throw SqlErrors.SUBQUERY_NOT_ALLOWED.raise();
        case NextValueExpr n -> throw SqlErrors.NEXT_VALUE_NOT_ALLOWED.raise();
        case FunctionCall f -> deterministic[0] &= deterministic(bind, f);
        case VariableRef v -> deterministic[0] = false;
        case dev.quern.engine.ast.AtTimeZoneExpr a -> deterministic[0] = false;
        default -> {}
      }
    });
    BoundExpr bound =
        new ExpressionBinder(bind, new ColumnScope(table, columns), null, "COMPUTED").value(e);
    dev.quern.catalog.value.Collation own = dev.quern.engine.expr.ExprCollations.carried(bound);
    return new Definition(bound.type(), bound.nullable(), deterministic[0], "(" + e.toSql() + ")",
        own == null ? null : own.name());
  }

  /** The computed columns of {@code t}, bound for this statement; NONE when it has none. */
  public static ComputedColumns bind(BindContext bind, ResolvedTable t) {
    return bind(bind, t.table());
  }

  /** As {@link #bind(BindContext, ResolvedTable)}. */
  public static ComputedColumns bind(BindContext bind, dev.quern.catalog.meta.Table table) {
    List<Column> columns = table.columns();
    if (columns.stream().noneMatch(c -> c.computed() != null)) {
      return ComputedColumns.NONE;
    }
    List<ResultColumn> row = new ArrayList<>();
    // Computed columns compare the columns they read under those columns' collations.
    columns.forEach(c -> row.add(new ResultColumn(c.name(), c.type(), c.nullable())
        .withCollation(c.collation() == null ? null : dev.quern.catalog.value.SupportedCollations.ofStored(c.collation()))));
    ExpressionBinder exprs =
        new ExpressionBinder(bind, new ColumnScope(table.name(), row), null, "COMPUTED");
    List<BoundExpr> out = new ArrayList<>();
    for (Column c : columns) {
      out.add(c.computed() == null ? null : exprs.value(parse(c.computed().expression())));
    }
    return new ComputedColumns(table, out);
  }

  /** A stored expression text parsed back. */
  public static Expr parse(String text) {
    return new ExpressionParser(new TokenStream(Lexer.tokenize(text, true))).parse();
  }

  /** The column names {@code e} reads (lower case), for dependency checks. */
  public static Set<String> columnNames(Expr e) {
    Set<String> names = new java.util.HashSet<>();
    visit(e, node -> {
      if (node instanceof ColumnRef r) {
        names.add(r.name().toLowerCase(java.util.Locale.ROOT));
      }
      if (node instanceof FunctionCall f && f.name().contains(".")) {
        // col.GetLevel() parses as a function named col.GetLevel: the name before the method may be a column.
        String[] parts = f.name().split("\\.");
        names.add(parts[parts.length - 2].toLowerCase(java.util.Locale.ROOT));
      }
    });
    return names;
  }

  /**
   * Whether {@code e} gives the same value every time for the same row (no GETDATE(), @@…, nor AT
   * TIME ZONE, whose rules change outside the database).
   */
  public static boolean deterministic(BindContext bind, Expr e) {
    return deterministic(bind.functions(), e);
  }

  /** As {@link #deterministic(BindContext, Expr)}, with the functions of {@code functions}. */
  public static boolean deterministic(dev.quern.engine.func.FunctionRegistry functions, Expr e) {
    boolean[] out = {true};
    visit(e, node -> {
      if (node instanceof FunctionCall f && !deterministic(functions, f) || node instanceof VariableRef
          || node instanceof dev.quern.engine.ast.AtTimeZoneExpr) {
        out[0] = false;
      }
    });
    return out[0];
  }

  private static boolean deterministic(dev.quern.engine.func.FunctionRegistry functions, FunctionCall f) {
    // Niladic forms (CURRENT_TIMESTAMP, @@SPID) read the clock or the session.
    return functions.lookup(f.name()).map(fn -> fn.deterministic() && f.parens()).orElse(true);
  }

  /** Calls {@code action} on every node of {@code e} (not inside subqueries). */
  private static void visit(Expr e, java.util.function.Consumer<Expr> action) {
    if (e == null) {
      return;
    }
    action.accept(e);
    java.util.function.Consumer<Expr> next = x -> visit(x, action);
    switch (e) {
      case FunctionCall f -> f.args().forEach(next);
      case dev.quern.engine.ast.JsonConstructor j -> j.args().forEach(next);
      case dev.quern.engine.ast.MethodCall m -> {
        next.accept(m.target());
        m.args().forEach(next);
      }
      case dev.quern.engine.ast.StaticMethodCall s -> s.args().forEach(next);
      case dev.quern.engine.ast.PropertyRef p -> next.accept(p.target());
      case dev.quern.engine.ast.ParenExpr p -> next.accept(p.inner());
      case dev.quern.engine.ast.CollateExpr c -> next.accept(c.operand());
      case dev.quern.engine.ast.AtTimeZoneExpr a -> {
        next.accept(a.operand());
        next.accept(a.zone());
      }
      case dev.quern.engine.ast.UnaryExpr u -> next.accept(u.operand());
      case dev.quern.engine.ast.BinaryExpr b -> {
        next.accept(b.left());
        next.accept(b.right());
      }
      case dev.quern.engine.ast.ComparisonExpr c -> {
        next.accept(c.left());
        next.accept(c.right());
      }
      case dev.quern.engine.ast.NotExpr n -> next.accept(n.operand());
      case dev.quern.engine.ast.LogicalExpr l -> {
        next.accept(l.left());
        next.accept(l.right());
      }
      case dev.quern.engine.ast.BetweenExpr b -> {
        next.accept(b.operand());
        next.accept(b.low());
        next.accept(b.high());
      }
      case dev.quern.engine.ast.InListExpr i -> {
        next.accept(i.operand());
        i.items().forEach(next);
      }
      case dev.quern.engine.ast.LikeExpr l -> {
        next.accept(l.operand());
        next.accept(l.pattern());
      }
      case dev.quern.engine.ast.IsNullExpr i -> next.accept(i.operand());
      case dev.quern.engine.ast.CaseExpr c -> {
        next.accept(c.operand());
        next.accept(c.elseResult());
        c.whens().forEach(w -> {
          next.accept(w.condition());
          next.accept(w.result());
        });
      }
      case dev.quern.engine.ast.CastExpr c -> next.accept(c.operand());
      default -> {}
    }
  }
}
