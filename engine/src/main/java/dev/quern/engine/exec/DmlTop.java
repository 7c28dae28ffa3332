package dev.quern.engine.exec;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.DmlPlan;
import java.util.List;

/**
 * The TOP of an UPDATE or DELETE: {@code TOP (n)} stops reading the target once n rows matched
 * (rows past them are neither changed nor locked); {@code TOP (p) PERCENT} keeps the first p% of
 * all matching rows, rounded up. The value is read once, before the target is (1014 when negative,
 * NULL, or a percentage beyond 100).
 */
final class DmlTop {
  private static final DmlTop NONE = new DmlTop(-1, -1);

  private final long rows;
  private final double percent;

  private DmlTop(long rows, double percent) {
    this.rows = rows;
    this.percent = percent;
  }

  static DmlTop of(DmlPlan.TargetRead read, EvalContext ctx) {
    if (read.top() == null) {
      return NONE;
    }
    Object v = read.top().eval(ctx);
    if (!(v instanceof Number n)) {
      throw SqlErrors.NEGATIVE_TOP.raise();
    }
    if (read.percent()) {
      double p = n.doubleValue();
      if (p < 0 || p > 100) {
        throw SqlErrors.NEGATIVE_TOP.raise();
      }
      return new DmlTop(-1, p);
    }
    if (n.longValue() < 0) {
      throw SqlErrors.NEGATIVE_TOP.raise();
    }
    return new DmlTop(n.longValue(), -1);
  }

  /** Whether {@code matched} rows are all the statement may change: read no further. */
  boolean reached(int matched) {
    return rows >= 0 && matched >= rows;
  }

  /** Keeps the share of the matched rows a TOP … PERCENT allows (parallel lists, in read order). */
  void trim(List<byte[]> locators, List<Object[]> olds) {
    int keep = keep(locators.size());
    locators.subList(keep, locators.size()).clear();
    olds.subList(keep, olds.size()).clear();
  }

  /** How many of {@code matched} rows a TOP … PERCENT keeps (all of them without PERCENT). */
  int keep(int matched) {
    return percent < 0 ? matched : (int) Math.ceil(matched * percent / 100.0);
  }
}
