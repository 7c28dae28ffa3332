package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlValueException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * DATEDIFF and DATEDIFF_BIG(datepart, start, end): the number of datepart boundaries crossed from
 * start to end (DATEDIFF(year, '2024-12-31', '2025-01-01') is 1), in UTC for datetimeoffset. Weeks
 * start on Sunday whatever DATEFIRST says. 535 when the count does not fit int.
 */
final class DateDiffFunction extends BuiltinFunction {
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private final boolean big;

  DateDiffFunction(String name, boolean big) {
    super(name, 3, 3);
    this.big = big;
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    return big ? SqlTypes.BIGINT : SqlTypes.INT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    DatePart part = DatePart.of(a.string(0), name());
    Object start = a.temporal(1);
    Object end = a.temporal(2);
    // DATEDIFF takes every datepart for every type: a missing date is 1900-01-01, a missing time
    // midnight.
    BigInteger diff =
        boundary(part, Temporals.utc(end)).subtract(boundary(part, Temporals.utc(start)));
    if (big) {
      if (diff.bitLength() >= 64) {
        throw overflow(name());
      }
      return diff.longValue();
    }
    if (diff.bitLength() >= 32) {
      throw overflow(name());
    }
    return diff.intValue();
  }

  /** The index of the datepart interval holding t, counted from a fixed origin. */
  private static BigInteger boundary(DatePart part, LocalDateTime t) {
    long epochDay = t.toLocalDate().toEpochDay();
    long seconds = t.toEpochSecond(ZoneOffset.UTC);
    return switch (part) {
      case YEAR -> BigInteger.valueOf(t.getYear());
      case QUARTER -> BigInteger.valueOf(t.getYear() * 4L + (t.getMonthValue() - 1) / 3);
      case MONTH -> BigInteger.valueOf(t.getYear() * 12L + t.getMonthValue() - 1);
      case DAYOFYEAR, DAY, WEEKDAY -> BigInteger.valueOf(epochDay);
      // 1970-01-01 was a Thursday: shifting by 4 days puts week boundaries on Sundays.
      case WEEK, ISO_WEEK -> BigInteger.valueOf(Math.floorDiv(epochDay + 4, 7));
      case HOUR -> BigInteger.valueOf(Math.floorDiv(seconds, 3600));
      case MINUTE -> BigInteger.valueOf(Math.floorDiv(seconds, 60));
      case SECOND -> BigInteger.valueOf(seconds);
      case MILLISECOND -> nanos(seconds, t).divide(BigInteger.valueOf(1_000_000));
      case MICROSECOND -> nanos(seconds, t).divide(BigInteger.valueOf(1_000));
      case NANOSECOND -> nanos(seconds, t);
      case TZOFFSET -> BigInteger.ZERO;
    };
  }

  /** Nanoseconds since the epoch; dividing non-negative-offset values keeps floor semantics. */
  private static BigInteger nanos(long seconds, LocalDateTime t) {
    return BigInteger.valueOf(seconds)
        .multiply(NANOS_PER_SECOND)
        .add(BigInteger.valueOf(t.getNano()))
        .add(ORIGIN_SHIFT);
  }

  /** Shifts year-1 values positive so integer division floors. */
  private static final BigInteger ORIGIN_SHIFT =
      BigInteger.valueOf(62_135_596_800L).multiply(NANOS_PER_SECOND);

  static SqlValueException overflow(String function) {
    return SqlValueException.of(
        535,
        "The "
            + function.toLowerCase(java.util.Locale.ROOT)
            + " function resulted in an overflow. The number of dateparts separating two date/time"
            + " instances is too large. Try to use "
            + function.toLowerCase(java.util.Locale.ROOT)
            + " with a less precise datepart.");
  }
}
