package dev.quern.engine.fulltext;

import dev.quern.engine.error.FullTextErrors;
import dev.quern.engine.plan.FullTextTableNode;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of CONTAINSTABLE and FREETEXTTABLE: each matching row's key and RANK, best first; with
 * top_n_by_rank, only that many (7626 below zero).
 */
public final class FullTextRows {
  private FullTextRows() {}

  public static List<Object[]> rows(SessionState state, FullTextTableNode node, Object condition, Object top) {
    if (top != null && ((Number) top).longValue() < 0) {
      throw FullTextErrors.TOP_N_NEGATIVE.raise(((Number) top).longValue());
    }
    FullTextQuery query = FullTextQuery.open(state, node.catalog(), node.tableId(), node.searched(), true);
    String text = condition == null ? null : condition.toString();
    var found = node.freetext() ? query.search().freetext(text) : query.search().contains(text);
    List<FullTextSearch.Row> ranked = new ArrayList<>(found.values());
    ranked.sort(Comparator.comparingInt(FullTextSearch.Row::rank).reversed());
    long limit = top == null ? Long.MAX_VALUE : ((Number) top).longValue();
    List<Object[]> out = new ArrayList<>();
    for (FullTextSearch.Row r : ranked) {
      if (out.size() >= limit) {
        break;
      }
      out.add(new Object[] {r.keyValue(), r.rank()});
    }
    return out;
  }
}
