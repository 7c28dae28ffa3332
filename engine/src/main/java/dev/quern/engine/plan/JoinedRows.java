package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * UPDATE … FROM and DELETE … FROM: {@code query} yields, per joined row, the target row's columns
 * ({@code width} of them) then the SET values. A target row is changed when some joined row
 * carries exactly its values (identical rows join identically, so matching by value picks the same
 * rows SQL Server does); it takes the SET values of the first such joined row.
 *
 * <p>Through a view or common table expression ({@code oneEach}), each joined row is one row of the
 * base table, so a joined row picks one target row only: of identical target rows (a heap's exact
 * duplicates), as many change as joined rows carry their values, which is what the
 * de-duplication idiom {@code WITH c AS (… ROW_NUMBER() …) DELETE FROM c WHERE rn > 1} relies on.
 */
public final class JoinedRows {
  private final QueryPlan query;
  private final int width;
  private final boolean oneEach;
  private Map<List<Object>, java.util.Deque<Object[]>> rows;
  /** Under {@code oneEach}: the joined row each target row read so far took (NONE: none left). */
  private final Map<Object[], Object[]> taken = new java.util.IdentityHashMap<>();

  private static final Object[] NONE = new Object[0];

  public JoinedRows(QueryPlan query, int width) {
    this(query, width, false);
  }

  public JoinedRows(QueryPlan query, int width, boolean oneEach) {
    this.query = query;
    this.width = width;
    this.oneEach = oneEach;
  }

  public QueryPlan query() {
    return query;
  }

  /** How many of a joined row's values are the target row's columns (the SET values follow). */
  public int width() {
    return width;
  }

  /** Loads the joined rows (run by the executor before the target is scanned). */
  public void load(List<Object[]> joined) {
    rows = new HashMap<>();
    taken.clear();
    for (Object[] r : joined) {
      rows.computeIfAbsent(key(r), k -> new java.util.ArrayDeque<>()).add(r);
    }
  }

  private Object[] match(Object[] targetRow) {
    if (rows == null) {
      throw new IllegalStateException("joined rows not loaded");
    }
    if (!oneEach) {
      var found = rows.get(key(targetRow));
      return found == null ? null : found.peekFirst();
    }
    // The executor evaluates the match and then the SET values over the same row array.
    Object[] mine = taken.get(targetRow);
    if (mine == null) {
      var found = rows.get(key(targetRow));
      Object[] next = found == null ? null : found.pollFirst();
      mine = next == null ? NONE : next;
      taken.put(targetRow, mine);
    }
    return mine == NONE ? null : mine;
  }

  private List<Object> key(Object[] row) {
    List<Object> k = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      Object v = row[i];
      k.add(v instanceof byte[] b ? ByteBuffer.wrap(b) : v);
    }
    return k;
  }

  /** The WHERE of the target scan: whether the target row joined. */
  public Match matches() {
    return new Match();
  }

  /** The WHERE of the target scan over {@link JoinedRows}; the executor loads them through it. */
  public final class Match extends BoundExpr {
    public JoinedRows rows() {
      return JoinedRows.this;
    }

      @Override
      public SqlType type() {
        return dev.quern.catalog.type.SqlTypes.BIT;
      }

      @Override
      public boolean nullable() {
        return false;
      }

      @Override
      public Object eval(EvalContext ctx) {
        return match(ctx.row) != null;
      }

      @Override
      public String toSql() {
        return "<joined>";
      }

      @Override
      public boolean isPredicate() {
        return true;
      }
  }

  /**
   * These joined rows with every SET value computed when its target row is written, not when the
   * join is read ({@link DeferredValue}); null when the join's plan does not end in the projection
   * of those values.
   */
  public JoinedRows deferringValues() {
    if (!(query.root() instanceof ProjectNode p)) {
      return null;
    }
    List<BoundExpr> exprs = new ArrayList<>(p.exprs());
    for (int i = width; i < exprs.size(); i++) {
      exprs.set(i, new DeferredValue(exprs.get(i)));
    }
    QueryPlan deferred = new QueryPlan(new ProjectNode(p.input(), exprs, p.columns()), query.columns());
    return new JoinedRows(deferred, width, oneEach);
  }

  /** SET value {@code index} (0-based among the SET values) from the target row's joined row. */
  public BoundExpr value(int index, SqlType type, boolean nullable) {
    return new BoundExpr() {
      @Override
      public SqlType type() {
        return type;
      }

      @Override
      public boolean nullable() {
        return nullable;
      }

      @Override
      public Object eval(EvalContext ctx) {
        Object[] joined = match(ctx.row);
        return joined == null ? null : DeferredValue.resolve(joined[width + index], ctx);
      }

      @Override
      public String toSql() {
        return "<joined value " + index + ">";
      }
    };
  }

  @Override
  public String toString() {
    return "JoinedRows" + Arrays.asList(width);
  }
}
