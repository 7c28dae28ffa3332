package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.error.FunctionErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inner call of {@code [TRY_]PARSE(text AS type [USING culture])} (the parser writes it as
 * CAST(PARSE(text, 'type', culture) AS type)): reads culture-formatted text as a number or
 * date/time type and returns it as a sql_variant of that type, which the outer CAST unwraps.
 * Cultures: en-US (the default, us_english), en-GB, de-DE, fr-FR, es-ES, it-IT and ja-JP (9818 for
 * others); numbers take the culture's group and decimal separators, a sign before or after, a
 * currency symbol for money, an exponent for float/real; integers need a zero fraction; decimal
 * rounds half away from zero. Dates take ISO 8601 and the culture's short (M/d/yyyy, d.M.yyyy,
 * yyyy/M/d …) and long (month name) forms, an optional weekday, and an optional time (24-hour, or
 * AM/PM in English). Text that does not read is 9819 (TRY_PARSE: NULL).
 */
final class ParseFunction extends BuiltinFunction {
  private final boolean isTry;

  ParseFunction(String name, boolean isTry) {
    super(name, 3, 3);
    this.isTry = isTry;
  }

  static List<ScalarFunction> all() {
    return List.of(new ParseFunction("PARSE", false), new ParseFunction("TRY_PARSE", true));
  }

  /** A culture's number separators and date forms (day-month order and separators). */
  private record Culture(Locale locale, String group, char decimal, List<String> datePatterns) {}

