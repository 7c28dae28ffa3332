package dev.quern.engine.func;

import dev.quern.engine.locale.Culture;
import dev.quern.engine.locale.Cultures;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date and time written in a culture, as .NET's DateTime.Parse does for PARSE: ISO 8601,
 * or numbers in the order of the culture's short date pattern (a leading four-digit number is a
 * year), or a month by name (the culture's full, genitive or abbreviated names, or English ones)
 * with the day and year around it; the weekday names and the words of the culture's long date
 * pattern (de, den, г.) may appear and say nothing. A time (H:mm[:ss[.fffffff]]) may follow, with
 * the culture's AM/PM designators or English ones; a time alone falls on 1900-01-01. Two-digit
 * years are 1930–2029 (.NET's TwoDigitYearMax).
 */
final class CultureDateReader {
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,7}))?)?");
  private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+\\.?");
  private static final Culture ENGLISH = Cultures.EN_US;

  private CultureDateReader() {}

  /** The date/time in {@code text}, or null when it does not read. */
  static LocalDateTime read(String text, Culture c) {
    String s = text.strip();
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeException e) {
      // not ISO 8601 with a time: read it the culture's way
    }
    try {
      return readCultured(s, c);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDateTime readCultured(String s, Culture c) {
    LocalTime time = LocalTime.MIDNIGHT;
    boolean hasTime = false;
    Matcher t = TIME.matcher(s);
    if (t.find()) {
      hasTime = true;
      time = LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
          t.group(3) == null ? 0 : Integer.parseInt(t.group(3)), nanos(t.group(4)));
      s = s.substring(0, t.start()) + " " + s.substring(t.end());
    }
    List<String> numbers = new ArrayList<>();
    int month = 0;
    Boolean pm = null;
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      String token = m.group();
      if (Character.isDigit(token.charAt(0))) {
        numbers.add(token);
        continue;
      }
      String word = token.toLowerCase(Locale.ROOT);
      int named = monthOf(word, c);
      if (named > 0 && month == 0) {
        month = named;
      } else if (isDesignator(word, c, true)) {
        pm = false;
      } else if (isDesignator(word, c, false)) {
        pm = true;
      } else if (!isFiller(word, c)) {
        return null;
      }
    }
    if (pm != null) {
      if (!hasTime || time.getHour() > 12 || time.getHour() == 0) {
        return null;
      }
      time = time.withHour(time.getHour() % 12 + (pm ? 12 : 0));
    }
    if (numbers.isEmpty() && month == 0) {
      return hasTime ? LocalDate.of(1900, 1, 1).atTime(time) : null;
    }
    LocalDate date = month > 0 ? namedMonth(numbers, month, c) : numeric(numbers, c);
    return date == null ? null : date.atTime(time);
  }

  private static LocalDate namedMonth(List<String> numbers, int month, Culture c) {
    if (numbers.size() == 1 && numbers.getFirst().length() >= 3) {
      return LocalDate.of(year(numbers.getFirst()), month, 1); // "December 2010"
    }
    if (numbers.size() != 2) {
      return null;
    }
    boolean yearFirst = numbers.getFirst().length() >= 3;
    String day = yearFirst ? numbers.get(1) : numbers.get(0);
    String year = yearFirst ? numbers.get(0) : numbers.get(1);
    return LocalDate.of(year(year), month, Integer.parseInt(day));
  }

  private static LocalDate numeric(List<String> numbers, Culture c) {
    if (numbers.size() != 3) {
      return null;
    }
    String order = numbers.getFirst().length() >= 3 ? "yMd" : order(c.dates().shortDate());
    int y = 0;
    int mo = 0;
    int d = 0;
    for (int i = 0; i < 3; i++) {
      String n = numbers.get(i);
      switch (order.charAt(i)) {
        case 'y' -> y = year(n);
        case 'M' -> mo = Integer.parseInt(n);
        default -> d = Integer.parseInt(n);
      }
    }
    return LocalDate.of(y, mo, d);
  }

  /** The order of year, month and day in a short date pattern, e.g. dMy for dd.MM.yyyy. */
  private static String order(String pattern) {
    StringBuilder order = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      if ((ch == 'y' || ch == 'M' || ch == 'd') && order.indexOf(String.valueOf(ch)) < 0) {
        order.append(ch);
      }
    }
    return order.length() == 3 ? order.toString() : "Mdy";
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() <= 2 ? (y <= 29 ? 2000 + y : 1900 + y) : y;
  }

  private static int nanos(String fraction) {
    return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
  }

  private static int monthOf(String word, Culture c) {
    for (Culture culture : List.of(c, ENGLISH)) {
      Culture.Dates d = culture.dates();
      for (int i = 0; i < 12; i++) {
        if (same(word, d.months().get(i)) || same(word, d.genitiveMonths().get(i))
            || same(word, d.shortMonths().get(i))) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  private static boolean isDesignator(String word, Culture c, boolean am) {
    String own = am ? c.dates().am() : c.dates().pm();
    return (!own.isEmpty() && same(word, own)) || same(word, am ? "AM" : "PM");
  }

  /** Weekday names and the words of the culture's long date pattern, which PARSE skips. */
  private static boolean isFiller(String word, Culture c) {
    for (Culture culture : List.of(c, ENGLISH)) {
      for (String day : culture.dates().days()) {
        if (same(word, day)) {
          return true;
        }
      }
      for (String day : culture.dates().shortDays()) {
        if (same(word, day)) {
          return true;
        }
      }
    }
    return literals(c.dates().longDate() + c.dates().monthDay() + c.dates().yearMonth())
        .contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
  }

  /** The letters quoted in a pattern ('de', 'den ', '年'), lower case, one entry per word. */
  private static List<String> literals(String pattern) {
    List<String> words = new ArrayList<>();
    Matcher q = Pattern.compile("'([^']*)'").matcher(pattern);
    while (q.find()) {
      Matcher w = Pattern.compile("\\p{L}+").matcher(q.group(1));
      while (w.find()) {
        words.add(w.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** A name matches case-insensitively, with or without its abbreviation dot. */
  private static boolean same(String word, String name) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    String n = name.toLowerCase(Locale.ROOT);
    n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    return !n.isEmpty() && w.equals(n);
  }
}
