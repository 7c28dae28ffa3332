package dev.quern.engine.locale;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a {@link Culture} by the name FORMAT and PARSE are given: a specific culture ({@code
 * de-DE}), a neutral one ({@code de}, which .NET formats as its default specific culture), or the
 * empty string for the invariant culture; case does not matter. Any other name is SQL Server's
 * 9818, which the caller raises.
 */
public final class Cultures {
  private static final Map<String, Culture> BY_NAME = new HashMap<>();

  /** Neutral culture names and the specific culture whose data .NET formats them with. */
  private static final Map<String, String> NEUTRAL =
      Map.ofEntries(
          Map.entry("en", "en-US"),
          Map.entry("de", "de-DE"),
          Map.entry("fr", "fr-FR"),
          Map.entry("es", "es-ES"),
          Map.entry("it", "it-IT"),
          Map.entry("pt", "pt-BR"),
          Map.entry("nl", "nl-NL"),
          Map.entry("ja", "ja-JP"),
          Map.entry("zh", "zh-CN"),
          Map.entry("zh-hans", "zh-CN"),
          Map.entry("ko", "ko-KR"),
          Map.entry("ru", "ru-RU"),
          Map.entry("sv", "sv-SE"),
          Map.entry("pl", "pl-PL"),
          Map.entry("da", "da-DK"),
          Map.entry("nb", "nb-NO"),
          Map.entry("no", "nb-NO"),
          Map.entry("fi", "fi-FI"));

  static {
    for (Culture c : CultureTable.ALL) {
      BY_NAME.put(c.name().toLowerCase(Locale.ROOT), c);
    }
    NEUTRAL.forEach((neutral, specific) -> BY_NAME.put(neutral, BY_NAME.get(specific.toLowerCase(Locale.ROOT))));
  }

  private Cultures() {}

  /** en-US: us_english's culture, and what a session without a known language formats with. */
  public static final Culture EN_US = BY_NAME.get("en-us");

  /** The culture of that name, if Quern knows it. */
  public static Optional<Culture> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** The culture of a session language (sys.syslanguages name), en-US for one Quern lacks. */
  public static Culture ofLanguage(String language) {
    return SqlLanguages.find(language == null ? "" : language)
        .flatMap(l -> find(l.culture()))
        .orElse(EN_US);
  }

  /** The specific cultures Quern knows, by name, for the documentation and tests. */
  public static List<String> names() {
    return CultureTable.ALL.stream().map(Culture::name).filter(n -> !n.isEmpty()).toList();
  }
}
