package dev.quern.catalog.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date and time strings SQL Server accepts under us_english: ISO 8601 ({@code
 * 2024-01-31T10:00:00.123}), unseparated {@code 20240131}, numeric dates in the DATEFORMAT order
 * ({@code 01/31/2024}), alphabetic months ({@code Jan 31 2024}, {@code 31 January 2024}), times
 * with AM/PM, {@code :mmm} milliseconds and an optional offset.
 */
final class DateTimeParser {
  /** What a string held; date fields are unchecked until {@link #date()}. */
  record Parsed(
      int year,
      int month,
      int day,
      boolean hasDate,
      long nanoOfDay,
      boolean hasTime,
      int fractionDigits,
      ZoneOffset offset) {
    /** The calendar date (1900-01-01 when only a time was given). */
    LocalDate date() throws DateTimeException {
      return hasDate ? LocalDate.of(year, month, day) : DateTimeValues.BASE_DATE;
    }
  }

  private static final String TIME =
      "(?<h>\\d{1,2})(?::(?<mi>\\d{1,2})(?::(?<s>\\d{1,2})(?:(?<fs>[.:])(?<f>\\d{0,7}))?)?)?"
          + "\\s*(?<ampm>[AaPp][Mm])?";
  private static final String OFFSET = "\\s*(?<off>[Zz]|[+-]\\d{1,2}:\\d{2})?";
  private static final Pattern TIME_ONLY = Pattern.compile(TIME + OFFSET);
  private static final Pattern ISO =
      Pattern.compile("(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?:(?:T|\\s+)(?<t>.*))?");
  private static final Pattern UNSEPARATED =
      Pattern.compile("(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})(?:(?:T|\\s+)(?<t>.*))?");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<a>\\d{1,4})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{1,4})(?:\\s+(?<t>.*))?");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?<mon>[A-Za-z]{3,9})\\.?\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{2,4})(?:\\s+(?<t>.*))?");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<d>\\d{1,2})\\s+(?<mon>[A-Za-z]{3,9})\\.?,?\\s+(?<y>\\d{2,4})(?:\\s+(?<t>.*))?");
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<y>\\d{4})\\s+(?<mon>[A-Za-z]{3,9})\\.?\\s+(?<d>\\d{1,2})(?:\\s+(?<t>.*))?");

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private DateTimeParser() {}

  /**
   * Parses text with the given numeric date order ("mdy", "dmy", "ymd", …).
   *
   * @throws SqlValueException 241 when the text is not a date/time SQL Server accepts
   */
  static Parsed parse(String text, String order) {
    String s = text.strip();
    if (s.isEmpty()) {
      return new Parsed(1900, 1, 1, false, 0, false, 0, null);
    }
    Parsed p = tryDate(s, order);
    if (p != null) {
      return p;
    }
    Matcher t = TIME_ONLY.matcher(s);
    if (t.matches() && (t.group("mi") != null || t.group("ampm") != null)) {
      return time(t, 1900, 1, 1, false);
    }
    throw ValueErrors.dateFromString();
  }

  private static Parsed tryDate(String s, String order) {
    Matcher m;
    if ((m = ISO.matcher(s)).matches() || (m = UNSEPARATED.matcher(s)).matches()) {
      return withTime(m.group("t"), num(m, "y"), num(m, "m"), num(m, "d"));
    }
    if ((m = NUMERIC.matcher(s)).matches()) {
      return numericDate(m, order);
    }
    if ((m = MONTH_FIRST.matcher(s)).matches()
        || (m = DAY_FIRST.matcher(s)).matches()
        || (m = YEAR_FIRST.matcher(s)).matches()) {
      int month = month(m.group("mon"));
      return withTime(m.group("t"), year(m.group("y")), month, num(m, "d"));
    }
    return null;
  }

  private static Parsed numericDate(Matcher m, String order) {
    String a = m.group("a");
    String b = m.group("b");
    String c = m.group("c");
    if (a.length() > 2) {
      // A leading four-digit year always means y-m-d, whatever DATEFORMAT says.
      return withTime(m.group("t"), Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
    }
    if (c.length() == 3) {
      throw ValueErrors.dateFromString();
    }
    String[] parts = {a, b, c};
    String o = order.toLowerCase(Locale.ROOT);
    int y = year(parts[o.indexOf('y')]);
    int mo = Integer.parseInt(parts[o.indexOf('m')]);
    int d = Integer.parseInt(parts[o.indexOf('d')]);
    return withTime(m.group("t"), y, mo, d);
  }

  private static Parsed withTime(String timeText, int y, int mo, int d) {
    if (timeText == null || timeText.isBlank()) {
      return new Parsed(y, mo, d, true, 0, false, 0, null);
    }
    Matcher t = TIME_ONLY.matcher(timeText.strip());
    if (!t.matches() || (t.group("mi") == null && t.group("ampm") == null)) {
      throw ValueErrors.dateFromString();
    }
    return time(t, y, mo, d, true);
  }

  private static Parsed time(Matcher t, int y, int mo, int d, boolean hasDate) {
    int h = num(t, "h");
    int mi = t.group("mi") == null ? 0 : num(t, "mi");
    int sec = t.group("s") == null ? 0 : num(t, "s");
    String f = t.group("f") == null ? "" : t.group("f");
    long fraction = fractionNanos(f, ":".equals(t.group("fs")));
    String ampm = t.group("ampm");
    if (ampm != null) {
      if (h > 12) {
        throw ValueErrors.dateFromString();
      }
      boolean pm = Character.toUpperCase(ampm.charAt(0)) == 'P';
      h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || mi > 59 || sec > 59) {
      throw ValueErrors.dateFromString();
    }
    long nanos = ((h * 60L + mi) * 60 + sec) * 1_000_000_000L + fraction;
    int digits = ":".equals(t.group("fs")) ? 3 : f.length();
    return new Parsed(y, mo, d, hasDate, nanos, true, digits, offset(t.group("off")));
  }

  /** ".5" is half a second; ":5" is five milliseconds (SQL Server's colon form). */
  private static long fractionNanos(String f, boolean colon) {
    if (f.isEmpty()) {
      return 0;
    }
    if (colon) {
      if (f.length() > 3) {
        throw ValueErrors.dateFromString();
      }
      return Integer.parseInt(f) * 1_000_000L;
    }
    String padded = (f + "000000000").substring(0, 9);
    return Long.parseLong(padded);
  }

  private static ZoneOffset offset(String off) {
    if (off == null) {
      return null;
    }
    if (off.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    int sign = off.charAt(0) == '-' ? -1 : 1;
    String[] hm = off.substring(1).split(":");
    int h = Integer.parseInt(hm[0]);
    int m = Integer.parseInt(hm[1]);
    if (h > 14 || m > 59 || (h == 14 && m > 0)) {
      throw ValueErrors.dateFromString();
    }
    return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(n) || (n.length() == 3 && MONTHS[i].startsWith(n))) {
        return i + 1;
      }
    }
    throw ValueErrors.dateFromString();
  }

  /** Two-digit years: 00–49 are 20xx, 50–99 are 19xx (two digit year cutoff 2049). */
  private static int year(String y) {
    int v = Integer.parseInt(y);
    if (y.length() <= 2) {
      return v < 50 ? 2000 + v : 1900 + v;
    }
    if (y.length() == 3) {
      throw ValueErrors.dateFromString();
    }
    return v;
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
