package dev.quern.engine.func;

/**
 * RE2's limit on nested counted repetition: the counts of repetitions nested in one another
 * ({@code ((a{10}){10}){20}}) may multiply to at most 1000, or RE2 refuses the pattern ("invalid
 * repetition size"). RE2/J checks only each count, and would expand the product, so this scans
 * the pattern text first: escapes, {@code \Q…\E} and character classes are skipped, groups
 * nest, and each counted repetition multiplies what it repeats.
 */
final class RepetitionBudget {
  static final int MAX_REPEAT = 1000;

  private final String p;
  private int i;
  private String offender;

  private RepetitionBudget(String pattern) {
    this.p = pattern;
  }

  /** The repetition operator ("{1000}") that takes the product past 1000, or null when within. */
  static String exceeded(String pattern) {
    if (pattern.indexOf('{') < 0) {
      return null;
    }
    RepetitionBudget b = new RepetitionBudget(pattern);
    b.sequence();
    return b.offender;
  }

  /** The largest repetition product inside a sequence, up to and past the ')' that closes it. */
  private long sequence() {
    long most = 1;
    long last = 1;
    while (i < p.length() && offender == null) {
      char c = p.charAt(i);
      if (c == ')') {
        i++;
        break;
      }
      if (c == '{' && isCount()) {
        last = count(last);
      } else if (c == '*' || c == '+' || c == '?') {
        i++; // unbounded and optional repetition do not count against the limit
      } else if (c == '|') {
        i++;
        last = 1;
      } else {
        last = atom(c);
      }
      most = Math.max(most, last);
    }
    return most;
  }

  /** Reads one atom starting at {@code c}: its own repetition product (1 for a plain character). */
  private long atom(char c) {
    switch (c) {
      case '\\' -> escape();
      case '[' -> charClass();
      case '(' -> {
        i++;
        return sequence();
      }
      default -> i++;
    }
    return 1;
  }

  private boolean isCount() {
    int close = p.indexOf('}', i);
    return close > 0 && p.substring(i + 1, close).matches("\\d+(,\\d*)?");
  }

  /** The counted repetition {n}, {n,} or {n,m} at i applied to an atom of product {@code atom}. */
  private long count(long atom) {
    int close = p.indexOf('}', i);
    String op = p.substring(i, close + 1);
    String[] parts = op.substring(1, op.length() - 1).split(",", -1);
    String max = parts.length == 2 && !parts[1].isEmpty() ? parts[1] : parts[0];
    long n = max.length() > 6 ? MAX_REPEAT + 1 : Math.max(1, Long.parseLong(max));
    i = close + 1;
    long product = Math.min(atom * n, 1L << 40);
    if (product > MAX_REPEAT && n <= MAX_REPEAT) {
      offender = op; // a single count over 1000 is RE2/J's own error, in the same words
    }
    return product;
  }

  private void escape() {
    if (p.startsWith("\\Q", i)) {
      int end = p.indexOf("\\E", i + 2);
      i = end < 0 ? p.length() : end + 2;
    } else {
      i += 2;
    }
  }

  private void charClass() {
    i++;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++; // a leading ] is a member
    }
    while (i < p.length() && p.charAt(i) != ']') {
      if (p.charAt(i) == '\\') {
        i += 2;
      } else if (p.startsWith("[:", i) && p.indexOf(":]", i + 2) > 0) {
        i = p.indexOf(":]", i + 2) + 2;
      } else {
        i++;
      }
    }
    i++;
  }
}
