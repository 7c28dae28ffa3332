package dev.quern.engine.stats;

import java.util.Locale;

/**
 * query_hash and query_plan_hash. SQL Server hashes its internal query and plan trees so that
 * queries differing only in literal values share a hash; Quern hashes normalised text instead:
 * comments dropped, runs of white space one space, letters lower case, and every string or number
 * literal a {@code ?}. Stable across restarts (FNV-1a, 64 bits, over the normalised text).
 */
public final class QueryHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private QueryHash() {}

  /** The hash of {@code text} normalised. */
  public static long of(String text) {
    return fnv(normalise(text));
  }

  /** The hash of {@code text} as it is (a plan's printed shape: already canonical). */
  public static long exact(String text) {
    return fnv(text);
  }

  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' || (c == 'N' || c == 'n') && i + 1 < n && text.charAt(i + 1) == '\'' && !wordBefore(text, i)) {
        i = skipString(text, c == '\'' ? i : i + 1);
        out.append('?');
      } else if (Character.isDigit(c) && !wordBefore(text, i)) {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        out.append('?');
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (!out.isEmpty() && i < n) {
          out.append(' ');
        }
      } else {
        out.append(Character.toLowerCase(c));
        i++;
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the character before {@code i} continues a name (t1, @p2, N'…' after a name is no literal). */
  private static boolean wordBefore(String text, int i) {
    if (i == 0) {
      return false;
    }
    char b = text.charAt(i - 1);
    return Character.isLetterOrDigit(b) || b == '_' || b == '@' || b == '#' || b == '$';
  }

  /** Past the string literal opening at {@code quote} ('' inside is a quote). */
  private static int skipString(String text, int quote) {
    int i = quote + 1;
    while (i < text.length()) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private static long fnv(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return h;
  }
}
