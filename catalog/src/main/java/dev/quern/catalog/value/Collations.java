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
    return Integer.signum(COLLATOR.get().compare(x, y));
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
