package dev.quern.engine.locale;

import java.util.List;

/**
 * One .NET Framework culture as SQL Server's FORMAT and PARSE see it (CultureInfo's
 * NumberFormatInfo and DateTimeFormatInfo on Windows): the facts those functions read.
 *
 * @param name the culture name as .NET spells it, e.g. {@code de-DE}; empty for the invariant
 *     culture
 */
public record Culture(String name, Numbers numbers, Dates dates) {

  /**
   * NumberFormatInfo: separators, group sizes (en-IN's 3 then 2) and the patterns of the .NET
   * enumerations: negative numbers (1 = "-n"), currency positive (0 "$n" … 3 "n $") and negative
   * (0 "($n)" … 15 "(n $)"), percent positive (0 "n %" … 3 "% n") and negative (0 "-n %" …).
   */
  public record Numbers(
      char group,
      char decimal,
      List<Integer> groupSizes,
      int negativePattern,
      String currencySymbol,
      int currencyDigits,
      int currencyPositivePattern,
      int currencyNegativePattern,
      int percentPositivePattern,
      int percentNegativePattern) {}

  /**
   * DateTimeFormatInfo: the standard patterns (d, D, t, T, M, Y), separators, AM/PM designators
   * (empty where the culture has none), names (days from Sunday, as .NET orders them; genitive
   * month names where the culture has them, else the plain ones), and the first day of the week
   * (.NET DayOfWeek: 0 = Sunday, 1 = Monday).
   */
  public record Dates(
      String shortDate,
      String longDate,
      String shortTime,
      String longTime,
      String monthDay,
      String yearMonth,
      String dateSeparator,
      String am,
      String pm,
      List<String> months,
      List<String> genitiveMonths,
      List<String> shortMonths,
      List<String> days,
      List<String> shortDays,
      int firstDayOfWeek) {}

  /** The standard date pattern of a one-letter .NET format (d, D, f, F, g, G, M, Y, t, T). */
  public String datePattern(char standard) {
    Dates d = dates;
    return switch (standard) {
      case 'd' -> d.shortDate();
      case 'D' -> d.longDate();
      case 'f' -> d.longDate() + " " + d.shortTime();
      case 'F', 'U' -> d.longDate() + " " + d.longTime();
      case 'g' -> d.shortDate() + " " + d.shortTime();
      case 'G' -> d.shortDate() + " " + d.longTime();
      case 'M', 'm' -> d.monthDay();
      case 'Y', 'y' -> d.yearMonth();
      case 't' -> d.shortTime();
      case 'T' -> d.longTime();
      default -> null;
    };
  }

  /** A comma-separated list, for writing the culture tables compactly. */
  static List<String> list(String commaSeparated) {
    return List.of(commaSeparated.split(",", -1));
  }
}
