package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.CaseExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PIVOT and UNPIVOT as the derived tables they stand for, written once the source's columns are
 * known (the columns a PIVOT groups by are all the others):
 *
 * <pre>
 * src PIVOT (SUM(v) FOR c IN ([x], [y])) AS p
 *   = (SELECT g…, SUM(CASE WHEN c = N'x' THEN v END) AS [x], … FROM src GROUP BY g…) AS p
 * src UNPIVOT (v FOR n IN (a, b)) AS u
 *   = (SELECT g…, n, v FROM src CROSS APPLY (VALUES (CAST(N'a' AS nvarchar(128)), a), …) AS (n, v)
 *      WHERE v IS NOT NULL) AS u
 * </pre>
 *
 * so binding, typing and errors are those of the query written out (an unknown column is 207).
 * UNPIVOT's columns must all be of one type (8167), as in SQL Server.
 */
final class PivotTables {
  private static final Set<String> AGGREGATES =
      Set.of("SUM", "AVG", "COUNT", "COUNT_BIG", "MIN", "MAX", "STDEV", "STDEVP", "VAR", "VARP");

  /** The name of the VALUES rows an UNPIVOT reads; no source alias can be written like it. */
  private static final String UNPIVOTED = "unpivot values";

  private PivotTables() {}

  /** {@code s} as a derived table when it is a PIVOT or UNPIVOT; {@code s} itself otherwise. */
  static TableSource expanded(BindContext bind, TableSource s) {
    return switch (s) {
      case TableSource.Pivot p -> bind.learned().rewritten(p, () -> pivot(bind, p));
      case TableSource.Unpivot u -> bind.learned().rewritten(u, () -> unpivot(bind, u));
      default -> s;
    };
  }

  private static TableSource.Derived pivot(BindContext bind, TableSource.Pivot p) {
    if (!AGGREGATES.contains(p.aggregate())) {
      throw SqlErrors.SYNTAX_NEAR.raise(p.aggregate());
    }
    List<SelectItem> items = new ArrayList<>();
    List<Expr> groupBy = new ArrayList<>();
    for (ResultColumn c : sourceColumns(bind, p.source())) {
      if (!c.name().equalsIgnoreCase(p.valueColumn()) && !c.name().equalsIgnoreCase(p.pivotColumn())) {
        ColumnRef ref = column(c.name());
        items.add(new SelectItem.Column(ref, null));
        groupBy.add(ref);
      }
    }
    for (String value : p.values()) {
      Expr when = new ComparisonExpr("=", column(p.pivotColumn()), new Literal(Literal.Kind.NSTRING, value));
      Expr picked = new CaseExpr(null, List.of(new CaseExpr.When(when, column(p.valueColumn()))), null);
      items.add(new SelectItem.Column(FunctionCall.of(p.aggregate(), List.of(picked)), value));
    }
    QuerySpec q = new QuerySpec(
        false, null, items, p.source(), null, groupBy, null, List.of(), null, null, List.of());
    return new TableSource.Derived(q, p.alias(), List.of());
  }

  private static TableSource.Derived unpivot(BindContext bind, TableSource.Unpivot u) {
    List<ResultColumn> columns = sourceColumns(bind, u.source());
    SqlType type = null;
    for (String listed : u.columns()) {
      ResultColumn c = columns.stream().filter(x -> x.name().equalsIgnoreCase(listed)).findFirst().orElse(null);
      if (c == null) {
        continue; // binding the query below reports it (207)
      }
      if (type == null) {
        type = c.type();
      } else if (!type.equals(c.type())) {
        throw SqlErrors.UNPIVOT_TYPE_CONFLICT.raise(listed);
      }
    }
    List<SelectItem> items = new ArrayList<>();
    for (ResultColumn c : columns) {
      if (u.columns().stream().noneMatch(x -> x.equalsIgnoreCase(c.name()))) {
        items.add(new SelectItem.Column(column(c.name()), null));
      }
    }
    items.add(new SelectItem.Column(new ColumnRef(List.of(UNPIVOTED, u.nameColumn())), u.nameColumn()));
    items.add(new SelectItem.Column(new ColumnRef(List.of(UNPIVOTED, u.valueColumn())), u.valueColumn()));
    List<QuerySpec> rows = new ArrayList<>();
    for (String listed : u.columns()) {
      Expr name = new CastExpr(
          new Literal(Literal.Kind.NSTRING, listed), new TypeName("nvarchar", List.of("128")), null, false, false);
      rows.add(new QuerySpec(false, null, List.of(new SelectItem.Column(name, null), new SelectItem.Column(column(listed), null)),
          null, null, List.of(), null, List.of(), null, null, List.of()));
    }
    List<QuerySpec.Compound> rest = rows.subList(1, rows.size()).stream()
        .map(r -> new QuerySpec.Compound(QuerySpec.SetOperator.UNION, true, r))
        .toList();
    QuerySpec first = rows.getFirst();
    QuerySpec values = new QuerySpec(false, null, first.items(), null, null, List.of(), null, List.of(), null, null, rest);
    TableSource pairs = new TableSource.Derived(values, UNPIVOTED, List.of(u.nameColumn(), u.valueColumn()));
    Expr present = new IsNullExpr(new ColumnRef(List.of(UNPIVOTED, u.valueColumn())), true);
    QuerySpec q = new QuerySpec(false, null, items, new TableSource.Apply(u.source(), pairs, false), present,
        List.of(), null, List.of(), null, null, List.of());
    return new TableSource.Derived(q, u.alias(), List.of());
  }

  private static List<ResultColumn> sourceColumns(BindContext bind, TableSource source) {
    return bind.learned().learn(source, () -> new SourceBinder(bind).bind(source)).scope().columns();
  }

  private static ColumnRef column(String name) {
    return new ColumnRef(List.of(name));
  }
}
