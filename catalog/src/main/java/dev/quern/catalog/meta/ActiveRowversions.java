package dev.quern.catalog.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The rowversion values still in use by transactions that have not ended, per database, for
 * MIN_ACTIVE_ROWVERSION(): a transaction's first value in a database is the lowest it holds there,
 * since values only grow. A value is drawn and registered under one lock, and the minimum is read
 * under it too, so no reader can see a value handed out but not yet registered (a reader that
 * copies rows with {@code rv < MIN_ACTIVE_ROWVERSION()} then never skips a row that commits later
 * with a lower value). A transaction is released after its commit, so for a moment a committed
 * value may still count as active: a reader then waits for it, never misses it.
 */
final class ActiveRowversions {
  /** Per owner (a transaction), per database id, the first value it drew. */
  private final Map<Object, Map<Integer, Long>> firsts = new HashMap<>();

  /** Draws the next value of {@code databaseId} for {@code owner} and keeps its first one. */
  synchronized long next(Object owner, int databaseId, LongSupplier draw) {
    long v = draw.getAsLong();
    firsts.computeIfAbsent(owner, o -> new HashMap<>(2)).putIfAbsent(databaseId, v);
    return v;
  }

  /** {@code owner} ended: its values are no longer active. */
  synchronized void release(Object owner) {
    firsts.remove(owner);
  }

  /** The lowest active value of {@code databaseId}, or {@code whenNone} (@@DBTS + 1) without one. */
  synchronized long minimum(int databaseId, LongSupplier whenNone) {
    long min = Long.MAX_VALUE;
    for (Map<Integer, Long> values : firsts.values()) {
      Long v = values.get(databaseId);
      if (v != null && v < min) {
        min = v;
      }
    }
    return min == Long.MAX_VALUE ? whenNone.getAsLong() : min;
  }
}
