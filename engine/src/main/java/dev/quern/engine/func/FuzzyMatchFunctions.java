package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Collation;
import java.util.List;

/**
 * SQL Server 2025's fuzzy string matching: EDIT_DISTANCE(a, b [, maximum]) (int, insertions,
 * deletions and substitutions: SQL Server documents Damerau-Levenshtein but does not count
 * transpositions yet, and neither does Quern), EDIT_DISTANCE_SIMILARITY(a, b) (int, 100 × (1 -
 * distance / longer length), rounded), JARO_WINKLER_DISTANCE(a, b) (float, 1 - Jaro-Winkler
 * similarity with prefix scale 0.1 over at most 4 characters) and JARO_WINKLER_SIMILARITY(a, b)
 * (int, that similarity × 100, rounded). Characters compare as the arguments' collation says
 * (case and accents); SQL Server refuses non-binary SQL_ collations here, Quern takes them as their
 * case and accent sensitivity say. The strings may not be max or LOB types (8116). NULL in, NULL out.
 */
final class FuzzyMatchFunctions {
  private FuzzyMatchFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Fuzzy(Kind.EDIT_DISTANCE, null), new Fuzzy(Kind.EDIT_DISTANCE_SIMILARITY, null),
        new Fuzzy(Kind.JARO_WINKLER_DISTANCE, null), new Fuzzy(Kind.JARO_WINKLER_SIMILARITY, null));
  }

  private enum Kind {
    EDIT_DISTANCE,
    EDIT_DISTANCE_SIMILARITY,
    JARO_WINKLER_DISTANCE,
    JARO_WINKLER_SIMILARITY
  }

  private static final class Fuzzy extends SearchFunctions.CollatedSearch {
    private final Kind kind;

    Fuzzy(Kind kind, Collation collation) {
      super(kind.name(), 2, kind == Kind.EDIT_DISTANCE ? 3 : 2, collation);
      this.kind = kind;
    }

    @Override
    public ScalarFunction withCollation(Collation c) {
      return new Fuzzy(kind, c);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      for (int i = 0; i < 2; i++) {
        SqlType t = types.get(i);
        // Other scalar types convert to text implicitly (an untyped NULL is an int); large ones do not.
        if (TextTypes.isMax(t) || t.id() == TypeId.IMAGE || t.id() == TypeId.XML || t.id() == TypeId.SQL_VARIANT) {
          throw Arity.invalidType(name(), t, i + 1);
        }
      }
      if (types.size() == 3 && !SqlTypes.isInteger(types.get(2).id())) {
        throw Arity.invalidType(name(), types.get(2), 3);
      }
      return kind == Kind.JARO_WINKLER_DISTANCE ? SqlTypes.FLOAT : SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String s = folded(a.string(0));
      String t = folded(a.string(1));
      return switch (kind) {
        case EDIT_DISTANCE -> levenshtein(s, t);
        case EDIT_DISTANCE_SIMILARITY -> {
          int longer = Math.max(s.length(), t.length());
          yield longer == 0 ? 100 : (int) Math.round(100.0 * (1 - (double) levenshtein(s, t) / longer));
        }
        case JARO_WINKLER_DISTANCE -> 1 - jaroWinkler(s, t);
        case JARO_WINKLER_SIMILARITY -> (int) Math.round(100 * jaroWinkler(s, t));
      };
    }

    /** The string with what the collation ignores taken out: case, accents (one char for one). */
    private String folded(String s) {
      if (collation != null && collation.binary()) {
        return s;
      }
      boolean caseSensitive = collation != null && collation.caseSensitive();
      boolean accentSensitive = collation == null || collation.accentSensitive();
      String out = accentSensitive ? s : SearchFunctions.baseLetters(s);
      return caseSensitive ? out : upperEach(out);
    }

    /** Upper-cased char by char, so the length stays (a whole-string upper case turns ß into SS). */
    private static String upperEach(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        b.append(Character.toUpperCase(s.charAt(i)));
      }
      return b.toString();
    }
  }

  /** Insertions, deletions and substitutions turning {@code s} into {@code t} (two rows of the table). */
  static int levenshtein(String s, String t) {
    int[] previous = new int[t.length() + 1];
    int[] current = new int[t.length() + 1];
    for (int j = 0; j <= t.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= t.length(); j++) {
        int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[t.length()];
  }

  /**
   * Jaro similarity with Winkler's boost: 0.1 per common leading character, at most 4, applied
   * whatever the Jaro similarity is (SQL Server's documented examples show no threshold).
   */
  static double jaroWinkler(String s, String t) {
    if (s.isEmpty() && t.isEmpty()) {
      return 1;
    }
    if (s.isEmpty() || t.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
    boolean[] sMatched = new boolean[s.length()];
    boolean[] tMatched = new boolean[t.length()];
    int matches = 0;
    for (int i = 0; i < s.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(t.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
          sMatched[i] = true;
          tMatched[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int halfTranspositions = 0;
    for (int i = 0, j = 0; i < s.length(); i++) {
      if (!sMatched[i]) {
        continue;
      }
      while (!tMatched[j]) {
        j++;
      }
      if (s.charAt(i) != t.charAt(j)) {
        halfTranspositions++;
      }
      j++;
    }
    double m = matches;
    double jaro = (m / s.length() + m / t.length() + (m - halfTranspositions / 2.0) / m) / 3;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
