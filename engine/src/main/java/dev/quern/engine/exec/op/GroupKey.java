package dev.quern.engine.exec.op;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Values compared the way the default collation and SQL Server's equality see them, usable as a
 * hash key: strings case-insensitively and without trailing spaces, decimals by numeric value.
 * (GROUP BY, DISTINCT and COUNT(DISTINCT) group 'a' and 'A ' together.)
 */
final class GroupKey {
  private final Object[] values;
  private final int hash;

  GroupKey(Object[] raw, int width) {
    values = new Object[width];
    for (int i = 0; i < width; i++) {
      values[i] = normalize(raw[i]);
    }
    hash = Arrays.hashCode(values);
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
