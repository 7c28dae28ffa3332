package dev.quern.engine.func;

import dev.quern.engine.locale.Culture;
import dev.quern.engine.locale.Cultures;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;

/**
 * .NET Framework date and time format strings ("Standard date and time format strings", "Custom
 * date and time format strings") in a culture: the culture's standard patterns (d, D, f, F, g, G,
 * M, Y, t, T, U), the invariant ones (O, R, s, u), and custom patterns with the culture's names,
 * AM/PM designators and date separator ('/' in a pattern is the culture's separator, as in .NET).
 * MMMM takes the genitive month name where the culture has one and the pattern has a day number.
 */
final class DateFormats {
  /** Culture-independent standard formats. */
  private static final Map<Character, String> INVARIANT =
      Map.of(
          's', "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
          'u', "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
          'o', "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
          'O', "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
          'r', "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
          'R', "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'");

  private static final Culture INVARIANT_CULTURE = Cultures.find("").orElseThrow();

  private DateFormats() {}

  static String format(Temporal value, String format, Culture culture) {
    LocalDateTime t = Temporals.local(value);
    ZoneOffset offset = value instanceof OffsetDateTime o ? o.getOffset() : null;
    if (format.length() != 1) {
      return custom(format, t, offset, culture);
    }
    char kind = format.charAt(0);
    if ("uUrR".indexOf(kind) >= 0 && value instanceof OffsetDateTime o) {
      // These print universal time: an offset value is moved to UTC first.
      t = o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
      offset = ZoneOffset.UTC;
    }
    String invariant = INVARIANT.get(kind);
    if (invariant != null) {
      return custom(invariant, t, offset, INVARIANT_CULTURE);
    }
    String pattern = culture.datePattern(kind);
    if (pattern == null) {
      throw new IllegalArgumentException("format " + format);
    }
    return custom(pattern, t, offset, culture);
  }

  private static String custom(String pattern, LocalDateTime t, ZoneOffset offset, Culture c) {
    boolean genitive = hasDayNumber(pattern);
    return CustomPatterns.expand(pattern, (ch, n) -> DateFields.field(ch, n, t, offset, c, genitive));
  }


  /** Whether a pattern has d or dd outside quotes: .NET's test for genitive month names. */
  private static boolean hasDayNumber(String pattern) {
    boolean quoted = false;
    char quote = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (quoted) {
        quoted = ch != quote;
      } else if (ch == '\'' || ch == '"') {
        quoted = true;
        quote = ch;
      } else if (ch == '\\') {
        i++;
      } else if (ch == 'd') {
        int n = 1;
        while (i + n < pattern.length() && pattern.charAt(i + n) == 'd') {
          n++;
        }
        if (n <= 2) {
          return true;
        }
        i += n - 1;
      }
    }
    return false;
  }

  static String pad(int v, int width) {
    String s = Integer.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  static String fraction(int nanos, int digits, boolean trim) {
    String s = String.format(Locale.ROOT, "%09d", nanos).substring(0, digits);
    return trim ? s.replaceAll("0+$", "") : s;
  }
}
