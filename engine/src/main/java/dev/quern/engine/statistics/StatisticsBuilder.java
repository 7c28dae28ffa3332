package dev.quern.engine.statistics;

import dev.quern.catalog.meta.StatisticsContent;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Comparisons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a statistics object's content from the rows it covers, each given as the values of its
 * columns in order (the leading one first): every row is read (rows_sampled = rows). The rows are
 * sorted once on all columns (NULL first, strings under the default collation, as the key order);
 * one pass then counts the distinct values of each leading prefix (the density vector, NULLs one
 * value as SQL Server counts them) and groups the leading column for the {@link Histogram}.
 */
public final class StatisticsBuilder {
  private final List<SqlType> types;
  private final List<Object[]> rows = new ArrayList<>();
  private final long[] lengths;

  public StatisticsBuilder(List<SqlType> types) {
    this.types = List.copyOf(types);
    this.lengths = new long[types.size()];
  }

  /** One row's values of the statistics' columns. */
  public void add(Object[] values) {
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] += KeyLengths.of(values[i], types.get(i));
    }
    rows.add(values);
  }

  /** The content, dated {@code now}; {@code unfilteredRows} the table's rows (a filter may leave fewer). */
  public StatisticsContent build(Instant now, long unfilteredRows) {
    rows.sort(order());
    int n = types.size();
    long[] distinct = new long[n];
    List<Histogram.Group> groups = new ArrayList<>();
    long nulls = 0;
    Object[] previous = null;
    for (Object[] row : rows) {
      int changed = previous == null ? 0 : firstDifference(previous, row);
      for (int i = changed; i < n; i++) {
        distinct[i]++;
      }
      if (row[0] == null) {
        nulls++;
      } else if (changed == 0) {
        groups.add(new Histogram.Group(row[0], 1));
      } else {
        Histogram.Group g = groups.removeLast();
        groups.add(new Histogram.Group(g.value(), g.count() + 1));
      }
      previous = row;
    }
    List<Double> densities = new ArrayList<>();
    List<Double> averages = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < n; i++) {
      densities.add(distinct[i] == 0 ? 0.0 : 1.0 / distinct[i]);
      total += rows.isEmpty() ? 0 : (double) lengths[i] / rows.size();
      averages.add(total);
    }
    var steps = Histogram.build(groups, nulls, Histogram.MAX_STEPS);
    return new StatisticsContent(now, rows.size(), rows.size(), unfilteredRows, densities, averages, types.getFirst(),
        steps);
  }

  /** The first column at which two sorted rows differ ({@code n} when they are equal). */
  private int firstDifference(Object[] a, Object[] b) {
    for (int i = 0; i < types.size(); i++) {
      if (compare(a[i], b[i], types.get(i)) != 0) {
        return i;
      }
    }
    return types.size();
  }

  private Comparator<Object[]> order() {
    return (a, b) -> {
      for (int i = 0; i < types.size(); i++) {
        int c = compare(a[i], b[i], types.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  private static int compare(Object x, Object y, SqlType type) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    return Comparisons.compare(x, type, y, type);
  }
}
