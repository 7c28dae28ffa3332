package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Monotonic id counters (object ids, data ids, row ids, LOB ids) that never hand out a value twice,
 * even across crashes, and need no write per value: a block of values is reserved by committing its
 * upper end in a transaction of its own, then values are handed out from memory. A crash loses the
 * rest of the block (a gap, never a repeat); a clean {@link #close} records the exact position.
 */
final class DurableCounters implements AutoCloseable {
  private static final class State {
    long next;
    long reserved;
  }

  private final KvStore store;
  private final Map<ByteBuffer, State> states = new HashMap<>();

  DurableCounters(KvStore store) {
    this.store = store;
  }

  /** The next value of the counter at {@code key}; the first ever is {@code first}. */
  synchronized long next(byte[] key, long first, int block) {
    State s = states.computeIfAbsent(ByteBuffer.wrap(key.clone()), k -> load(key, first));
    if (s.next > s.reserved) {
      s.reserved = s.next + block - 1;
      persist(key, s.reserved);
    }
    return s.next++;
  }

  /** The value {@link #next} handed out last ({@code first - 1} before any). */
  synchronized long last(byte[] key, long first) {
    return states.computeIfAbsent(ByteBuffer.wrap(key.clone()), k -> load(key, first)).next - 1;
  }

  /**
   * Makes {@link #next} hand out values above {@code last} from now on (a restored database's
   * counters continue where the backed-up ones were); a counter already beyond it is unchanged.
   */
  synchronized void advance(byte[] key, long first, long last) {
    State s = states.computeIfAbsent(ByteBuffer.wrap(key.clone()), k -> load(key, first));
    if (s.next <= last) {
      s.next = last + 1;
      if (s.reserved < last) {
        s.reserved = last;
        persist(key, last);
      }
    }
  }

  /** Forgets a counter (its data was reclaimed); the key is deleted by the caller's cleanup. */
  synchronized void forget(byte[] key) {
    states.remove(ByteBuffer.wrap(key));
  }

  private State load(byte[] key, long first) {
    State s = new State();
    try (KvTxn t = store.begin()) {
      byte[] v = t.peek(key);
      long reserved = v == null ? first - 1 : ByteBuffer.wrap(v).getLong();
      s.next = reserved + 1;
      s.reserved = reserved;
    }
    return s;
  }

  private void persist(byte[] key, long value) {
    try (KvTxn t = store.begin()) {
      t.put(key, ByteBuffer.allocate(8).putLong(value).array());
      t.commit();
    }
  }

  /** Records the exact positions, so a clean restart leaves no gaps. */
  @Override
  public synchronized void close() {
    states.forEach(
        (key, s) -> {
          if (s.next - 1 < s.reserved) {
            persist(key.array(), s.next - 1);
          }
        });
    states.clear();
  }
}
