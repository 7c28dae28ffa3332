package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.DateTimeValues;
import dev.quern.catalog.value.SqlValueException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * DATEADD(datepart, number, date): the date's type (datetime for a string); months clamp to the
 * month's last day; times wrap around midnight; datetime results round to 1/300 s. 517 when the
 * result leaves the type's range.
 */
final class DateAddFunction extends BuiltinFunction {
  DateAddFunction() {
    super("DATEADD", 3, 3);
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    SqlType d = t.get(2);
    if (SqlTypes.isCharacter(d.id())) {
      return SqlTypes.DATETIME;
    }
    return Arguments.temporalType(d);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    SqlType type = resultType(List.of(a.type(0), a.type(1), a.type(2)));
    DatePart part = DatePart.of(a.string(0), name());
    part.checkSupported(type.id(), name());
    long n = a.integer(1);
    Object d = a.as(2, type);
    LocalDateTime t = Temporals.local(d);
    LocalDateTime r;
    try {
      r = add(t, part, n);
    } catch (DateTimeException | ArithmeticException e) {
      throw overflow(type);
    }
    if (type.id() == TypeId.TIME) {
      // A time wraps: DATEADD(hour, 25, '10:00') is 11:00.
      return DateTimeValues.roundToScale(
          LocalTime.ofNanoOfDay(r.toLocalTime().toNanoOfDay()), type.scale());
    }
    return fit(r, d, type);
  }

  private static LocalDateTime add(LocalDateTime t, DatePart part, long n) {
    return switch (part) {
      case YEAR -> t.plusYears(n);
      case QUARTER -> t.plusMonths(3 * n);
      case MONTH -> t.plusMonths(n);
      case DAYOFYEAR, DAY, WEEKDAY -> t.plusDays(n);
      case WEEK, ISO_WEEK -> t.plusWeeks(n);
      case HOUR -> t.plusHours(n);
      case MINUTE -> t.plusMinutes(n);
      case SECOND -> t.plusSeconds(n);
      case MILLISECOND -> t.plus(n, ChronoUnit.MILLIS);
      case MICROSECOND -> t.plus(n, ChronoUnit.MICROS);
      case NANOSECOND -> t.plusNanos(n);
      case TZOFFSET -> throw new IllegalStateException("checked before");
    };
  }

  private static Object fit(LocalDateTime r, Object original, SqlType type) {
    if (r.getYear() < 1 || r.getYear() > 9999) {
      throw overflow(type);
    }
    return switch (type.id()) {
      case DATETIME -> {
        LocalDateTime v = DateTimeValues.roundToDatetime(r);
        if (!DateTimeValues.inDatetimeRange(v)) {
          throw overflow(type);
        }
        yield v;
      }
      case SMALLDATETIME -> {
        LocalDateTime v = DateTimeValues.roundToSmalldatetime(r);
        if (!DateTimeValues.inSmalldatetimeRange(v)) {
          throw overflow(type);
        }
        yield v;
      }
      case DATETIME2, DATETIMEOFFSET ->
          Temporals.like(original, DateTimeValues.roundToScale(r, type.scale()));
      default -> Temporals.like(original, r);
    };
  }

  static SqlValueException overflow(SqlType type) {
    return SqlValueException.of(
        517, "Adding a value to a '" + SqlTypes.name(type.id()) + "' column caused an overflow.");
  }
}
