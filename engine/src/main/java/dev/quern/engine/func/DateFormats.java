package dev.quern.engine.func;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;

/**
 * .NET date and time format strings for en-US: standard (d, D, t, T, g, G, s, u, o, M, Y) and
 * custom.
 */
final class DateFormats {
  private static final Map<Character, String> STANDARD =
      Map.ofEntries(
          Map.entry('d', "M/d/yyyy"),
          Map.entry('D', "dddd, MMMM d, yyyy"),
          Map.entry('t', "h:mm tt"),
          Map.entry('T', "h:mm:ss tt"),
          Map.entry('f', "dddd, MMMM d, yyyy h:mm tt"),
          Map.entry('F', "dddd, MMMM d, yyyy h:mm:ss tt"),
          Map.entry('g', "M/d/yyyy h:mm tt"),
          Map.entry('G', "M/d/yyyy h:mm:ss tt"),
          Map.entry('M', "MMMM d"),
          Map.entry('m', "MMMM d"),
          Map.entry('Y', "MMMM yyyy"),
          Map.entry('y', "MMMM yyyy"),
          Map.entry('s', "yyyy'-'MM'-'dd'T'HH':'mm':'ss"),
          Map.entry('u', "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"),
          Map.entry('o', "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"),
          Map.entry('O', "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"));

  private DateFormats() {}

  static String format(Temporal value, String format) {
    String pattern = format.length() == 1 ? STANDARD.get(format.charAt(0)) : format;
    if (pattern == null) {
      throw new IllegalArgumentException("format " + format);
    }
    LocalDateTime t = Temporals.local(value);
    ZoneOffset offset = value instanceof OffsetDateTime o ? o.getOffset() : null;
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'' || c == '"') {
        int end = pattern.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed quote");
        }
        out.append(pattern, i + 1, end);
        i = end + 1;
        continue;
      }
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(pattern.charAt(i + 1));
        i += 2;
        continue;
      }
      int n = 1;
      while (i + n < pattern.length() && pattern.charAt(i + n) == c) {
        n++;
      }
      out.append(field(c, n, t, offset));
      i += n;
    }
    return out.toString();
  }

  private static String field(char c, int n, LocalDateTime t, ZoneOffset offset) {
    return switch (c) {
      case 'y' -> n <= 2 ? pad(t.getYear() % 100, n) : pad(t.getYear(), n);
      case 'M' ->
          n <= 2
              ? pad(t.getMonthValue(), n)
              : t.getMonth().getDisplayName(n == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.US);
      case 'd' ->
          n <= 2
              ? pad(t.getDayOfMonth(), n)
              : t.getDayOfWeek()
                  .getDisplayName(n == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.US);
      case 'h' -> pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, Math.min(n, 2));
      case 'H' -> pad(t.getHour(), Math.min(n, 2));
      case 'm' -> pad(t.getMinute(), Math.min(n, 2));
      case 's' -> pad(t.getSecond(), Math.min(n, 2));
      case 'f', 'F' -> fraction(t.getNano(), Math.min(n, 7), c == 'F');
      case 't' -> (t.getHour() < 12 ? "AM" : "PM").substring(0, Math.min(n, 2));
      case 'z' -> zone(offset == null ? ZoneOffset.UTC : offset, n);
      case 'K' -> offset == null ? "" : zone(offset, 3);
      default -> String.valueOf(c).repeat(n);
    };
  }

  private static String pad(int v, int width) {
    String s = Integer.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private static String fraction(int nanos, int digits, boolean trim) {
    String s = String.format(Locale.ROOT, "%09d", nanos).substring(0, digits);
    if (trim) {
      s = s.replaceAll("0+$", "");
    }
    return s;
  }

  private static String zone(ZoneOffset o, int n) {
    int minutes = o.getTotalSeconds() / 60;
    String sign = minutes < 0 ? "-" : "+";
    int abs = Math.abs(minutes);
    return switch (n) {
      case 1 -> sign + abs / 60;
      case 2 -> sign + pad(abs / 60, 2);
      default -> sign + pad(abs / 60, 2) + ":" + pad(abs % 60, 2);
    };
  }
}
