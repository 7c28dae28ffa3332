package dev.quern.catalog.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Rounding and ranges of SQL Server's date and time types: datetime counts 1/300 s ticks (shown as
 * .000/.003/.007), smalldatetime minutes, time/datetime2/datetimeoffset 10^-scale seconds.
 */
public final class DateTimeValues {
  /** Day 0 of datetime and smalldatetime arithmetic. */
  public static final LocalDate BASE_DATE = LocalDate.of(1900, 1, 1);

  public static final LocalDateTime DATETIME_MIN = LocalDateTime.of(1753, 1, 1, 0, 0);
  public static final LocalDateTime DATETIME_MAX =
      LocalDateTime.of(9999, 12, 31, 23, 59, 59, 997_000_000);
  public static final LocalDateTime SMALLDATETIME_MIN = LocalDateTime.of(1900, 1, 1, 0, 0);
  public static final LocalDateTime SMALLDATETIME_MAX = LocalDateTime.of(2079, 6, 6, 23, 59);

  static final long NANOS_PER_DAY = 86_400_000_000_000L;
  private static final long TICKS_PER_DAY = 86_400L * 300;

  private DateTimeValues() {}

  /**
   * Rounds to a datetime tick (1/300 s, half up), keeping the exact tick instant: tick 2 is 6666667
   * ns, which datetime2(7) shows as .0066667 and datetime as .007.
   */
  public static LocalDateTime roundToDatetime(LocalDateTime t) {
    long nanos = t.toLocalTime().toNanoOfDay();
    long ticks = (nanos * 3 + 5_000_000) / 10_000_000;
    LocalDate day = t.toLocalDate();
    if (ticks == TICKS_PER_DAY) {
      return day.plusDays(1).atStartOfDay();
    }
    return day.atTime(LocalTime.ofNanoOfDay(tickNanos(ticks)));
  }

  /** The instant of a datetime tick count within a day, in ns rounded half up. */
  static long tickNanos(long ticks) {
    return (ticks * 10_000_000 + 1) / 3;
  }

  /** Rounds to the minute as smalldatetime does (29.998 s down, 29.999 s up). */
  public static LocalDateTime roundToSmalldatetime(LocalDateTime t) {
    LocalDateTime r = roundToDatetime(t);
    LocalDateTime minute = r.truncatedTo(ChronoUnit.MINUTES);
    return r.getSecond() >= 30 ? minute.plusMinutes(1) : minute;
  }

  /** Rounds the fractional seconds to {@code scale} digits (half up), carrying into the date. */
  public static LocalDateTime roundToScale(LocalDateTime t, int scale) {
    long unit = unit(scale);
    long nanos = t.getNano();
    long rounded = (nanos + unit / 2) / unit * unit;
    return t.withNano(0).plusNanos(rounded);
  }

  /** Rounds a time of day to {@code scale} digits; 23:59:59.9999999 at scale 0 wraps to 00:00. */
  public static LocalTime roundToScale(LocalTime t, int scale) {
    long unit = unit(scale);
    long nanos = t.getNano();
    long rounded = (nanos + unit / 2) / unit * unit;
    return t.withNano(0).plusNanos(rounded);
  }

  private static long unit(int scale) {
    long unit = 1;
    for (int i = scale; i < 9; i++) {
      unit *= 10;
    }
    return unit;
  }

  /** datetime as a number of days since 1900-01-01 with the time as a fraction. */
  public static double toDays(LocalDateTime t) {
    long days = ChronoUnit.DAYS.between(BASE_DATE, t.toLocalDate());
    return days + t.toLocalTime().toNanoOfDay() / (double) NANOS_PER_DAY;
  }

  /** The datetime that many days (and fraction) after 1900-01-01, rounded to a tick. */
  public static LocalDateTime fromDays(double days) {
    double whole = Math.floor(days);
    long nanos = Math.round((days - whole) * NANOS_PER_DAY);
    LocalDateTime t = BASE_DATE.atStartOfDay().plusDays((long) whole).plusNanos(nanos);
    return roundToDatetime(t);
  }

  public static boolean inDatetimeRange(LocalDateTime t) {
    return !t.isBefore(DATETIME_MIN) && !t.isAfter(DATETIME_MAX);
  }

  public static boolean inSmalldatetimeRange(LocalDateTime t) {
    return !t.isBefore(SMALLDATETIME_MIN) && !t.isAfter(SMALLDATETIME_MAX);
  }
}
