package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Collation;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CHARINDEX, PATINDEX and REPLACE. Matching follows the arguments' collation: case-insensitive
 * under the default SQL_Latin1_General_CP1_CI_AS ({@code REPLACE('ABC', 'b', 'x')} is {@code
 * AxC}), case-sensitive under a CS or binary one, ignoring accents under an AI one.
 */
final class SearchFunctions {
  private SearchFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new CharIndex(), new PatIndex(), new Replace());
  }

  /** 0-based index of needle in hay at or after from, ignoring case; -1 when absent. */
  static int indexOf(String hay, String needle, int from) {
    for (int i = Math.max(0, from); i + needle.length() <= hay.length(); i++) {
      if (hay.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /** As {@link #indexOf(String, String, int)} under {@code c} (null: the default). */
  static int indexOf(String hay, String needle, int from, Collation c) {
    if (c == null || (!c.caseSensitive() && c.accentSensitive())) {
      return indexOf(hay, needle, from);
    }
    if (c.accentSensitive()) {
      return hay.indexOf(needle, Math.max(0, from));
    }
    // Accent-insensitive: compare the base letters, one char for one, so positions stay the same.
    String h = baseLetters(hay);
    String n = baseLetters(needle);
    for (int i = Math.max(0, from); i + n.length() <= h.length(); i++) {
      if (h.regionMatches(!c.caseSensitive(), i, n, 0, n.length())) {
        return i;
      }
    }
    return -1;
  }

  static String baseLetters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD).charAt(0));
    }
    return out.toString();
  }

  /** The regular expression flags of a LIKE pattern under {@code c} (null: the default). */
  static int likeFlags(Collation c) {
    return c == null || !c.caseSensitive() ? LikePatterns.FLAGS : java.util.regex.Pattern.DOTALL;
  }

  /** A search function bound to the collation its arguments resolve to (null: the default). */
  abstract static class CollatedSearch extends BuiltinFunction {
    final Collation collation;

    CollatedSearch(String name, int minArgs, int maxArgs, Collation collation) {
      super(name, minArgs, maxArgs);
      this.collation = collation == null || collation.isDefault() ? null : collation;
    }

    @Override
    public boolean collationSensitive() {
      return true;
    }
  }

  private static SqlType positionType(List<SqlType> t) {
    return TextTypes.isMax(t.get(1)) ? SqlTypes.BIGINT : SqlTypes.INT;
  }

  private static Object position(long p, SqlType type) {
    return type.equals(SqlTypes.BIGINT) ? (Object) p : (Object) (int) p;
  }

  /** CHARINDEX(find, in [, start]): 1-based position, 0 when absent (or find is empty). */
  static final class CharIndex extends CollatedSearch {
    CharIndex() {
      this(null);
    }

    CharIndex(Collation collation) {
      super("CHARINDEX", 2, 3, collation);
    }

    @Override
    public ScalarFunction withCollation(Collation c) {
      return new CharIndex(c);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return positionType(t);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String find = a.string(0);
      String in = a.string(1);
      long start = a.size() == 3 ? a.bigint(2) : 1;
      SqlType type = positionType(List.of(a.type(0), a.type(1)));
      if (find.isEmpty()) {
        return position(0, type);
      }
      int from = (int) Math.max(0, Math.min(Integer.MAX_VALUE, start - 1));
      return position(indexOf(in, find, from, collation) + 1, type);
    }
  }

  /** PATINDEX(pattern, in): 1-based start of the first match of a LIKE pattern, 0 when none. */
  static final class PatIndex extends CollatedSearch {
    PatIndex() {
      this(null);
    }

    PatIndex(Collation collation) {
      super("PATINDEX", 2, 2, collation);
    }

    @Override
    public ScalarFunction withCollation(Collation c) {
      return new PatIndex(c);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return positionType(t);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String pattern = a.string(0);
      boolean anyPrefix = pattern.startsWith("%");
      boolean anySuffix = pattern.endsWith("%") && pattern.length() > (anyPrefix ? 1 : 0);
      String core = pattern.substring(anyPrefix ? 1 : 0, pattern.length() - (anySuffix ? 1 : 0));
      String regex = (anyPrefix ? "" : "^") + LikePatterns.toRegex(core) + (anySuffix ? "" : "$");
      Matcher m = Pattern.compile(regex, likeFlags(collation)).matcher(a.string(1));
      long p = m.find() ? m.start() + 1 : 0;
      return position(p, positionType(List.of(a.type(0), a.type(1))));
    }
  }

  /** REPLACE(s, find, with): every non-overlapping match, left to right. */
  static final class Replace extends CollatedSearch {
    Replace() {
      this(null);
    }

    Replace(Collation collation) {
      super("REPLACE", 3, 3, collation);
    }

    @Override
    public ScalarFunction withCollation(Collation c) {
      return new Replace(c);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      boolean unicode = t.stream().anyMatch(TextTypes::unicode);
      boolean max = t.stream().anyMatch(TextTypes::isMax);
      SqlType like =
          SqlType.ofLength(
              unicode
                  ? dev.quern.catalog.type.TypeId.NVARCHAR
                  : dev.quern.catalog.type.TypeId.VARCHAR,
              1);
      return max ? TextTypes.variable(like, SqlType.MAX) : TextTypes.widest(like);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String s = a.string(0);
      String find = a.string(1);
      String with = a.string(2);
      if (find.isEmpty()) {
        return s;
      }
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (int i = indexOf(s, find, 0, collation); i >= 0; i = indexOf(s, find, at, collation)) {
        out.append(s, at, i).append(with);
        at = i + find.length();
      }
      out.append(s, at, s.length());
      SqlType type = resultType(List.of(a.type(0), a.type(1), a.type(2)));
      return TextTypes.fit(out.toString(), type);
    }
  }
}
