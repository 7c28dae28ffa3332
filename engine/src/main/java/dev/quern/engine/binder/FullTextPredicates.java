package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.fulltext.FullTextPredicate;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds CONTAINS and FREETEXT (parsed as calls, see the parser's FullTextPredicateParser): the table
 * is the FROM clause's source whose qualifier the columns name (or, unqualified, the one source that
 * has them); it must have a full-text index (7601 state 2; 4 for {@code *}) holding each named
 * column (7601 state 3). The predicate reads the row's full-text key column, bound like any column
 * reference (so an outer query's table works too).
 */
final class FullTextPredicates {
  private FullTextPredicates() {}

  static BoundExpr bind(BindContext bind, ExpressionBinder exprs, FunctionCall f) {
    if (!(bind.session() instanceof SessionState)) {
      throw SqlErrors.INVALID_OBJECT.raise(f.name());
    }
    if (f.args().size() < 2 || !(f.args().getFirst() instanceof Literal count) || count.kind() != Literal.Kind.NUMBER) {
      throw SqlErrors.NOT_A_BUILTIN_FUNCTION.raise(f.name()); // a call written [CONTAINS](…): no such function
    }
    int n = Integer.parseInt(count.text());
    int columnsEnd = 1 + Math.max(n, 0) + (n < 0 ? 1 : 0);
    List<ColumnRef> named = new ArrayList<>();
    for (Expr e : f.args().subList(1, 1 + Math.max(n, 0))) {
      named.add((ColumnRef) e);
    }
    Source source = n < 0 ? qualified(bind, ((ColumnRef) f.args().get(1)).parts().getLast(), true)
        : n == 0 ? star(bind, exprs) : sourceOf(bind, exprs, named.getFirst());
    FullTextIndex index = ((SessionState) bind.session()).store().metadata(source.table().catalog()).fullText()
        .index(source.table().table().id());
    if (index == null) {
      throw (n <= 0 ? FullTextErrors.TABLE_NOT_INDEXED_STAR : FullTextErrors.TABLE_NOT_INDEXED)
          .raise(source.table().schemaQualified());
    }
    Set<Integer> columns = null;
    if (n > 0) {
      columns = new HashSet<>();
      for (ColumnRef c : named) {
        Column column = source.table().table().column(c.parts().getLast())
            .orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(c.parts().getLast()));
        if (!index.indexes(column.columnId())) {
          throw FullTextErrors.COLUMN_NOT_INDEXED.raise(column.name());
        }
        columns.add(column.columnId());
      }
    }
    Index keyIndex = source.table().table().indexes().stream().filter(i -> i.indexId() == index.keyIndexId())
        .findFirst().orElseThrow();
    String keyName = source.table().table().columnById(keyIndex.keys().getFirst().columnId()).name();
    BoundExpr key = exprs.value(new ColumnRef(List.of(source.qualifier(), keyName)));
    BoundExpr condition = exprs.implicit(exprs.value(f.args().get(columnsEnd)), SqlTypes.NVARCHAR_MAX);
    return new FullTextPredicate(f.name().equalsIgnoreCase("FREETEXT"), source.table().catalog(),
        source.table().table().id(), columns, key, condition, f.toSql());
  }

  private record Source(String qualifier, ResolvedTable table) {}

  /** The source a column reference names: by its qualifier, or the one source that has the column. */
  private static Source sourceOf(BindContext bind, ExpressionBinder exprs, ColumnRef column) {
    List<String> parts = column.parts();
    if (parts.size() > 1) {
      return qualified(bind, parts.get(parts.size() - 2), false);
    }
    Source found = null;
    for (Map.Entry<String, ResolvedTable> e : bind.tableSources().entrySet()) {
      if (e.getValue().table().column(parts.getLast()).isPresent() && inScope(exprs, e.getKey(), e.getValue())) {
        if (found != null) {
          throw SqlErrors.AMBIGUOUS_COLUMN.raise(parts.getLast());
        }
        found = new Source(e.getKey(), e.getValue());
      }
    }
    if (found == null) {
      throw SqlErrors.INVALID_COLUMN.raise(parts.getLast());
    }
    return found;
  }

  private static Source qualified(BindContext bind, String qualifier, boolean star) {
    ResolvedTable t = bind.tableSources().get(qualifier.toLowerCase(java.util.Locale.ROOT));
    if (t == null) {
      throw SqlErrors.MULTIPART_NOT_BOUND.raise(qualifier + (star ? ".*" : ""));
    }
    return new Source(qualifier, t);
  }

  /** {@code *}: the one table of the FROM clause (7615 when there are several). */
  private static Source star(BindContext bind, ExpressionBinder exprs) {
    List<Source> found = new ArrayList<>();
    for (Map.Entry<String, ResolvedTable> e : bind.tableSources().entrySet()) {
      if (inScope(exprs, e.getKey(), e.getValue())) {
        found.add(new Source(e.getKey(), e.getValue()));
      }
    }
    if (found.size() != 1) {
      throw FullTextErrors.STAR_AMBIGUOUS.raise();
    }
    return found.getFirst();
  }

  /**
   * Whether the statement being bound has {@code table} as {@code qualifier} in scope: the sources
   * noted are the whole batch's, so one of an earlier statement may share a name.
   */
  private static boolean inScope(ExpressionBinder exprs, String qualifier, ResolvedTable table) {
    try {
      exprs.value(new ColumnRef(List.of(qualifier, table.table().columns().getFirst().name())));
      return true;
    } catch (dev.quern.engine.error.SqlException e) {
      return false;
    }
  }
}
