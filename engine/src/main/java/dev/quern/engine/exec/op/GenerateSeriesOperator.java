package dev.quern.engine.exec.op;

import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.SqlErrors;
import java.math.BigDecimal;

/**
 * GENERATE_SERIES: integer series count in a primitive long (no per-row arithmetic objects);
 * decimal series step in BigDecimal. A NULL argument gives no rows; a zero step is an error.
 */
final class GenerateSeriesOperator implements Operator {
  private final TypeId type;
  private final boolean integral;
  private long current;
  private long stop;
  private long step;
  private BigDecimal dCurrent;
  private BigDecimal dStop;
  private BigDecimal dStep;
  private boolean done;

  GenerateSeriesOperator(
      TypeId type, Object start, Object stopValue, boolean hasStep, Object stepValue) {
    this.type = type;
    this.integral = type != TypeId.DECIMAL && type != TypeId.NUMERIC;
    if (start == null || stopValue == null || (hasStep && stepValue == null)) {
      done = true;
      return;
    }
    if (integral) {
      current = ((Number) start).longValue();
      stop = ((Number) stopValue).longValue();
      step = stepValue == null ? (current <= stop ? 1 : -1) : ((Number) stepValue).longValue();
      if (step == 0) {
        throw SqlErrors.INVALID_GENERATE_SERIES_STEP.raise();
      }
    } else {
      dCurrent = (BigDecimal) start;
      dStop = (BigDecimal) stopValue;
      dStep =
          stepValue == null
              ? BigDecimal.valueOf(dCurrent.compareTo(dStop) <= 0 ? 1 : -1)
              : (BigDecimal) stepValue;
      if (dStep.signum() == 0) {
        throw SqlErrors.INVALID_GENERATE_SERIES_STEP.raise();
      }
    }
  }

  @Override
  public Object[] next() {
    if (done) {
      return null;
    }
    return integral ? nextIntegral() : nextDecimal();
  }

  private Object[] nextIntegral() {
    if (step > 0 ? current > stop : current < stop) {
      done = true;
      return null;
    }
    long v = current;
    // Stop before the counter itself would overflow past the type's range.
    long nextValue = current + step;
    if ((step > 0 && nextValue < current) || (step < 0 && nextValue > current)) {
      done = true;
    }
    current = nextValue;
    return new Object[] {type == TypeId.BIGINT ? (Object) v : (Object) (int) v};
  }

  /** Whether the series counts in integers of int or bigint (what {@link #fill} serves). */
  boolean intOrBigint() {
    return type == TypeId.INT || type == TypeId.BIGINT;
  }

  /**
   * The next values of an integral series into {@code into[0, n)} without a row per value, with
   * n at most {@code max}; 0 at the end. The same values, and the same end, as {@link #next}.
   */
  int fill(long[] into, int max) {
    if (done || !integral) {
      return 0;
    }
    int n = 0;
    while (n < max) {
      if (step > 0 ? current > stop : current < stop) {
        done = true;
        break;
      }
      into[n++] = current;
      long nextValue = current + step;
      if ((step > 0 && nextValue < current) || (step < 0 && nextValue > current)) {
        done = true;
        break;
      }
      current = nextValue;
    }
    return n;
  }

  private Object[] nextDecimal() {
    if (dStep.signum() > 0 ? dCurrent.compareTo(dStop) > 0 : dCurrent.compareTo(dStop) < 0) {
      done = true;
      return null;
    }
    BigDecimal v = dCurrent;
    dCurrent = dCurrent.add(dStep);
    return new Object[] {v};
  }
}
