package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Date and time values as text, by CONVERT style ("CAST and CONVERT (Transact-SQL)", Date and time
 * styles), and by the default a plain CAST uses for each type.
 */
final class DateTimeText {
  static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private DateTimeText() {}

  /** The text of a date/time value; style {@link Conversions#NO_STYLE} is what CAST gives. */
  static String format(Object value, SqlType type, int style) {
    TypeId id = type.id();
    LocalDate date = date(value);
    LocalTime time = time(value);
    ZoneOffset offset = value instanceof OffsetDateTime o ? o.getOffset() : null;
    int digits = fractionDigits(type);
    if (style == Conversions.NO_STYLE) {
      return defaultText(id, date, time, offset, digits);
    }
    String text = styled(id, date, time, offset, digits, style);
    if (text == null) {
      throw ValueErrors.badStyleToString(style, id);
    }
    return text;
  }

  private static String defaultText(
      TypeId id, LocalDate date, LocalTime time, ZoneOffset offset, int digits) {
    return switch (id) {
      case DATE -> ymd(date, '-');
      case TIME -> hms(time) + fraction(time, digits, '.');
      case DATETIME2 -> ymd(date, '-') + " " + hms(time) + fraction(time, digits, '.');
      case DATETIMEOFFSET ->
          ymd(date, '-') + " " + hms(time) + fraction(time, digits, '.') + " " + offset(offset);
      default -> monDdYyyy(date) + " " + hhmiAmPm(time);
    };
  }

  private static String styled(
      TypeId id, LocalDate date, LocalTime time, ZoneOffset offset, int digits, int style) {
    boolean century = style >= 100;
    int base = style % 100;
    String fsep = id == TypeId.DATETIME || id == TypeId.SMALLDATETIME ? ":" : ".";
    return switch (style) {
      case 0, 100 -> dateOrTime(id, monDdYyyy(date), hhmiAmPm(time));
      case 9, 109 ->
          dateOrTime(
              id,
              monDdYyyy(date),
              hms12(time) + fraction(time, digits, fsep.charAt(0)) + amPm(time));
      case 13, 113 ->
          dateOrTime(
              id,
              dd(date) + " " + mon(date) + " " + yyyy(date),
              hms(time) + fraction(time, digits, fsep.charAt(0)));
      case 14, 114 -> hms(time) + fraction(time, digits, fsep.charAt(0));
      case 8, 24, 108 -> hms(time);
      case 20, 120 -> ymd(date, '-') + " " + hms(time);
      case 21, 25, 121 -> ymd(date, '-') + " " + hms(time) + fraction(time, digits, '.');
      case 22 -> mmddyy(date, '/', false) + " " + hms12(time) + " " + amPm(time);
      case 23 -> ymd(date, '-');
      case 126, 127 -> iso(id, date, time, offset, digits, style == 127);
      default -> base <= 12 && base >= 1 ? dateStyle(date, base, century) : null;
    };
  }

  private static String dateStyle(LocalDate date, int base, boolean century) {
    String y = century ? yyyy(date) : yy(date);
    String m = two(date.getMonthValue());
    String d = two(date.getDayOfMonth());
    return switch (base) {
      case 1 -> m + "/" + d + "/" + y;
      case 2 -> y + "." + m + "." + d;
      case 3 -> d + "/" + m + "/" + y;
      case 4 -> d + "." + m + "." + y;
      case 5 -> d + "-" + m + "-" + y;
      case 6 -> d + " " + mon(date) + " " + y;
      case 7 -> mon(date) + " " + d + ", " + y;
      case 10 -> m + "-" + d + "-" + y;
      case 11 -> y + "/" + m + "/" + d;
      case 12 -> y + m + d;
      default -> null;
    };
  }

  private static String dateOrTime(TypeId id, String dateText, String timeText) {
    if (id == TypeId.DATE) {
      return dateText;
    }
    if (id == TypeId.TIME) {
      return timeText;
    }
    return dateText + " " + timeText;
  }

