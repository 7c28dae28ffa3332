package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.DateTimeValues;
import dev.quern.catalog.value.SqlValueException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * DATE_BUCKET(datepart, number, date [, origin]) of SQL Server 2022: the start of the bucket of
 * {@code number} dateparts, counted from {@code origin} (default 1900-01-01 00:00, a Monday), that
 * holds {@code date}; in the date's type. Buckets before the origin count backwards, so the result
 * is never after {@code date}.
 *
 * <p>Decided where the documentation is silent: a string for date or origin, or an origin of
 * another type than date, is 8116 (the documentation only says "an error"); a width of 0 is 9834
 * like a negative one ("only positive values are allowed"); datetimeoffset values are bucketed on
 * their local time and keep their offset.
 */
final class DateBucketFunction extends BuiltinFunction {
  /** 1900-01-01 00:00:00, a Monday: SQL Server's default origin (a time's date part is the same). */
  private static final LocalDateTime DEFAULT_ORIGIN = LocalDateTime.of(1900, 1, 1, 0, 0);

  DateBucketFunction() {
    super("DATE_BUCKET", 3, 4);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    SqlType date = t.get(2);
    if (!SqlTypes.isTemporal(date.id())) {
      throw Arity.invalidType(name(), date, 3);
    }
    if (t.size() == 4 && t.get(3).id() != date.id()) {
      throw Arity.invalidType(name(), t.get(3), 4);
    }
    return date;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    DatePart part = DatePart.of(a.string(0), name());
    TypeId type = a.type(2).id();
    if (!isBucketPart(part)) {
      throw part.unsupported(type, name());
    }
    part.checkSupported(type, name());
    long width = a.integer(1);
    if (width <= 0) {
      throw SqlValueException.of(
          9834, "Invalid bucket width value passed to DATE_BUCKET function. Only positive values are allowed.");
    }
    Object date = a.value(2);
    LocalDateTime t = Temporals.local(date);
    LocalDateTime origin = a.size() == 4 ? Temporals.local(a.value(3)) : DEFAULT_ORIGIN;
    LocalDateTime start = bucketStart(t, origin, part, width);
    if (!inRange(start, type)) {
      throw DateAddFunction.overflow(a.type(2));
    }
    return Temporals.like(date, start);
  }

  private static boolean inRange(LocalDateTime t, TypeId type) {
    return switch (type) {
      case DATETIME -> DateTimeValues.inDatetimeRange(t);
      case SMALLDATETIME -> DateTimeValues.inSmalldatetimeRange(t);
      case TIME -> t.toLocalDate().equals(DEFAULT_ORIGIN.toLocalDate());
      default -> t.getYear() >= 1 && t.getYear() <= 9999;
    };
  }

  private static boolean isBucketPart(DatePart p) {
    return switch (p) {
      case YEAR, QUARTER, MONTH, WEEK, DAYOFYEAR, DAY, WEEKDAY, HOUR, MINUTE, SECOND, MILLISECOND -> true;
      default -> false;
    };
  }


  static LocalDateTime bucketStart(LocalDateTime t, LocalDateTime origin, DatePart part, long width) {
    return switch (part) {
      case YEAR -> byMonths(t, origin, width * 12);
      case QUARTER -> byMonths(t, origin, width * 3);
      case MONTH -> byMonths(t, origin, width);
      default -> byDuration(t, origin, fixedLength(part).multipliedBy(width));
    };
  }

  private static Duration fixedLength(DatePart part) {
    return switch (part) {
      case WEEK -> ChronoUnit.WEEKS.getDuration();
      case HOUR -> ChronoUnit.HOURS.getDuration();
      case MINUTE -> ChronoUnit.MINUTES.getDuration();
      case SECOND -> ChronoUnit.SECONDS.getDuration();
      case MILLISECOND -> ChronoUnit.MILLIS.getDuration();
      default -> ChronoUnit.DAYS.getDuration(); // day, dayofyear and weekday alike
    };
  }

  /** Whole buckets of a fixed length from the origin, rounded towards the past. */
  private static LocalDateTime byDuration(LocalDateTime t, LocalDateTime origin, Duration bucket) {
    Duration elapsed = Duration.between(origin, t); // seconds and nanos: no overflow over 9999 years
    long buckets = elapsed.dividedBy(bucket); // truncated towards zero
    if (elapsed.isNegative() && !bucket.multipliedBy(buckets).equals(elapsed)) {
      buckets--;
    }
    return origin.plus(bucket.multipliedBy(buckets));
  }

  /**
   * Whole buckets of months from the origin: a month counts once the date has reached the
   * origin's day and time in it (so an origin on the 31st steps to each month's last day).
   */
  private static LocalDateTime byMonths(LocalDateTime t, LocalDateTime origin, long bucketMonths) {
    long months = ChronoUnit.MONTHS.between(origin, t);
    if (t.isBefore(origin) && origin.plusMonths(months).isAfter(t)) {
      months--; // between() truncates towards zero; buckets before the origin round down
    }
    return origin.plusMonths(Math.floorDiv(months, bucketMonths) * bucketMonths);
  }
}
