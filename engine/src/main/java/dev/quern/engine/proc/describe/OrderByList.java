package dev.quern.engine.proc.describe;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectStatement;
import java.util.List;
import java.util.Locale;

/**
 * A query's ORDER BY as sp_describe_first_result_set reports it: the list's length, and for each
 * result column its 1-based position in the list (0 when it is not there) and direction. An
 * item names a result column by its position ({@code ORDER BY 2}) or by the column's name or
 * alias; any other item (an expression, a column not selected) counts in the length only.
 */
record OrderByList(int length, int[] positions, boolean[] descending) {

  /** The ORDER BY of {@code s} over its result {@code columns}; null when it has none. */
  static OrderByList of(SelectStatement s, List<ResultColumn> columns) {
    List<QuerySpec.OrderItem> items = s.query().orderBy();
    if (items.isEmpty()) {
      return null;
    }
    int[] positions = new int[columns.size()];
    boolean[] descending = new boolean[columns.size()];
    for (int k = 0; k < items.size(); k++) {
      int column = column(items.get(k), columns);
      if (column >= 0 && positions[column] == 0) {
        positions[column] = k + 1;
        descending[column] = items.get(k).descending();
      }
    }
    return new OrderByList(items.size(), positions, descending);
  }

  /** The result column an ORDER BY item names (0-based), or -1. */
  private static int column(QuerySpec.OrderItem item, List<ResultColumn> columns) {
    if (item.expr() instanceof Literal l && l.kind() == Literal.Kind.NUMBER) {
      try {
        int n = Integer.parseInt(l.text().strip());
        return n >= 1 && n <= columns.size() ? n - 1 : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    if (item.expr() instanceof ColumnRef c) {
      String name = c.name().toLowerCase(Locale.ROOT);
      int found = -1;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().toLowerCase(Locale.ROOT).equals(name)) {
          if (found >= 0) {
            return -1; // two result columns of that name: not uniquely one of them
          }
          found = i;
        }
      }
      return found;
    }
    return -1;
  }

  /** ordinal_in_order_by_list of result column {@code i}: null when the list does not name it. */
  Integer position(int i) {
    return i < positions.length && positions[i] > 0 ? positions[i] : null;
  }

  /** order_by_is_descending of result column {@code i}: null when the list does not name it. */
  Integer descending(int i) {
    return position(i) == null ? null : descending[i] ? 1 : 0;
  }
}
