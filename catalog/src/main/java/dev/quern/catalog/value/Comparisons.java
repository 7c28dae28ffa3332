package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/** Comparison of two non-null values after converting both to their higher-precedence type. */
public final class Comparisons {
  private Comparisons() {}

  /** Negative, zero or positive; both values must be non-null. */
  public static int compare(Object a, SqlType ta, Object b, SqlType tb) {
    throw new UnsupportedOperationException("in progress");
  }

  public static boolean equal(Object a, SqlType ta, Object b, SqlType tb) {
    return compare(a, ta, b, tb) == 0;
  }
}
