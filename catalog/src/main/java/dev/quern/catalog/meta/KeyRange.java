package dev.quern.catalog.meta;

/**
 * A range over the leading key columns of an index, in the index's key order (for a DESC column
 * "low" is the larger value). {@code null} bounds are open; a bound may give fewer values than the
 * index has key columns (a prefix).
 */
public record KeyRange(Object[] low, boolean lowInclusive, Object[] high, boolean highInclusive) {
  public static final KeyRange ALL = new KeyRange(null, true, null, true);

  /** Every entry whose leading key columns equal {@code values}. */
  public static KeyRange equalTo(Object... values) {
    return new KeyRange(values, true, values, true);
  }

  public static KeyRange between(
      Object[] low, boolean lowInclusive, Object[] high, boolean highInclusive) {
    return new KeyRange(low, lowInclusive, high, highInclusive);
  }
}
