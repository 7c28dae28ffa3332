package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.plan.SortNode;
import java.util.Comparator;
import java.util.List;

/**
 * Orders rows by sort keys with SQL Server's rules: NULL sorts lowest, strings under each key
 * column's collation (the default where it has none).
 */
final class RowComparator implements Comparator<Object[]> {
  private final int[] columns;
  private final boolean[] descending;
  private final SqlType[] types;
  private final Collation[] collations;

  RowComparator(List<SortNode.SortKey> keys, List<ResultColumn> inputColumns) {
    columns = new int[keys.size()];
    descending = new boolean[keys.size()];
    types = new SqlType[keys.size()];
    collations = new Collation[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      columns[i] = keys.get(i).column();
      descending[i] = keys.get(i).descending();
      types[i] = inputColumns.get(columns[i]).type();
      collations[i] = inputColumns.get(columns[i]).collation();
    }
  }

  /** Over the row positions {@code columns}, key {@code i} of type {@code types[i]}. */
  RowComparator(int[] columns, boolean[] descending, SqlType[] types, Collation[] collations) {
    this.columns = columns.clone();
    this.descending = descending.clone();
    this.types = types.clone();
    this.collations = collations == null ? new Collation[columns.length] : collations.clone();
  }

  @Override
  public int compare(Object[] a, Object[] b) {
    for (int i = 0; i < columns.length; i++) {
      Object x = a[columns[i]];
      Object y = b[columns[i]];
      int c;
      if (x == null || y == null) {
        c = x == null ? (y == null ? 0 : -1) : 1;
      } else {
        try {
          c = Comparisons.compare(x, types[i], y, types[i], collations[i]);
        } catch (SqlValueException e) {
          throw ValueErrors.toSql(e);
        }
      }
      if (c != 0) {
        return descending[i] ? -c : c;
      }
    }
    return 0;
  }
}
