package dev.quern.engine.locale;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;

/**
 * One row of sys.syslanguages: the language SET LANGUAGE names (by name or alias), its date order
 * and first day of the week, its own month and day names (which DATENAME and the CONVERT styles
 * with month names use; they are SQL Server's, not .NET's: capitals and abbreviations differ),
 * and the .NET culture FORMAT and PARSE use by default in a session of that language.
 *
 * @param days the day names from Monday, as sys.syslanguages lists them
 */
public record SqlLanguage(
    int langId,
    String dateFormat,
    int dateFirst,
    String name,
    String alias,
    List<String> months,
    List<String> shortMonths,
    List<String> days,
    int lcid,
    String culture) {

  public String monthName(Month m) {
    return months.get(m.getValue() - 1);
  }

  public String shortMonthName(Month m) {
    return shortMonths.get(m.getValue() - 1);
  }

  public String dayName(DayOfWeek d) {
    return days.get(d.getValue() - 1);
  }

  /** The comma-separated lists sys.syslanguages shows: months, shortmonths, days. */
  public String monthsText() {
    return String.join(",", months);
  }

  public String shortMonthsText() {
    return String.join(",", shortMonths);
  }

  public String daysText() {
    return String.join(",", days);
  }
}
