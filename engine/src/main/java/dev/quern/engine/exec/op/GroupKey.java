package dev.quern.engine.exec.op;

import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.Collations;
import dev.quern.engine.api.ResultColumn;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Values compared the way the default collation and SQL Server's equality see them, usable as a
 * hash key: strings case-insensitively and without trailing spaces, decimals by numeric value.
 * (GROUP BY, DISTINCT and COUNT(DISTINCT) group 'a' and 'A ' together.) A column under another
 * collation groups by that collation's sort key (a binary one by the text without trailing spaces).
 */
final class GroupKey {
  private final Object[] values;
  private final int hash;

  GroupKey(Object[] raw, int width) {
    this(raw, width, null);
  }

  /** {@code collations}: one per column, null entries (or null) for the default. */
  GroupKey(Object[] raw, int width, Collation[] collations) {
    values = new Object[width];
    for (int i = 0; i < width; i++) {
      Collation c = collations == null || i >= collations.length ? null : collations[i];
      values[i] = normalize(raw[i], c);
    }
    hash = Arrays.hashCode(values);
  }

  /** The non-default collations of {@code columns}, null when all are the default. */
  static Collation[] collationsOf(java.util.List<ResultColumn> columns) {
    Collation[] out = new Collation[columns.size()];
    boolean any = false;
    for (int i = 0; i < out.length; i++) {
      Collation c = columns.get(i).collation();
      if (c != null && !c.isDefault()) {
        out[i] = c;
        any = true;
      }
    }
    return any ? out : null;
  }

  /** {@link #normalize(Object)} of a value under {@code c} (null: the default). */
  static Object normalize(Object v, Collation c) {
    return c == null || !(v instanceof String s) ? normalize(v) : normalize(s, c);
  }

  private static Object normalize(String s, Collation c) {
    if (c.isDefault()) {
      return normalize(s);
    }
    if (c.binary()) {
      return Collations.stripTrailingSpaces(s);
    }
    return ByteBuffer.wrap(c.keyCollation().sortKey(s, true));
  }

  static Object normalize(Object v) {
    if (v instanceof String s) {
      return s.stripTrailing().toUpperCase(Locale.ROOT);
    }
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (v instanceof byte[] b) {
      return java.nio.ByteBuffer.wrap(b);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey k && k.hash == hash && Arrays.equals(k.values, values);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