  private static final List<String> MONTH_NAMES_DMY = List.of("d MMMM uuuu", "d MMM uuuu", "d. MMMM uuuu");
  private static final Map<String, Culture> CULTURES = Map.of(
      "en-us", new Culture(Locale.US, ",", '.', List.of("M/d/uuuu", "M-d-uuuu", "MMMM d, uuuu", "MMM d, uuuu", "MMMM d uuuu", "d MMMM uuuu")),
      "en-gb", new Culture(Locale.UK, ",", '.', List.of("d/M/uuuu", "d-M-uuuu", "d MMMM uuuu", "d MMM uuuu", "MMMM d, uuuu")),
      "de-de", new Culture(Locale.GERMANY, ".", ',', concat(List.of("d.M.uuuu"), MONTH_NAMES_DMY)),
      "fr-fr", new Culture(Locale.FRANCE, " \u00a0\u202f", ',', concat(List.of("d/M/uuuu", "d-M-uuuu"), MONTH_NAMES_DMY)),
      "es-es", new Culture(Locale.forLanguageTag("es-ES"), ".", ',', concat(List.of("d/M/uuuu", "d 'de' MMMM 'de' uuuu"), MONTH_NAMES_DMY)),
      "it-it", new Culture(Locale.ITALY, ".", ',', concat(List.of("d/M/uuuu"), MONTH_NAMES_DMY)),
      "ja-jp", new Culture(Locale.JAPAN, ",", '.', List.of("uuuu/M/d", "uuuu-M-d", "uuuu'年'M'月'd'日'")));

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    if (!SqlTypes.isCharacter(types.getFirst().id())) {
      throw Arity.invalidType(name(), types.getFirst(), 1);
    }
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  boolean nullInNullOut() {
    return false; // a NULL culture is the session's; a NULL text gives NULL below
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    SqlType target = SqlTypes.parse(a.string(1));
    if (!SqlTypes.isNumeric(target.id()) && !SqlTypes.isTemporal(target.id()) || target.id() == TypeId.BIT) {
      throw FunctionErrors.PARSE_TYPE.raise(SqlTypes.name(target.id()), name());
    }
    String written = a.isNull(2) ? null : a.string(2);
    Culture culture = CULTURES.get(written == null ? "en-us" : written.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (culture == null) {
      throw FunctionErrors.PARSE_CULTURE.raise(written);
    }
    if (a.isNull(0)) {
      return null;
    }
    String text = a.string(0);
    Object value = SqlTypes.isTemporal(target.id()) ? temporal(text, culture, target) : number(text, culture, target);
    if (value == null) {
      if (isTry) {
        return null;
      }
      throw FunctionErrors.PARSE_FAILED.raise(text, SqlTypes.name(target.id()), written == null ? "" : written);
    }
    return new SqlVariant(target, value);
  }

  /** The number in {@code text} as a value of {@code target}, or null when it does not read. */
  private static Object number(String text, Culture c, SqlType target) {
    String s = text.strip();
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1).strip();
    } else if (!s.isEmpty() && (s.endsWith("-") || s.endsWith("+"))) {
      negative = s.endsWith("-");
      s = s.substring(0, s.length() - 1).strip();
    }
    if (SqlTypes.isMoney(target.id()) && !s.isEmpty() && "$€£¥".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1).strip();
    } else if (SqlTypes.isMoney(target.id()) && !s.isEmpty() && "$€£¥".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    boolean approximate = SqlTypes.isApproximate(target.id());
    StringBuilder canonical = new StringBuilder(negative ? "-" : "");
    int i = 0;
    boolean digits = false;
    boolean fraction = false;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        canonical.append(ch);
        digits = true;
      } else if (ch == c.decimal() && !fraction) {
        canonical.append('.');
        fraction = true;
      } else if (c.group().indexOf(ch) >= 0 && digits && !fraction && !approximate) {
        continue; // thousands separators only within the integer digits
      } else {
        break;
      }
    }
    if (!digits) {
      return null;
    }
    if (i < s.length()) {
      if (!approximate || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
        return null;
      }
      String exponent = s.substring(i + 1);
      if (!exponent.matches("[+-]?[0-9]+")) {
        return null;
      }
      canonical.append('E').append(exponent);
    }
    try {
      if (approximate) {
        double d = Double.parseDouble(canonical.toString());
        return Conversions.convert(d, SqlTypes.FLOAT, target);
      }
      BigDecimal n = new BigDecimal(canonical.toString());
      if (SqlTypes.isInteger(target.id()) && n.stripTrailingZeros().scale() > 0) {
        return null; // an integer takes no fraction
      }
      int scale = Math.max(n.scale(), 0);
      int precision = Math.max(n.precision(), scale + 1);
      if (precision > SqlTypes.MAX_PRECISION) {
        return null;
      }
      return Conversions.convert(n, SqlType.decimal(precision, scale), target);
    } catch (SqlValueException | NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** The date/time in {@code text} as a value of {@code target}, or null when it does not read. */
  private static Object temporal(String text, Culture c, SqlType target) {
    LocalDateTime at = dateTime(text.strip(), c);
    if (at == null) {
      return null;
    }
    try {
      return Conversions.convert(at, SqlType.withScale(TypeId.DATETIME2, SqlTypes.DEFAULT_TIME_SCALE), target);
    } catch (SqlValueException e) {
      return null;
    }
  }

  private static final List<String> TIMES = List.of("H:mm", "H:mm:ss", "h:mm a", "h:mm:ss a");

  private static LocalDateTime dateTime(String s, Culture c) {
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      // not ISO 8601 with a time
    }
    // A leading weekday ("Monday, 13 December 2010") says nothing the date does not.
    String[] tries = s.matches("^\\p{L}+,\\s*.*") ? new String[] {s, s.substring(s.indexOf(',') + 1).strip()} : new String[] {s};
    for (String candidate : tries) {
      List<String> dates = new ArrayList<>(c.datePatterns());
      dates.add("uuuu-M-d");
      for (String date : dates) {
        LocalDate d = date(candidate, date, c.locale());
        if (d != null) {
          return d.atStartOfDay();
        }
        for (String time : TIMES) {
          LocalDateTime dt = parse(candidate, date + " " + time, c.locale());
          if (dt != null) {
            return dt;
          }
        }
      }
      for (String time : TIMES) {
        LocalTime t = time(candidate, time, c.locale());
        if (t != null) {
          return LocalDate.of(1900, 1, 1).atTime(t); // a time alone is on SQL Server's day 0
        }
      }
    }
    return null;
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
    if (pattern.endsWith("ss")) {
      b.optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 7, true).optionalEnd();
    }
    return b.toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
  }

  private static LocalDate date(String s, String pattern, Locale locale) {
    try {
      return LocalDate.parse(s, formatter(pattern, locale));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDateTime parse(String s, String pattern, Locale locale) {
    try {
      return LocalDateTime.parse(s, formatter(pattern, locale));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalTime time(String s, String pattern, Locale locale) {
    try {
      return LocalTime.parse(s, formatter(pattern, locale));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