  private static String iso(
      TypeId id, LocalDate date, LocalTime time, ZoneOffset offset, int digits, boolean zone) {
    String frac = time.getNano() == 0 ? "" : fraction(time, digits, '.');
    if (id == TypeId.DATE || id == TypeId.TIME) {
      return dateOrTime(id, ymd(date, '-'), hms(time) + frac); // no 'T' half of nothing
    }
    String text = ymd(date, '-') + "T" + hms(time) + frac;
    if (id == TypeId.DATETIMEOFFSET) {
      return text + (zone && offset.getTotalSeconds() == 0 ? "Z" : offset(offset));
    }
    return text;
  }

  private static LocalDate date(Object v) {
    return switch (v) {
      case LocalDate d -> d;
      case LocalDateTime t -> t.toLocalDate();
      case OffsetDateTime o -> o.toLocalDate();
      default -> DateTimeValues.BASE_DATE;
    };
  }

  private static LocalTime time(Object v) {
    return switch (v) {
      case LocalTime t -> t;
      case LocalDateTime t -> t.toLocalTime();
      case OffsetDateTime o -> o.toLocalTime();
      default -> LocalTime.MIDNIGHT;
    };
  }

  /** Fraction digits shown: 3 for datetime/smalldatetime (ms), the scale for the newer types. */
  private static int fractionDigits(SqlType type) {
    return switch (type.id()) {
      case TIME, DATETIME2, DATETIMEOFFSET -> type.scale();
      case DATE -> 0;
      default -> 3;
    };
  }

  static String fraction(LocalTime time, int digits, char sep) {
    if (digits == 0) {
      return "";
    }
    long nanos = time.getNano();
    if (digits == 3) {
      // datetime keeps exact 1/300 s ticks; its milliseconds are the tick rounded (6666667 ns →
      // 007).
      long ms = Math.min(999, (nanos + 500_000) / 1_000_000);
      return sep + String.format(Locale.ROOT, "%03d", ms);
    }
    String nine = String.format(Locale.ROOT, "%09d", nanos);
    return sep + nine.substring(0, digits);
  }

  static String ymd(LocalDate d, char sep) {
    return yyyy(d) + sep + two(d.getMonthValue()) + sep + two(d.getDayOfMonth());
  }

  private static String mmddyy(LocalDate d, char sep, boolean century) {
    return two(d.getMonthValue())
        + sep
        + two(d.getDayOfMonth())
        + sep
        + (century ? yyyy(d) : yy(d));
  }

  static String hms(LocalTime t) {
    return two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
  }

  private static String hms12(LocalTime t) {
    return pad2(hour12(t)) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
  }

  /** "Jan 1 2024": the day right-aligned in two characters. */
  private static String monDdYyyy(LocalDate d) {
    return mon(d) + " " + pad2(d.getDayOfMonth()) + " " + yyyy(d);
  }

  /** "12:00AM", " 1:05PM": the hour right-aligned in two characters. */
  private static String hhmiAmPm(LocalTime t) {
    return pad2(hour12(t)) + ":" + two(t.getMinute()) + amPm(t);
  }

  private static int hour12(LocalTime t) {
    int h = t.getHour() % 12;
    return h == 0 ? 12 : h;
  }

  private static String amPm(LocalTime t) {
    return t.getHour() < 12 ? "AM" : "PM";
  }

  private static String mon(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1];
  }

  private static String dd(LocalDate d) {
    return two(d.getDayOfMonth());
  }

  private static String yyyy(LocalDate d) {
    return String.format(Locale.ROOT, "%04d", d.getYear());
  }

  private static String yy(LocalDate d) {
    return two(d.getYear() % 100);
  }

  static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String pad2(int v) {
    return v < 10 ? " " + v : Integer.toString(v);
  }

  static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    return (total < 0 ? "-" : "+") + two(abs / 3600) + ":" + two(abs / 60 % 60);
  }
}
