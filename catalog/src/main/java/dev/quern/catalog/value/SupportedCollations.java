package dev.quern.catalog.value;

import dev.quern.catalog.value.Collation.Style;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The collations Quern knows, by name (case-insensitive): SQL_Latin1_General_CP1_CI_AS (the
 * default), SQL_Latin1_General_CP1_CS_AS and _CI_AI (SQL sort orders 52, 51 and 54), and the
 * Windows collations Latin1_General[_100]_CI_AS, _CS_AS, _CI_AI, _CS_AI, _BIN and _BIN2. Any other
 * name is unknown (error 448 where a statement names it). sys.fn_helpcollations lists them.
 */
public final class SupportedCollations {
  public static final Collation DEFAULT =
      new Collation("SQL_Latin1_General_CP1_CI_AS", Style.CI_AS, 0, 52);

  private static final Map<String, Collation> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    addSql(DEFAULT);
    addSql(new Collation("SQL_Latin1_General_CP1_CS_AS", Style.CS_AS, 0, 51));
    addSql(new Collation("SQL_Latin1_General_CP1_CI_AI", Style.CI_AI, 0, 54));
    for (String prefix : List.of("Latin1_General", "Latin1_General_100")) {
      int version = prefix.endsWith("_100") ? 2 : 0;
      for (Style style : Style.values()) {
        addWindows(new Collation(prefix + "_" + style.name(), style, version, 0), prefix);
      }
    }
  }

  private SupportedCollations() {}

  /** The collation named {@code name} (any case), or null when Quern does not know it. */
  public static Collation find(String name) {
    return name == null ? null : BY_NAME.get(name.toUpperCase(Locale.ROOT));
  }

  /** The collation of a stored column's collation name; the default for null or an unknown one. */
  public static Collation ofStored(String name) {
    Collation c = find(name);
    return c == null ? DEFAULT : c;
  }

  /** Every supported collation, in the order sys.fn_helpcollations lists them. */
  public static List<Collation> all() {
    return Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));
  }

  /** sys.fn_helpcollations' description of {@code c}. */
  public static String description(Collation c) {
    return DESCRIPTIONS.get(c.name());
  }

  private static void addSql(Collation c) {
    String unicode = "Latin1-General, " + sensitivity(c) + " for Unicode Data, SQL Server Sort Order "
        + c.sortId() + " on Code Page 1252 for non-Unicode Data";
    put(c, unicode);
  }

  private static void addWindows(Collation c, String prefix) {
    String family = prefix.replace('_', '-');
    String text = switch (c.style()) {
      case BIN -> family + ", binary sort";
      case BIN2 -> family + ", binary code point comparison sort";
      default -> family + ", " + sensitivity(c);
    };
    put(c, text);
  }

  private static String sensitivity(Collation c) {
    return (c.caseSensitive() ? "case-sensitive" : "case-insensitive")
        + (c.accentSensitive() ? ", accent-sensitive" : ", accent-insensitive")
        + ", kanatype-insensitive, width-insensitive";
  }

  private static void put(Collation c, String description) {
    BY_NAME.put(c.name().toUpperCase(Locale.ROOT), c);
    DESCRIPTIONS.put(c.name(), description);
  }
}
