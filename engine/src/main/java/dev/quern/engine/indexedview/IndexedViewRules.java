package dev.quern.engine.indexedview;

import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.ExistsExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.QuantifiedExpr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SubqueryExpr;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.ast.WindowExpr;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What SQL Server requires of a view before its unique clustered index is built ("Create indexed
 * views", Additional requirements): no DISTINCT, TOP, set operator, outer join, APPLY, derived
 * table, table-valued function, table hint, subquery, window function, HAVING, other view, self
 * join or nondeterministic function; aggregates only SUM and COUNT_BIG, and with GROUP BY the
 * select list holds COUNT_BIG(*), every grouping column, no expression over an aggregate, no SUM of
 * a nullable expression, and the index key only grouping columns.
 */
final class IndexedViewRules {
  static final Set<String> AGGREGATES = Set.of("SUM", "COUNT", "COUNT_BIG", "AVG", "MIN", "MAX", "STDEV", "STDEVP", "VAR",
      "VARP", "CHECKSUM_AGG", "STRING_AGG", "APPROX_COUNT_DISTINCT", "GROUPING", "GROUPING_ID");

  /** System functions whose result changes from call to call or with the session ("Deterministic and nondeterministic functions"). */
  private static final Set<String> NONDETERMINISTIC = Set.of("GETDATE", "GETUTCDATE", "SYSDATETIME", "SYSUTCDATETIME",
      "SYSDATETIMEOFFSET", "CURRENT_TIMESTAMP", "NEWID", "NEWSEQUENTIALID", "RAND", "CURRENT_USER", "SESSION_USER",
      "SYSTEM_USER", "USER_NAME", "SUSER_SNAME", "SUSER_NAME", "HOST_NAME", "APP_NAME", "@@SPID", "@@ROWCOUNT",
      "@@DBTS", "@@IDENTITY", "SCOPE_IDENTITY", "IDENT_CURRENT", "CONTEXT_INFO", "SESSION_CONTEXT", "CHECKSUM_AGG",
      "ROWCOUNT_BIG", "@@TRANCOUNT", "TEXTPTR", "GETANSINULL", "PERMISSIONS", "FORMAT");

  private final SessionState state;
  private final IndexedViewShape shape;
  /** The view as the 101xx messages name it: database.schema.view. */
  private final String full;

  IndexedViewRules(SessionState state, IndexedViewShape shape, String databaseName) {
    this.state = state;
    this.shape = shape;
    this.full = databaseName + "." + shape.schema() + "." + shape.view().name();
  }

  /** The checks of the query's shape, then those of the tables it reads. */
  void check(String indexName, List<String> keys, dev.quern.engine.binder.BindContext bind) {
    QuerySpec q = shape.query();
    if (!q.compounds().isEmpty()) {
      throw IndexedViewErrors.SET_OPERATOR.raise(full);
    }
    if (q.distinct()) {
      throw IndexedViewErrors.DISTINCT.raise(full);
    }
    if (q.top() != null || q.offset() != null) {
      throw IndexedViewErrors.TOP.raise(full);
    }
    checkSources(q.from());
    checkExpressions(q);
    if (q.having() != null) {
      throw IndexedViewErrors.HAVING.raise(full);
    }
    checkTables();
    if (shape.aggregated()) {
      checkAggregated(indexName, keys, bind);
    }
  }

  private void checkSources(TableSource from) {
    AstTrees.walk(from, n -> {
      switch (n) {
        case TableSource.Join j when j.type() != TableSource.Join.JoinType.INNER && j.type() != TableSource.Join.JoinType.CROSS ->
            throw IndexedViewErrors.OUTER_JOIN.raise(full);
        case TableSource.Apply a -> throw IndexedViewErrors.APPLY.raise(full);
        case TableSource.Derived d -> throw IndexedViewErrors.DERIVED.raise(full, d.alias());
        case TableSource.Named t when !t.locks().isNone() || !t.indexHints().isNone() ->
            throw IndexedViewErrors.TABLE_HINT.raise(shape.schema() + "." + shape.view().name());
        case TableSource.Named t -> { }
        case TableSource.Join j -> { }
        case TableSource s -> throw IndexedViewErrors.TABLE_FUNCTION.raise(full, s.toSql());
        default -> { }
      }
    });
  }

  private void checkExpressions(QuerySpec q) {
    AstTrees.walk(List.of(q.items(), q.where() == null ? List.of() : List.of(q.where()), q.groupBy(), joinConditions(q.from())), n -> {
      if (n instanceof SubqueryExpr || n instanceof ExistsExpr || n instanceof QuantifiedExpr) {
        throw IndexedViewErrors.SUBQUERY.raise(full);
      }
      if (n instanceof WindowExpr) {
        throw IndexedViewErrors.WINDOW.raise(full);
      }
      if (n instanceof FunctionCall f) {
        checkFunction(f);
      }
    });
  }

  private static List<Expr> joinConditions(TableSource from) {
    List<Expr> out = new java.util.ArrayList<>();
    AstTrees.walk(from, n -> {
      if (n instanceof TableSource.Join j && j.on() != null) {
        out.add(j.on());
      }
    });
    return out;
  }

  private void checkFunction(FunctionCall f) {
    String name = IndexedViewShape.upper(f.name());
    if (NONDETERMINISTIC.contains(name)) {
      throw IndexedViewErrors.NONDETERMINISTIC.raise(full, f.name().toLowerCase(Locale.ROOT));
    }
    if (name.equals("COUNT")) {
      throw IndexedViewErrors.COUNT.raise(full);
    }
    if (AGGREGATES.contains(name) && !name.equals("SUM") && !name.equals("COUNT_BIG")) {
      throw IndexedViewErrors.AGGREGATE.raise(full, name);
    }
    if (f.distinct()) {
      throw IndexedViewErrors.DISTINCT_AGGREGATE.raise(full, name);
    }
  }

  /** 1937 for a view among the sources, 1947 for a table read twice. */
  private void checkTables() {
    Set<String> seen = new HashSet<>();
    for (TableSource.Named t : shape.tables()) {
      var found = ObjectNames.object(state.store(), state.databaseName(), t.parts());
      if (found.isPresent() && found.get().object() instanceof View other) {
        throw IndexedViewErrors.OTHER_VIEW.raise(full, found.get().target().schema().name() + "." + other.name());
      }
      String key = String.join(".", t.parts()).toLowerCase(Locale.ROOT);
      if (!seen.add(key)) {
        throw IndexedViewErrors.SELF_JOIN.raise(full, state.databaseName() + "." + String.join(".", t.parts()));
      }
    }
  }

  private void checkAggregated(String indexName, List<String> keys, dev.quern.engine.binder.BindContext bind) {
    QuerySpec q = shape.query();
    String qualified = shape.schema() + "." + shape.view().name();
    if (q.groupBy().isEmpty()) {
      throw IndexedViewErrors.NO_COUNT_BIG.raise(full); // a scalar aggregate has no group to key on
    }
    Set<String> grouped = new HashSet<>();
    q.groupBy().forEach(g -> grouped.add(text(g)));
    boolean countBig = false;
    Set<String> groupItems = new HashSet<>();
    List<Expr> sums = new java.util.ArrayList<>();
    for (int i = 0; i < q.items().size(); i++) {
      Expr e = shape.expr(i);
      switch (shape.kind(i)) {
        case COUNT_BIG -> countBig = true;
        case SUM -> sums.add(((FunctionCall) e).args().getFirst());
        default -> {
          if (!grouped.contains(text(e))) {
            throw IndexedViewErrors.AGGREGATE_EXPRESSION.raise(indexName, qualified);
          }
          groupItems.add(text(e));
          groupItems.add(shape.names().get(i).toLowerCase(Locale.ROOT));
        }
      }
    }
    if (!countBig) {
      throw IndexedViewErrors.NO_COUNT_BIG.raise(full);
    }
    if (!groupItems.containsAll(grouped)) {
      throw IndexedViewErrors.GROUP_COLUMNS_MISSING.raise(indexName, qualified);
    }
    for (String key : keys) {
      int at = indexOf(key);
      if (at >= 0 && shape.kind(at) != IndexedViewShape.Kind.GROUP) {
        throw IndexedViewErrors.KEY_NOT_GROUPED.raise(indexName, qualified);
      }
    }
    if (bind != null && sums.stream().anyMatch(new SumNullability(bind, q)::nullable)) {
      throw IndexedViewErrors.NULLABLE_SUM.raise(indexName, qualified);
    }
  }

  private int indexOf(String column) {
    for (int i = 0; i < shape.names().size(); i++) {
      if (shape.names().get(i).equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  /** An expression compared as text; a column by its name alone ({@code t.a} and {@code a} group alike). */
  private static String text(Expr e) {
    Expr bare = e instanceof dev.quern.engine.ast.ParenExpr p ? p.inner() : e;
    return (bare instanceof dev.quern.engine.ast.ColumnRef r ? r.parts().getLast() : bare.toSql()).toLowerCase(Locale.ROOT);
  }
}
