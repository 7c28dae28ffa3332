package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * date, time, datetime2 and datetimeoffset for clients before TDS 7.3, which SQL Server sends as
 * nvarchar strings: {@code YYYY-MM-DD}, {@code hh:mm:ss[.nnnnnnn]}, {@code YYYY-MM-DD
 * hh:mm:ss[.nnnnnnn]}, {@code YYYY-MM-DD hh:mm:ss[.nnnnnnn] [+|-]hh:mm}, with exactly the type's
 * number of fractional digits (nvarchar(10), (16), (27), (34) at scale 7).
 */
final class DownlevelTemporals {
  private static final int DATE_CHARS = 10;
  private static final int TIME_CHARS = 8;
  private static final int OFFSET_CHARS = 7; // " +hh:mm"

  private DownlevelTemporals() {}

  /** The nvarchar length of the string form of a date/time type. */
  static int length(SqlType type) {
    int fraction = type.scale() > 0 ? type.scale() + 1 : 0;
    return switch (type.id()) {
      case DATE -> DATE_CHARS;
      case TIME -> TIME_CHARS + fraction;
      case DATETIME2 -> DATE_CHARS + 1 + TIME_CHARS + fraction;
      case DATETIMEOFFSET -> DATE_CHARS + 1 + TIME_CHARS + fraction + OFFSET_CHARS;
      default -> throw new IllegalArgumentException("Not a date/time type: " + type);
    };
  }

  /** The string form of a date/time value; other values are returned unchanged. */
  static Object format(Object value, SqlType type) {
    int scale = type.scale();
    return switch (value) {
      case LocalDate d -> date(d);
      case LocalTime t -> time(t, scale);
      case LocalDateTime dt -> switch (type.id()) {
        // datetime and smalldatetime values keep their own TDS types; only datetime2 is a string.
        case DATETIME2 -> date(dt.toLocalDate()) + " " + time(dt.toLocalTime(), scale);
        default -> value;
      };
      case OffsetDateTime o ->
          date(o.toLocalDate()) + " " + time(o.toLocalTime(), scale) + " " + offset(o);
      default -> value;
    };
  }

  private static String date(LocalDate d) {
    return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** hh:mm:ss and the fraction cut to the scale (engine values carry no more digits). */
  private static String time(LocalTime t, int scale) {
    String hms = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    if (scale == 0) {
      return hms;
    }
    String nanos = String.format("%09d", t.getNano());
    return hms + "." + nanos.substring(0, scale);
  }

  private static String offset(OffsetDateTime o) {
    int minutes = o.getOffset().getTotalSeconds() / 60;
    char sign = minutes < 0 ? '-' : '+';
    minutes = Math.abs(minutes);
    return String.format("%c%02d:%02d", sign, minutes / 60, minutes % 60);
  }
}
