package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Arithmetic;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.plan.AggregateCall;
import java.util.HashSet;
import java.util.Set;

/**
 * The running state of one aggregate for one group. NULL inputs are skipped (and noted, for the
 * ANSI_WARNINGS message 8153); DISTINCT keeps the values seen.
 */
final class Accumulator {
  private final AggregateCall call;
  private final SqlType argType;
  private final Set<Object> distinct;
  private long count;
  private long longSum;
  /** A float SUM/AVG's running total while every value was a finite double (no box per row). */
  private double doubleSum;
  private boolean doubleSumming;
  private Object sum;
  private Object extreme;
  boolean sawNull;

  Accumulator(AggregateCall call) {
    this.call = call;
    this.argType = call.arg() == null ? null : call.arg().type();
    this.distinct = call.distinct() ? new HashSet<>() : null;
  }

  void add(Object v) {
    if (call.arg() != null) {
      if (v == null) {
        sawNull = true;
        return;
      }
      if (distinct != null && !distinct.add(GroupKey.normalize(v))) {
        return;
      }
    }
    count++;
    switch (call.kind()) {
      case COUNT, COUNT_BIG -> {}
      case SUM, AVG -> addToSum(v);
      case MIN -> extreme = extreme == null || compare(v, extreme) < 0 ? v : extreme;
      case MAX -> extreme = extreme == null || compare(v, extreme) > 0 ? v : extreme;
    }
  }

  private void addToSum(Object v) {
    TypeId t = call.type().id();
    if (t == TypeId.INT || t == TypeId.BIGINT) {
      try {
        longSum = Math.addExact(longSum, ((Number) v).longValue());
      } catch (ArithmeticException e) {
        throw overflow();
      }
      if (call.kind() == AggregateCall.Kind.SUM && t == TypeId.INT
          && (longSum > Integer.MAX_VALUE || longSum < Integer.MIN_VALUE)) {
        throw overflow();
      }
      return;
    }
    if (t == TypeId.FLOAT && v instanceof Double d && sum == null) {
      // float + float per row without the generic arithmetic's type resolution; an overflow
      // (infinite sum) takes the generic path below, which raises SQL Server's error.
      double next = doubleSum + d;
      if (Double.isFinite(next)) {
        doubleSum = next;
        doubleSumming = true;
        return;
      }
    }
    if (doubleSumming) {
      sum = doubleSum;
      doubleSumming = false;
    }
    try {
      Object converted = Conversions.convert(v, argType, call.type());
      sum = sum == null ? converted : Arithmetic.apply('+', sum, call.type(), converted, call.type());
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  private RuntimeException overflow() {
    return SqlErrors.ARITH_OVERFLOW.raise("expression", call.type().id().name().toLowerCase(java.util.Locale.ROOT));
  }

  private int compare(Object a, Object b) {
    if (a instanceof Integer x && b instanceof Integer y) { // int MIN/MAX, the common case
      return Integer.compare(x, y);
    }
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    try {
      return Comparisons.compare(a, argType, b, argType);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  Object result() {
    return switch (call.kind()) {
      case COUNT -> {
        if (count > Integer.MAX_VALUE) {
          throw overflow();
        }
        yield (int) count;
      }
      case COUNT_BIG -> count;
      case MIN, MAX -> extreme;
      case SUM -> count == 0 ? null : sumValue();
      case AVG -> count == 0 ? null : average();
    };
  }

  private Object sumValue() {
    TypeId t = call.type().id();
    if (t == TypeId.INT) {
      return (int) longSum;
    }
    if (t == TypeId.BIGINT) {
      return longSum;
    }
    return total();
  }

  /** The running total of a SUM/AVG that is neither int nor bigint. */
  private Object total() {
    return doubleSumming ? (Object) doubleSum : sum;
  }

  private Object average() {
    TypeId t = call.type().id();
    if (t == TypeId.INT) {
      return (int) (longSum / count);
    }
    if (t == TypeId.BIGINT) {
      return longSum / count;
    }
    try {
      SqlType bigint = dev.quern.catalog.type.SqlTypes.BIGINT;
      SqlType quotientType = Arithmetic.resultType('/', call.type(), bigint);
      Object quotient = Arithmetic.apply('/', total(), call.type(), count, bigint);
      return Conversions.convert(quotient, quotientType, call.type());
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }
}
