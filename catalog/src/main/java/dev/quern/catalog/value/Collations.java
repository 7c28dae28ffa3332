package dev.quern.catalog.value;

import java.text.Collator;
import java.util.Locale;

/**
 * String comparison as the server's default collation SQL_Latin1_General_CP1_CI_AS does it:
 * case-insensitive, accent-sensitive, trailing spaces ignored (ANSI padding semantics).
 *
 * <p>Built on a dictionary collator at secondary strength, so {@code 'a' = 'A'} but {@code 'a' <>
 * 'á'}, and letters sort alphabetically across case ({@code 'apple' < 'Banana'}), unlike a binary
 * order. {@link #key} gives the byte key that orders and groups the same way.
 */
public final class Collations {
  /** The server and database default collation. */
  public static final String DEFAULT = "SQL_Latin1_General_CP1_CI_AS";

  /** Collators are not thread-safe to share without locking; each thread gets its own. */
  private static final ThreadLocal<Collator> COLLATOR =
      ThreadLocal.withInitial(
          () -> {
            Collator c = Collator.getInstance(Locale.ENGLISH);
            c.setStrength(Collator.SECONDARY);
            c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            return c;
          });

  private Collations() {}

  /** Negative, zero or positive, as the default collation orders a and b. */
  public static int compare(String a, String b) {
    String x = stripTrailingSpaces(a);
    String y = stripTrailingSpaces(b);
    if (x.equals(y)) {
      return 0;
    }
    if (isAlphanumeric(x) && isAlphanumeric(y)) {
      return compareAlphanumeric(x, y);
    }
    return Integer.signum(COLLATOR.get().compare(x, y));
  }

  /**
   * Letters and digits only: the collator's order is then digits before letters, letters
   * alphabetical ignoring case, a prefix first, which a plain case-folded comparison gives without
   * the collator's cost (most keys and names are such strings).
   */
  private static int compareAlphanumeric(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      int a = fold(x.charAt(i));
      int b = fold(y.charAt(i));
      if (a != b) {
        return a < b ? -1 : 1;
      }
    }
    return Integer.signum(x.length() - y.length());
  }

  private static int fold(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  private static boolean isAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  public static boolean equal(String a, String b) {
    return compare(a, b) == 0;
  }

  /** The comparison key: equal keys exactly for equal strings, ordered as {@link #compare}. */
  public static byte[] key(String s) {
    return COLLATOR.get().getCollationKey(stripTrailingSpaces(s)).toByteArray();
  }

  /** Trailing U+0020 only: SQL Server pads with spaces, other blanks are significant. */
  public static String stripTrailingSpaces(String s) {
    int e = s.length();
    while (e > 0 && s.charAt(e - 1) == ' ') {
      e--;
    }
    return e == s.length() ? s : s.substring(0, e);
  }
}
