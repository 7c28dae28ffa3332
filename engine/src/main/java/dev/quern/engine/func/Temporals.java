package dev.quern.engine.func;

import dev.quern.catalog.value.DateTimeValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Date/time values of any SQL type seen as one local date-time (and offset) for the date functions.
 */
final class Temporals {
  private Temporals() {}

  /** The local date-time of a value: a date at midnight, a time on 1900-01-01. */
  static LocalDateTime local(Object v) {
    return switch (v) {
      case LocalDateTime t -> t;
      case LocalDate d -> d.atStartOfDay();
      case LocalTime t -> DateTimeValues.BASE_DATE.atTime(t);
      case OffsetDateTime o -> o.toLocalDateTime();
      default -> throw new IllegalArgumentException("not a date/time: " + v.getClass());
    };
  }

  /** The value in UTC for differences: datetimeoffset values compare as instants. */
  static LocalDateTime utc(Object v) {
    return v instanceof OffsetDateTime o
        ? o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
        : local(v);
  }

  static ZoneOffset offset(Object v) {
    return v instanceof OffsetDateTime o ? o.getOffset() : ZoneOffset.UTC;
  }

  /** Rebuilds a value of the same Java type as {@code like} from a local date-time. */
  static Object like(Object like, LocalDateTime t) {
    return switch (like) {
      case LocalDate d -> t.toLocalDate();
      case LocalTime lt -> t.toLocalTime();
      case OffsetDateTime o -> OffsetDateTime.of(t, o.getOffset());
      default -> t;
    };
  }
}
