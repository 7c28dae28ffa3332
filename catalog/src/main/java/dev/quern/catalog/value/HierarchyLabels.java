package dev.quern.catalog.value;

import java.util.Arrays;

/**
 * The label GetDescendant gives a new child between two siblings' labels. Labels order as integer
 * sequences, a prefix before what extends it ({@code 1 < 1.0 < 1.1 < 2}). With no bounds the child
 * is 1; after a only, the integer after a's first; before b only, the integer before b's first;
 * between both, the shortest label that fits: the integer after a's at the first place they differ
 * when there is room there ({@code 1, 3 → 2}), else a extended past its end ({@code 1, 2 → 1.1};
 * {@code 1.0, 1.1 → 1.0.1}), or, where a is a prefix of b, b's next integer less one after a's
 * prefix ({@code 1, 1.1 → 1.0}).
 */
final class HierarchyLabels {
  private HierarchyLabels() {}

  /** A label after {@code a} and before {@code b} (either null for no bound); a &lt; b. */
  static long[] between(long[] a, long[] b) {
    if (a == null && b == null) {
      return new long[] {1};
    }
    if (b == null) {
      return new long[] {a[0] + 1};
    }
    if (a == null) {
      return new long[] {b[0] - 1};
    }
    int k = 0;
    while (k < a.length && k < b.length && a[k] == b[k]) {
      k++;
    }
    if (k == a.length) {
      // a is a prefix of b: a, then one less than b's next integer.
      long[] out = Arrays.copyOf(a, k + 1);
      out[k] = b[k] - 1;
      return out;
    }
    if (b[k] - a[k] > 1) {
      long[] out = Arrays.copyOf(a, k + 1);
      out[k] = a[k] + 1;
      return out;
    }
    // No integer between a[k] and b[k]: stay under a[0..k] and go past the rest of a.
    if (k + 1 == a.length) {
      long[] out = Arrays.copyOf(a, k + 2);
      out[k + 1] = 1;
      return out;
    }
    long[] out = Arrays.copyOf(a, k + 2);
    out[k + 1] = a[k + 1] + 1;
    return out;
  }
}
