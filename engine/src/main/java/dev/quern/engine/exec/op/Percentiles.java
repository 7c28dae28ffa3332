package dev.quern.engine.exec.op;

import dev.quern.engine.error.FunctionErrors;
import dev.quern.engine.plan.WindowNode;
import java.util.ArrayList;
import java.util.List;

/**
 * PERCENTILE_CONT and PERCENTILE_DISC over one partition whose rows are sorted by the WITHIN GROUP
 * key (the function's one order key, after its partition keys); NULL keys take no part.
 */
final class Percentiles {
  private Percentiles() {}

  /**
   * The partition's percentile {@code p} (8727 when NULL or outside [0, 1]); NULL when every key
   * is NULL.
   */
  static Object of(WindowNode.Function fn, Object p, Object[][] keys, Integer[] order, int start, int end) {
    double fraction = fraction(p);
    int at = fn.partition().size();
    List<Object> values = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      Object v = keys[order[i]][at];
      if (v != null) {
        values.add(v);
      }
    }
    return of(fn.kind() == WindowNode.Kind.PERCENTILE_DISC, fraction, values);
  }

  /**
   * Percentile {@code fraction} (already checked) of {@code values}, non-NULL and sorted by the
   * WITHIN GROUP key: DISC picks a value, CONT interpolates in double. NULL when there are none.
   */
  static Object of(boolean discrete, double fraction, List<Object> values) {
    int n = values.size();
    if (n == 0) {
      return null;
    }
    if (discrete) {
      // The first value whose cumulative share (CUME_DIST, i/n) reaches p; p = 0 is the first.
      for (int i = 1; i < n; i++) {
        if ((double) i / n >= fraction) {
          return values.get(i - 1);
        }
      }
      return values.get(n - 1);
    }
    // The row number 1 + p(n - 1), interpolated between the values at its floor and ceiling, in
    // double as SQL Server computes it.
    double rn = 1 + fraction * (n - 1);
    double floor = Math.floor(rn);
    double ceil = Math.ceil(rn);
    double low = number(values.get((int) floor - 1));
    if (floor == ceil) {
      return low;
    }
    double high = number(values.get((int) ceil - 1));
    return (ceil - rn) * low + (rn - floor) * high;
  }

  static double fraction(Object p) {
    double value = p instanceof Number n ? n.doubleValue() : Double.NaN;
    if (!(value >= 0 && value <= 1)) {
      throw FunctionErrors.PERCENTILE_RANGE.raise();
    }
    return value;
  }

  private static double number(Object v) {
    return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
  }
}
