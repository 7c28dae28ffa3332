package dev.quern.engine.func;

import java.util.Locale;
import java.util.Map;

/** The langid of a session language as sys.syslanguages numbers it (@@LANGID). */
final class LanguageIds {
  private static final Map<String, Integer> IDS =
      Map.of(
          "us_english", 0,
          "deutsch", 1,
          "german", 1,
          "français", 2,
          "french", 2,
          "español", 5,
          "spanish", 5,
          "italiano", 6,
          "italian", 6,
          "british", 23);

  private LanguageIds() {}

  static int langId(String language) {
    return IDS.getOrDefault(language == null ? "" : language.toLowerCase(Locale.ROOT), 0);
  }
}
