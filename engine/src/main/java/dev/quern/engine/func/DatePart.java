package dev.quern.engine.func;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlValueException;
import java.util.Locale;
import java.util.Map;

/**
 * The dateparts of DATEADD, DATEDIFF, DATEPART and DATENAME, with every abbreviation SQL Server
 * accepts.
 */
enum DatePart {
  YEAR("year", "yy", "yyyy"),
  QUARTER("quarter", "qq", "q"),
  MONTH("month", "mm", "m"),
  DAYOFYEAR("dayofyear", "dy", "y"),
  DAY("day", "dd", "d"),
  WEEK("week", "wk", "ww"),
  WEEKDAY("weekday", "dw", "w"),
  HOUR("hour", "hh"),
  MINUTE("minute", "mi", "n"),
  SECOND("second", "ss", "s"),
  MILLISECOND("millisecond", "ms"),
  MICROSECOND("microsecond", "mcs"),
  NANOSECOND("nanosecond", "ns"),
  TZOFFSET("tzoffset", "tz"),
  ISO_WEEK("iso_week", "isowk", "isoww");

  private static final Map<String, DatePart> BY_NAME;

  static {
    java.util.HashMap<String, DatePart> m = new java.util.HashMap<>();
    for (DatePart p : values()) {
      for (String n : p.names) {
        m.put(n, p);
      }
    }
    BY_NAME = Map.copyOf(m);
  }

  private final String[] names;

  DatePart(String... names) {
    this.names = names;
  }

  /** The datepart's full name as error messages print it. */
  String keyword() {
    return names[0];
  }

  /**
   * Reads a datepart keyword as written (case-insensitive, quotes or brackets allowed).
   *
   * @throws SqlValueException 155 "'xx' is not a recognized datepart option."
   */
  static DatePart of(String text, String function) {
    String t = text.trim();
    if (t.length() >= 2 && (t.startsWith("'") || t.startsWith("[") || t.startsWith("\""))) {
      t = t.substring(1, t.length() - 1);
    }
    DatePart p = BY_NAME.get(t.toLowerCase(Locale.ROOT));
    if (p == null) {
      throw SqlValueException.of(
          155,
          "'" + text + "' is not a recognized " + function.toLowerCase(Locale.ROOT) + " option.");
    }
    return p;
  }

  boolean isDatePart() {
    return ordinal() <= WEEKDAY.ordinal() || this == ISO_WEEK;
  }

  boolean isTimePart() {
    return ordinal() >= HOUR.ordinal() && ordinal() <= NANOSECOND.ordinal();
  }

  /**
   * 9810 when the type lacks the part (hour of a date, year of a time, tzoffset without an offset).
   */
  void checkSupported(TypeId type, String function) {
    boolean ok =
        switch (type) {
          case DATE -> isDatePart();
          case TIME -> isTimePart();
          default ->
              this != TZOFFSET
                  || ((type == TypeId.DATETIMEOFFSET || type == TypeId.DATETIME2)
                      && !function.equalsIgnoreCase("DATEADD"));
        };
    if (!ok) {
      throw unsupported(type, function);
    }
  }

  /** 9810: this part is not one {@code function} takes for {@code type}. */
  SqlValueException unsupported(TypeId type, String function) {
    return SqlValueException.of(
        9810,
        "The datepart "
            + keyword()
            + " is not supported by date function "
            + function.toLowerCase(Locale.ROOT)
            + " for data type "
            + SqlTypes.name(type)
            + ".");
  }
}
