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
  /** MIN/MAX and DISTINCT of strings under the argument's collation (COLLATE, a column's); null: default. */
  private final dev.quern.catalog.value.Collation collation;
  private final Set<Object> distinct;
  private long count;
  private long longSum;
  /** A float SUM/AVG's running total while every value was a finite double (no box per row). */
  private double doubleSum;
  private boolean doubleSumming;
  private Object sum;
  private Object extreme;
  /** STRING_AGG's values with their WITHIN GROUP keys, and its separator. */
  private java.util.List<Object[]> strings;
  private String separator;
  /** VAR/STDEV: the running mean and sum of squared deviations (Welford), over {@link #count} values. */
  private double mean;
  private double squares;
  /** APPROX_PERCENTILE_CONT/DISC: the group's non-NULL keys, and its percentile (first row's). */
  private java.util.List<Object> keys;
  private Object percentile;
  /** MIN/MAX fed unboxed ({@link #addLong}, {@link #addDouble}): the extreme so far, if any. */
  private boolean primitiveExtreme;
  private long longExtreme;
  private double doubleExtreme;
  /** CHECKSUM_AGG: the XOR of the values so far. */
  private int checksum;
  boolean sawNull;

  Accumulator(AggregateCall call) {
    this.call = call;
    this.argType = call.arg() == null ? null : call.arg().type();
    this.collation = call.arg() == null ? null : dev.quern.engine.expr.ExprCollations.carried(call.arg());
    this.distinct = call.distinct() ? new HashSet<>() : null;
  }

  void add(Object v) {
    if (call.arg() != null) {
      if (v == null) {
        sawNull = true;
        return;
      }
      if (distinct != null && !distinct.add(GroupKey.normalize(v, collation))) {
        return;
      }
    }
    count++;
    switch (call.kind()) {
      case COUNT, COUNT_BIG -> {}
      case SUM, AVG -> addToSum(v);
      case MIN -> extreme = extreme == null || compare(v, extreme) < 0 ? v : extreme;
      case MAX -> extreme = extreme == null || compare(v, extreme) > 0 ? v : extreme;
      case VAR, VARP, STDEV, STDEVP -> {
        double x = ((Number) v).doubleValue();
        double delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
      }
      case CHECKSUM_AGG -> checksum ^= (Integer) v;
      case STRING_AGG -> throw new IllegalStateException("STRING_AGG adds through addString");
      case APPROX_PERCENTILE_CONT, APPROX_PERCENTILE_DISC -> throw new IllegalStateException("percentiles add through addKey");
      case JSON_ARRAYAGG, JSON_OBJECTAGG -> throw new IllegalStateException("JSON aggregates add through addJson");
    }
  }

  /**
   * A STRING_AGG value (NULLs are skipped) with its separator and WITHIN GROUP key values; they
   * are joined in that order when the result is asked for.
   */
  void addString(Object v, Object separator, Object[] orderValues) {
    if (v == null) {
      return;
    }
    if (strings == null) {
      strings = new java.util.ArrayList<>();
      this.separator = separator == null ? "" : separator.toString();
    }
    Object[] entry = new Object[1 + orderValues.length];
    entry[0] = v.toString();
    System.arraycopy(orderValues, 0, entry, 1, orderValues.length);
    strings.add(entry);
  }

  /** An APPROX_PERCENTILE key (NULLs are skipped, as by every aggregate) with its percentile. */
  void addKey(Object key, Object percentile) {
    if (key == null) {
      sawNull = true;
      return;
    }
    if (keys == null) {
      keys = new java.util.ArrayList<>();
      this.percentile = percentile;
    }
    keys.add(key);
  }

  private Object percentileOfKeys() {
    if (keys == null) {
      return null;
    }
    double fraction = Percentiles.fraction(percentile);
    boolean descending = call.order().getFirst().descending();
    keys.sort((a, b) -> descending ? compare(b, a) : compare(a, b));
    return Percentiles.of(call.kind() == AggregateCall.Kind.APPROX_PERCENTILE_DISC, fraction, keys);
  }

  /**
   * A JSON aggregate's member: the value as JSON (with its key for JSON_OBJECTAGG; a NULL key is
   * 13638), left out when NULL under ABSENT ON NULL, with its ORDER BY key values.
   */
  void addJson(Object key, Object value, Object[] orderValues) {
    if (strings == null) {
      strings = new java.util.ArrayList<>();
      separator = ",";
    }
    if (value == null && call.json().absentOnNull()) {
      return;
    }
    StringBuilder member = new StringBuilder();
    if (call.kind() == AggregateCall.Kind.JSON_OBJECTAGG) {
      if (key == null) {
        throw SqlErrors.JSON_OBJECT_NULL_KEY.raise();
      }
      dev.quern.engine.func.JsonEscape.appendQuoted(member, key.toString());
      member.append(':');
    }
    dev.quern.engine.func.JsonScalarText.append(member, value, argType, call.json().valueIsJson());
    Object[] entry = new Object[1 + orderValues.length];
    entry[0] = member.toString();
    System.arraycopy(orderValues, 0, entry, 1, orderValues.length);
    strings.add(entry);
  }

  /** The JSON array or object of the members; NULL when the group had no rows at all. */
  private Object jsonDocument() {
    if (strings == null) {
      return null;
    }
    boolean object = call.kind() == AggregateCall.Kind.JSON_OBJECTAGG;
    String members = joinedText().toString();
    return (object ? "{" : "[") + members + (object ? "}" : "]");
  }

  private Object joined() {
    if (strings == null) {
      return null;
    }
    StringBuilder sb = joinedText();
    SqlType t = call.type();
    if (t.length() != SqlType.MAX) {
      long bytes = t.id() == TypeId.NVARCHAR ? 2L * sb.length() : sb.length();
      if (bytes > 8000) {
        throw SqlErrors.STRING_AGG_TOO_LONG.raise();
      }
    }
    return sb.toString();
  }

  /** The entries' texts in their WITHIN GROUP order, between separators. */
  private StringBuilder joinedText() {
    if (!call.order().isEmpty()) {
      strings.sort(withinGroupOrder());
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < strings.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append((String) strings.get(i)[0]);
    }
    return sb;
  }

  /** WITHIN GROUP (ORDER BY …) over the entries {@link #addString} keeps: keys from position 1. */
  private java.util.Comparator<Object[]> withinGroupOrder() {
    int n = call.order().size();
    int[] columns = new int[n];
    boolean[] desc = new boolean[n];
    SqlType[] types = new SqlType[n];
    dev.quern.catalog.value.Collation[] collations = new dev.quern.catalog.value.Collation[n];
    for (int k = 0; k < n; k++) {
      columns[k] = k + 1;
      desc[k] = call.order().get(k).descending();
      types[k] = call.order().get(k).expr().type();
      collations[k] = dev.quern.engine.expr.ExprCollations.carried(call.order().get(k).expr());
    }
    return new RowComparator(columns, desc, types, collations);
  }

  /**
   * Whether {@code call} can be fed with {@link #addLong} (an int or bigint argument) or {@link
   * #addDouble} (a float one), {@link #addNull} and {@link #addRows}: COUNT, COUNT_BIG, SUM, AVG,
   * MIN and MAX without DISTINCT, a SUM or AVG of int or bigint summed as its own type.
   */
  static boolean takesPrimitives(AggregateCall call) {
    if (call.distinct()) {
      return false;
    }
    if (call.arg() == null) {
      return call.kind() == AggregateCall.Kind.COUNT || call.kind() == AggregateCall.Kind.COUNT_BIG;
    }
    TypeId arg = call.arg().type().id();
    if (arg != TypeId.INT && arg != TypeId.BIGINT && arg != TypeId.FLOAT) {
      return false;
    }
    TypeId result = call.type().id();
    return switch (call.kind()) {
      case COUNT, COUNT_BIG, MIN, MAX -> true;
      case SUM, AVG -> arg == TypeId.FLOAT ? result == TypeId.FLOAT : result == TypeId.INT || result == TypeId.BIGINT;
      default -> false;
    };
  }

  /** {@link #add} of NULL, for an aggregate of an argument ({@link #takesPrimitives}). */
  void addNull() {
    sawNull = true;
  }

  /** {@link #add} of {@code n} rows to COUNT(*) or COUNT_BIG(*). */
  void addRows(long n) {
    count += n;
  }

  /** {@link #add} of a non-NULL int or bigint value, unboxed ({@link #takesPrimitives}). */
  void addLong(long v) {
    count++;
    switch (call.kind()) {
      case SUM, AVG -> addToLongSum(v);
      case MIN -> {
        if (!primitiveExtreme || v < longExtreme) {
          longExtreme = v;
          primitiveExtreme = true;
        }
      }
      case MAX -> {
        if (!primitiveExtreme || v > longExtreme) {
          longExtreme = v;
          primitiveExtreme = true;
        }
      }
      default -> {}
    }
  }

  /**
   * {@link #add} of a non-NULL float value, unboxed ({@link #takesPrimitives}). MIN and MAX compare
   * as {@link dev.quern.catalog.value.Comparisons} does (-0.0 equals 0.0: the first one stays).
   */
  void addDouble(double v) {
    count++;
    switch (call.kind()) {
      case SUM, AVG -> {
        double next = doubleSum + v;
        if (sum == null && Double.isFinite(next)) {
          doubleSum = next;
          doubleSumming = true;
        } else {
          count--; // counted again by the boxed path, which raises the overflow as add() does
          add(v);
        }
      }
      case MIN -> {
        if (!primitiveExtreme || v < doubleExtreme) {
          doubleExtreme = v;
          primitiveExtreme = true;
        }
      }
      case MAX -> {
        if (!primitiveExtreme || v > doubleExtreme) {
          doubleExtreme = v;
          primitiveExtreme = true;
        }
      }
      default -> {}
    }
  }

  /**
   * Adds the state of {@code other}, the same aggregate fed unboxed ({@link #takesPrimitives}) with
   * the rows that follow this one's (a parallel scan's next key range): counts add, sums add with
   * the overflow error adding a row gives (8115), MIN and MAX keep this one's extreme on a tie (the
   * earlier row's, as one scan keeps), AVG merges its sum and count, NULLs seen carry over.
   */
  void merge(Accumulator other) {
    sawNull |= other.sawNull;
    switch (call.kind()) {
      case COUNT, COUNT_BIG -> count += other.count;
      case SUM, AVG -> mergeSum(other);
      case MIN, MAX -> mergeExtreme(other);
      default -> throw new IllegalStateException(call.kind() + " is not merged");
    }
  }

  private void mergeSum(Accumulator other) {
    if (other.count == 0) {
      return;
    }
    count += other.count;
    if (argType.id() != TypeId.FLOAT) {
      addToLongSum(other.longSum);
      return;
    }
    // Each part's float total is finite (an infinite one raised 8115 in its part).
    double next = doubleSum + other.doubleSum;
    if (sum == null && Double.isFinite(next)) {
      doubleSum = next;
      doubleSumming = true;
    } else {
      addToSum(other.doubleSum); // the boxed path raises the overflow as adding a row does
    }
  }

  private void mergeExtreme(Accumulator other) {
    count += other.count;
    if (!other.primitiveExtreme) {
      return;
    }
    boolean min = call.kind() == AggregateCall.Kind.MIN;
    boolean replaces = !primitiveExtreme
        || (argType.id() == TypeId.FLOAT
            ? (min ? other.doubleExtreme < doubleExtreme : other.doubleExtreme > doubleExtreme)
            : (min ? other.longExtreme < longExtreme : other.longExtreme > longExtreme));
    if (replaces) {
      longExtreme = other.longExtreme;
      doubleExtreme = other.doubleExtreme;
      primitiveExtreme = true;
    }
  }

  /** MIN/MAX's result: the extreme value, boxed as the argument's type is when fed unboxed. */
  private Object extreme() {
    if (!primitiveExtreme) {
      return extreme;
    }
    return switch (argType.id()) {
      case INT -> (int) longExtreme;
      case BIGINT -> longExtreme;
      case FLOAT -> doubleExtreme;
      default -> throw new IllegalStateException(argType + " is not fed unboxed");
    };
  }

  private void addToLongSum(long v) {
    try {
      longSum = Math.addExact(longSum, v);
    } catch (ArithmeticException e) {
      throw overflow();
    }
    if (call.kind() == AggregateCall.Kind.SUM && call.type().id() == TypeId.INT
        && (longSum > Integer.MAX_VALUE || longSum < Integer.MIN_VALUE)) {
      throw overflow();
    }
  }

  private void addToSum(Object v) {
    TypeId t = call.type().id();
    if (t == TypeId.INT || t == TypeId.BIGINT) {
      addToLongSum(((Number) v).longValue());
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
      return Comparisons.compare(a, argType, b, argType, collation);
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
      case MIN, MAX -> extreme();
      case STRING_AGG -> joined();
      case APPROX_PERCENTILE_CONT, APPROX_PERCENTILE_DISC -> percentileOfKeys();
      case JSON_ARRAYAGG, JSON_OBJECTAGG -> jsonDocument();
      case VAR -> count < 2 ? null : squares / (count - 1);
      case VARP -> count == 0 ? null : squares / count;
      case STDEV -> count < 2 ? null : Math.sqrt(squares / (count - 1));
      case STDEVP -> count == 0 ? null : Math.sqrt(squares / count);
      case CHECKSUM_AGG -> count == 0 ? null : checksum;
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
