package dev.quern.engine.fulltext;

import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.session.SessionState;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CONTAINS or FREETEXT in a search condition: whether the current row's full-text key is among the
 * keys the inverted index gives for the condition. The search runs once per condition value and
 * read state of the statement (a statement that writes reads anew), not once per row.
 */
public final class FullTextPredicate extends Predicate {
  private final boolean freetext;
  private final Catalog catalog;
  private final int tableId;
  private final Set<Integer> columns;
  private final BoundExpr key;
  private final BoundExpr condition;
  private final String sql;

  /** The keys that matched {@code condition} under {@code readState}. */
  private record Answer(Object readState, String condition, FullTextQuery query, Map<ByteBuffer, FullTextSearch.Row> rows) {}

  private volatile Answer last;

  public FullTextPredicate(boolean freetext, Catalog catalog, int tableId, Set<Integer> columns, BoundExpr key,
      BoundExpr condition, String sql) {
    this.freetext = freetext;
    this.catalog = catalog;
    this.tableId = tableId;
    this.columns = columns;
    this.key = key;
    this.condition = condition;
    this.sql = sql;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object value = condition.eval(ctx);
    String text = value == null ? null : value.toString();
    Answer answer = answer((SessionState) ctx.functions, text);
    Object keyValue = key.eval(ctx);
    if (keyValue == null) {
      return Boolean.FALSE;
    }
    return answer.rows().containsKey(ByteBuffer.wrap(answer.query().postings().keyBytes(keyValue)));
  }

  private Answer answer(SessionState state, String text) {
    Object readState = FullTextQuery.readState(state, catalog);
    Answer a = last;
    if (a != null && readState != null && readState.equals(a.readState()) && java.util.Objects.equals(text, a.condition())) {
      return a;
    }
    FullTextQuery query = FullTextQuery.open(state, catalog, tableId, columns, false);
    var rows = freetext ? query.search().freetext(text) : query.search().contains(text);
    a = new Answer(readState, text, query, rows);
    last = a;
    return a;
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(key, condition);
  }
}
