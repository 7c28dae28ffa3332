package dev.quern.engine.func;

import dev.quern.engine.locale.Culture;
import java.time.LocalTime;

/**
 * FORMAT of a time value, which SQL Server hands to .NET as a TimeSpan ("Standard TimeSpan format
 * strings", "Custom TimeSpan format strings"): c, t and T (hh:mm:ss[.fffffff]), g (h:mm:ss[.FFFFFFF])
 * and G (d:hh:mm:ss.fffffff) with the culture's decimal separator, and custom patterns of d, h, m,
 * s, f and F where every other character must be quoted or escaped: FORMAT(time, 'hh\:mm') is
 * 07:35, FORMAT(time, 'hh:mm') is NULL (SQL Server's documented example).
 */
final class TimeSpanFormats {
  private TimeSpanFormats() {}

  static String format(LocalTime t, String format, Culture culture) {
    String hms = DateFormats.pad(t.getHour(), 2) + ":" + DateFormats.pad(t.getMinute(), 2) + ":"
        + DateFormats.pad(t.getSecond(), 2);
    String fraction = DateFormats.fraction(t.getNano(), 7, false);
    char decimal = culture.numbers().decimal();
    return switch (format) {
      case "c", "t", "T" -> t.getNano() == 0 ? hms : hms + "." + fraction;
      case "g" -> {
        String trimmed = DateFormats.fraction(t.getNano(), 7, true);
        yield t.getHour() + hms.substring(2) + (trimmed.isEmpty() ? "" : decimal + trimmed);
      }
      case "G" -> "0:" + hms + decimal + fraction;
      default -> {
        if (format.length() == 1) {
          throw new IllegalArgumentException("TimeSpan format " + format);
        }
        yield custom(t, format);
      }
    };
  }

  private static String custom(LocalTime t, String pattern) {
    return CustomPatterns.expand(pattern, (ch, n) -> field(ch, n, t));
  }


  private static String field(char ch, int n, LocalTime t) {
    return switch (ch) {
      case 'd' -> DateFormats.pad(0, n);
      case 'h' -> limited(t.getHour(), n);
      case 'm' -> limited(t.getMinute(), n);
      case 's' -> limited(t.getSecond(), n);
      case 'f', 'F' -> {
        if (n > 7) {
          throw new IllegalArgumentException("more than 7 fraction digits");
        }
        yield DateFormats.fraction(t.getNano(), n, ch == 'F');
      }
      // A literal a TimeSpan pattern does not quote is a FormatException in .NET: FORMAT's NULL.
      default -> throw new IllegalArgumentException("unescaped '" + ch + "' in a TimeSpan format");
    };
  }

  private static String limited(int v, int n) {
    if (n > 2) {
      throw new IllegalArgumentException("at most two digits");
    }
    return DateFormats.pad(v, n);
  }
}
