package dev.quern.engine.session;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages SET LANGUAGE accepts (sys.syslanguages): name, alias, date order, first day. */
public final class Languages {
  /** One row of sys.syslanguages. */
  public record Language(int langId, String name, String alias, String dateFormat, int dateFirst) {}

  private static final List<Language> ALL =
      List.of(
          new Language(0, "us_english", "English", "mdy", 7),
          new Language(1, "Deutsch", "German", "dmy", 1),
          new Language(2, "Français", "French", "dmy", 1),
          new Language(5, "Español", "Spanish", "dmy", 1),
          new Language(6, "Italiano", "Italian", "dmy", 1),
          new Language(7, "Nederlands", "Dutch", "dmy", 1),
          new Language(23, "British", "British English", "dmy", 1));

  private Languages() {}

  /** Finds a language by name or alias, case-insensitively. */
  public static Optional<Language> find(String nameOrAlias) {
    String n = nameOrAlias.strip().toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(l -> l.name().toLowerCase(Locale.ROOT).equals(n) || l.alias().toLowerCase(Locale.ROOT).equals(n))
        .findFirst();
  }
}
