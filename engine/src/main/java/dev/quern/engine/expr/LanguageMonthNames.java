package dev.quern.engine.expr;

import dev.quern.engine.locale.SqlLanguage;
import dev.quern.engine.locale.SqlLanguages;
import java.time.Month;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session language's month names in CONVERT: SQL Server writes the styles with month names
 * (0/100, 6/106, 7/107, 9/109, 13/113, and CAST of datetime) with the language's sys.syslanguages
 * short months ("Mai 13 2024" in Deutsch), and reads its full and short month names when text
 * becomes a date. The catalog's conversions speak English; this translates their text both ways.
 * English names still read in every language (Quern's decision: SQL Server's own rule is not
 * documented).
 */
final class LanguageMonthNames {
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
  private static final Map<String, Map<String, String>> READ = new ConcurrentHashMap<>();

  private LanguageMonthNames() {}

  /** The language, or null when it writes English month names (us_english, British). */
  static SqlLanguage nonEnglish(String language) {
    SqlLanguage l = SqlLanguages.find(language == null ? "" : language).orElse(null);
    return l == null || l.shortMonths().equals(SqlLanguages.US_ENGLISH.shortMonths()) ? null : l;
  }

  /** English text from a date conversion, with its month abbreviation in the language. */
  static String write(String english, SqlLanguage l) {
    Matcher m = WORD.matcher(english);
    while (m.find()) {
      for (Month month : Month.values()) {
        if (m.group().equals(SqlLanguages.US_ENGLISH.shortMonthName(month))) {
          return english.substring(0, m.start()) + l.shortMonthName(month) + english.substring(m.end());
        }
      }
    }
    return english;
  }

  /** Text to read as a date, with the language's month names (full or short) made English. */
  static String read(String text, SqlLanguage l) {
    Map<String, String> names = READ.computeIfAbsent(l.name(), k -> toEnglish(l));
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String english = names.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
      if (english != null) {
        out.append(text, last, m.start()).append(english);
        last = m.end();
      }
    }
    return last == 0 ? text : out.append(text.substring(last)).toString();
  }

  private static Map<String, String> toEnglish(SqlLanguage l) {
    Map<String, String> names = new HashMap<>();
    for (Month month : Month.values()) {
      String english = SqlLanguages.US_ENGLISH.shortMonthName(month);
      names.put(l.monthName(month).toLowerCase(Locale.ROOT), english);
      names.putIfAbsent(l.shortMonthName(month).toLowerCase(Locale.ROOT), english);
    }
    return Map.copyOf(names);
  }
}
