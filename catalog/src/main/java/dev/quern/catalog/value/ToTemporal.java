package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Conversions to date, time, datetime2, datetimeoffset, datetime and smalldatetime, with each
 * type's rounding and range (241 for unparseable strings, 242 for datetime out of range).
 */
final class ToTemporal {
  /** A source value split into the parts the target takes; date, time and offset may be null. */
  private record Moment(LocalDate date, LocalTime time, ZoneOffset offset) {
    LocalDateTime local() {
      return (date == null ? DateTimeValues.BASE_DATE : date)
          .atTime(time == null ? LocalTime.MIDNIGHT : time);
    }
  }

  private ToTemporal() {}

  static Object convert(Object v, SqlType from, SqlType to, int style, String dateFormat) {
    TypeId target = to.id();
    Moment m =
        switch (v) {
          case String s -> fromString(s, from, target, order(style, dateFormat));
          case LocalDate d -> new Moment(d, null, null);
          case LocalTime t -> new Moment(null, t, null);
          case LocalDateTime t -> new Moment(t.toLocalDate(), t.toLocalTime(), null);
          case OffsetDateTime o -> new Moment(o.toLocalDate(), o.toLocalTime(), o.getOffset());
          case byte[] b -> fromBinary(b, from, target);
          default -> fromDays(Numbers.toDouble(v), target);
        };
    return build(m, from.id(), to);
  }

  private static Object build(Moment m, TypeId from, SqlType to) {
    return switch (to.id()) {
      case DATE -> m.date() == null ? DateTimeValues.BASE_DATE : m.date();
      case TIME ->
          DateTimeValues.roundToScale(m.time() == null ? LocalTime.MIDNIGHT : m.time(), to.scale());
      case DATETIME2 -> DateTimeValues.roundToScale(m.local(), to.scale());
      case DATETIMEOFFSET ->
          OffsetDateTime.of(
              DateTimeValues.roundToScale(m.local(), to.scale()),
              m.offset() == null ? ZoneOffset.UTC : m.offset());
      case DATETIME -> datetime(m.local(), from);
      case SMALLDATETIME -> smalldatetime(m.local(), from);
      default -> throw new IllegalStateException(to.toString());
    };
  }

  private static LocalDateTime datetime(LocalDateTime t, TypeId from) {
    LocalDateTime r = DateTimeValues.roundToDatetime(t);
    if (!DateTimeValues.inDatetimeRange(r)) {
      throw ValueErrors.dateOutOfRange(from, TypeId.DATETIME);
    }
    return r;
  }

  private static LocalDateTime smalldatetime(LocalDateTime t, TypeId from) {
    LocalDateTime r = DateTimeValues.roundToSmalldatetime(t);
    if (!DateTimeValues.inSmalldatetimeRange(r)) {
      throw ValueErrors.dateOutOfRange(from, TypeId.SMALLDATETIME);
    }
    return r;
  }

  private static Moment fromString(String s, SqlType from, TypeId target, String order) {
    DateTimeParser.Parsed p = DateTimeParser.parse(s, order);
    boolean legacy = target == TypeId.DATETIME || target == TypeId.SMALLDATETIME;
    if (legacy
        && (p.fractionDigits() > 3 || (p.offset() != null && p.offset().getTotalSeconds() != 0))) {
      // datetime takes at most milliseconds and no time zone offset.
      throw ValueErrors.dateFromString();
    }
    LocalDate date;
    try {
      date = p.date();
    } catch (DateTimeException e) {
      throw legacy ? ValueErrors.dateOutOfRange(from.id(), target) : ValueErrors.dateFromString();
    }
    LocalTime time = LocalTime.ofNanoOfDay(p.nanoOfDay());
    return new Moment(p.hasDate() ? date : null, p.hasTime() ? time : null, p.offset());
  }

  /** The numeric date order: the one a CONVERT style implies, else the session's DATEFORMAT. */
  private static String order(int style, String dateFormat) {
    return switch (style % 100) {
      case 3, 4, 5, 6 -> "dmy";
      case 2, 11, 12 -> "ymd";
      case 1, 7, 10, 22 -> "mdy";
      default -> isOrder(dateFormat) ? dateFormat.toLowerCase(java.util.Locale.ROOT) : "mdy";
    };
  }

  /** One of the six orders SET DATEFORMAT takes: mdy, dmy, ymd, ydm, myd, dym. */
  private static boolean isOrder(String f) {
    if (f == null || f.length() != 3) {
      return false;
    }
    String l = f.toLowerCase(java.util.Locale.ROOT);
    return l.indexOf('d') >= 0 && l.indexOf('m') >= 0 && l.indexOf('y') >= 0;
  }

  /** datetime from numbers: days (and fraction) since 1900-01-01. */
  private static Moment fromDays(double days, TypeId target) {
    if (days < -53690 || days >= 2958464) {
      throw ValueErrors.expressionOverflow(target);
    }
    LocalDateTime t = DateTimeValues.fromDays(days);
    return new Moment(t.toLocalDate(), t.toLocalTime(), null);
  }

  private static Moment fromBinary(byte[] b, SqlType from, TypeId target) {
    if (target == TypeId.SMALLDATETIME) {
      long days = Bytes.toLong(java.util.Arrays.copyOfRange(b, 0, Math.min(2, b.length)), 8);
      long minutes = b.length < 4 ? 0 : ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
      LocalDateTime t = DateTimeValues.BASE_DATE.atStartOfDay().plusDays(days).plusMinutes(minutes);
      return new Moment(t.toLocalDate(), t.toLocalTime(), null);
    }
    byte[] full = new byte[8];
    System.arraycopy(
        b, Math.max(0, b.length - 8), full, Math.max(0, 8 - b.length), Math.min(8, b.length));
    long days = Bytes.toLong(java.util.Arrays.copyOfRange(full, 0, 4), 4);
    long ticks = Bytes.toLong(java.util.Arrays.copyOfRange(full, 4, 8), 4);
    LocalDateTime t =
        DateTimeValues.BASE_DATE
            .atStartOfDay()
            .plusDays(days)
            .plus(DateTimeValues.tickNanos(ticks), ChronoUnit.NANOS);
    return new Moment(t.toLocalDate(), t.toLocalTime(), null);
  }
}
