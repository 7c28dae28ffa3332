package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Identity and sequence values. As in SQL Server they are handed out outside the user's
 * transaction: a rolled-back INSERT still consumes its identity value, and concurrent inserters
 * never wait for each other. Each counter keeps its last value in memory and persists, in a
 * transaction of its own, a value a block ahead (identity: {@value #IDENTITY_BLOCK}, sequences:
 * their CACHE size); after a crash numbering resumes after the persisted value, leaving a gap as
 * SQL Server's identity cache does, and never repeating a value. A clean {@link #close()} persists
 * the exact last values.
 */
public final class ValueCounters implements AutoCloseable {
  static final int IDENTITY_BLOCK = 1000;

  private static final class Entry {
    Long last;
    Long persisted;
    /**
     * DBCC CHECKIDENT RESEED set {@code last} while nothing had been handed out since the table was
     * created or truncated: the next value is {@code last} itself (kept in memory only).
     */
    boolean reseededFresh;
    /** The sequence's restart count {@code last} belongs to (see {@link Sequence#restarts()}). */
    long restarts;
    /**
     * A sequence's counter under the other of its last two restart counts, kept until one of them
     * is committed for good: ALTER SEQUENCE … RESTART changes the definition in its transaction, and
     * if that is rolled back (or lost in a crash) after values were drawn under the new count, the
     * old count's values go on where they were instead of starting over. Null for identities.
     */
    Entry other;
  }

  private final KvStore store;
  private final Map<Integer, Entry> entries = new HashMap<>();

  ValueCounters(KvStore store) {
    this.store = store;
  }

  /** The next identity value of a table (its column's IDENTITY(seed, increment)). */
  public synchronized long nextIdentity(int tableId, Identity identity) {
    Entry e = entry(tableId);
    long v = e.last == null ? identity.seed() : e.reseededFresh ? e.last : Math.addExact(e.last, identity.increment());
    e.reseededFresh = false;
    if (!covered(e.persisted, v, identity.increment())) {
      persist(
          tableId,
          e,
          saturatedAhead(v, identity.increment(), IDENTITY_BLOCK, Long.MIN_VALUE, Long.MAX_VALUE));
    }
    e.last = v;
    return v;
  }

  /**
   * IDENT_CURRENT: the last identity value handed out, empty if none yet (IDENT_CURRENT then shows
   * the seed).
   */
  public synchronized OptionalLong currentIdentity(int tableId) {
    Entry e = entry(tableId);
    return e.last == null ? OptionalLong.empty() : OptionalLong.of(e.last);
  }

  /**
   * An explicit value inserted under SET IDENTITY_INSERT ON: if it lies beyond the current value in
   * the increment's direction it becomes the current value, as SQL Server does.
   */
  public synchronized void observeIdentity(int tableId, Identity identity, long value) {
    Entry e = entry(tableId);
    boolean beyond = e.last == null || (identity.increment() > 0 ? value > e.last : value < e.last);
    if (beyond) {
      e.last = value;
      e.reseededFresh = false;
      persist(tableId, e, value);
    }
  }

  /**
   * A table's identity counter as it was before a reseed, for {@link #restoreIdentity} if the
   * reseeding transaction is rolled back: the current value (null: none), whether it was a fresh
   * reseed, and the value persisted then.
   */
  public record IdentityBefore(Long last, boolean reseededFresh, Long persisted) {
    /** The current value before the reseed. */
    public OptionalLong current() {
      return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }
  }

  /**
   * DBCC CHECKIDENT RESEED / TRUNCATE: the next value will be {@code last + increment}, or the seed
   * if empty. Returns the counter before, for {@link #restoreIdentity} if the reseeding
   * transaction is rolled back.
   *
   * <p>A reseed towards the seed does not lower the persisted value: the reseed takes effect at
   * once, but the TRUNCATE that asked for it commits later, and a crash in between would otherwise
   * restart numbering below rows that are still there. After a crash that follows the commit,
   * numbering resumes above the old value instead: a gap, as after any crash.
   */
  public synchronized IdentityBefore reseedIdentity(int tableId, Identity identity, OptionalLong last) {
    Entry e = entry(tableId);
    IdentityBefore before = before(e);
    e.last = last.isPresent() ? last.getAsLong() : null;
    e.reseededFresh = false;
    if (e.last != null && !covered(e.persisted, e.last, identity.increment())) {
      persist(tableId, e, e.last);
    }
    return before;
  }

  /**
   * Puts back the counter {@link #reseedIdentity} or {@link #reseedIdentityTo} replaced (its
   * transaction was rolled back), the persisted value too, so that a crash after the rollback does
   * not resume from the reseed. The reseeding statement held the table exclusively until then, so
   * no other transaction took values from the counter meanwhile.
   */
  public synchronized void restoreIdentity(int tableId, IdentityBefore before) {
    Entry e = entry(tableId);
    e.last = before.last();
    e.reseededFresh = before.reseededFresh();
    if (!java.util.Objects.equals(e.persisted, before.persisted())) {
      persist(tableId, e, before.persisted());
    }
  }

  /**
   * DBCC CHECKIDENT RESEED, value: the current value becomes {@code value}; the next is {@code
   * value + increment}, or {@code value} itself when no value was handed out since the table was
   * created or truncated (SQL Server's rule). A restart before that first insert forgets the
   * exception: the first value is then {@code value + increment}. Persisted at once, so that a
   * crash after the reseed commits keeps it; returns the counter before, as {@link
   * #reseedIdentity} does.
   */
  public synchronized IdentityBefore reseedIdentityTo(int tableId, long value) {
    Entry e = entry(tableId);
    IdentityBefore before = before(e);
    boolean fresh = e.last == null || e.reseededFresh;
    e.last = value;
    e.reseededFresh = fresh;
    persist(tableId, e, value);
    return before;
  }

  private static IdentityBefore before(Entry e) {
    return new IdentityBefore(e.last, e.reseededFresh, e.persisted);
  }

  /**
   * A restored table's identity or sequence: its counter starts where the backup's was ({@code
   * last} null: nothing handed out yet), for the definition's restart count.
   */
  synchronized void restore(int id, Long last, long restarts) {
    Entry e = entry(id);
    e.last = last;
    e.restarts = restarts;
    persist(id, e, last);
  }

  /** NEXT VALUE FOR: the next value of a sequence, cycling or failing at its bounds. */
  public synchronized long nextSequenceValue(Sequence seq) {
    Entry e = sequenceEntry(seq);
    long v;
    boolean wrapped = false;
    if (e.last == null) {
      v = seq.start();
    } else {
      long candidate = e.last + seq.increment();
      boolean overflow = ((e.last ^ candidate) & (seq.increment() ^ candidate)) < 0;
      boolean outside = overflow || candidate > seq.maxValue() || candidate < seq.minValue();
      if (outside) {
        if (!seq.cycle()) {
          throw new SequenceExhaustedException(seq.name());
        }
        v = seq.increment() > 0 ? seq.minValue() : seq.maxValue();
        wrapped = true;
      } else {
        v = candidate;
      }
    }
    if (wrapped || !covered(e.persisted, v, seq.increment())) {
      persist(
          seq.id(),
          e,
          saturatedAhead(
              v, seq.increment(), Math.max(1, seq.cacheSize()), seq.minValue(), seq.maxValue()));
    }
    e.last = v;
    return v;
  }

  /**
   * The sequence's current value (sys.sequences.current_value), empty before the first NEXT VALUE
   * FOR.
   */
  public synchronized OptionalLong currentSequenceValue(int sequenceId) {
    Entry e = entry(sequenceId);
    return e.last == null ? OptionalLong.empty() : OptionalLong.of(e.last);
  }

  /**
   * As {@link #currentSequenceValue(int)} for the definition {@code seq}: empty also when a RESTART
   * in it has not reached the counter yet (the next value is then its start).
   */
  public synchronized OptionalLong currentSequenceValue(Sequence seq) {
    Entry e = entry(seq.id());
    Entry m = e.restarts == seq.restarts() ? e : e.other != null && e.other.restarts == seq.restarts() ? e.other : null;
    return m == null || m.last == null ? OptionalLong.empty() : OptionalLong.of(m.last);
  }

  /**
   * The counter of {@code seq}'s restart count: the current one, the other one kept (a RESTART that
   * did not commit, or a commit after one that did not), or a new one, started over, that keeps the
   * current one as its other.
   */
  private Entry sequenceEntry(Sequence seq) {
    Entry e = entry(seq.id());
    if (e.restarts == seq.restarts()) {
      return e;
    }
    Entry now = e.other != null && e.other.restarts == seq.restarts() ? e.other : new Entry();
    now.restarts = seq.restarts();
    // What is stored of a counter kept as the other is its exact last value (see persist): its next
    // value must be persisted, whatever block it reserved while it was current.
    now.persisted = now.last;
    e.other = null;
    now.other = e;
    entries.put(seq.id(), now);
    return now;
  }

  /** The values sp_sequence_get_range handed out: first, last, and how often they wrapped. */
  public record SequenceRange(long first, long last, int cycles) {}

  /**
   * sp_sequence_get_range: reserves {@code size} consecutive values at once (wrapping at the bounds
   * when the sequence cycles) and persists the last, so none is handed out again after a crash.
   * Throws {@link SequenceExhaustedException} when a sequence that does not cycle has fewer left.
   */
  public synchronized SequenceRange reserveSequenceRange(Sequence seq, long size) {
    Entry e = sequenceEntry(seq);
    BigInteger inc = BigInteger.valueOf(seq.increment());
    BigInteger min = BigInteger.valueOf(seq.minValue());
    BigInteger max = BigInteger.valueOf(seq.maxValue());
    boolean up = seq.increment() > 0;
    BigInteger restart = up ? min : max;
    BigInteger first = e.last == null ? BigInteger.valueOf(seq.start()) : BigInteger.valueOf(e.last).add(inc);
    int cycles = 0;
    if (first.compareTo(min) < 0 || first.compareTo(max) > 0) {
      if (!seq.cycle()) {
        throw new SequenceExhaustedException(seq.name());
      }
      first = restart;
      cycles++;
    }
    BigInteger step = inc.abs();
    BigInteger available = (up ? max.subtract(first) : first.subtract(min)).divide(step).add(BigInteger.ONE);
    BigInteger n = BigInteger.valueOf(size);
    BigInteger last;
    if (n.compareTo(available) <= 0) {
      last = first.add(inc.multiply(n.subtract(BigInteger.ONE)));
    } else if (!seq.cycle()) {
      throw new SequenceExhaustedException(seq.name());
    } else {
      BigInteger rest = n.subtract(available).subtract(BigInteger.ONE);
      BigInteger perCycle = max.subtract(min).divide(step).add(BigInteger.ONE);
      cycles += rest.divide(perCycle).intValueExact() + 1;
      last = restart.add(inc.multiply(rest.mod(perCycle)));
    }
    e.last = last.longValueExact();
    persist(seq.id(), e, e.last);
    return new SequenceRange(first.longValueExact(), e.last, cycles);
  }

  private static boolean covered(Long persisted, long v, long increment) {
    return persisted != null && (increment > 0 ? v <= persisted : v >= persisted);
  }

  private static long saturatedAhead(long v, long increment, int block, long min, long max) {
    long ahead;
    try {
      ahead = Math.addExact(v, Math.multiplyExact(increment, (long) block - 1));
    } catch (ArithmeticException e) {
      ahead = increment > 0 ? max : min;
    }
    return Math.max(min, Math.min(max, ahead));
  }

  private Entry entry(int id) {
    return entries.computeIfAbsent(id, this::load);
  }

  private Entry load(int id) {
    Entry e = new Entry();
    try (KvTxn t = store.begin()) {
      byte[] v = t.peek(SystemKeys.valueCounter(id));
      if (v != null && v[0] != 0) {
        e.last = ByteBuffer.wrap(v, 1, 8).getLong();
        e.persisted = e.last;
      }
      if (v != null && v.length >= 17) {
        e.restarts = ByteBuffer.wrap(v, 9, 8).getLong();
      }
      if (v != null && v.length >= 34) {
        Entry other = new Entry();
        if (v[17] != 0) {
          other.last = ByteBuffer.wrap(v, 18, 8).getLong();
          other.persisted = other.last;
        }
        other.restarts = ByteBuffer.wrap(v, 26, 8).getLong();
        e.other = other;
      }
    }
    return e;
  }

  private void persist(int id, Entry e, Long value) {
    // flag, last value, restart count (a sequence's; 0 for identities and never-restarted ones);
    // then the same for the other restart count's counter, if one is kept (its exact last value:
    // it hands out nothing while it is not current).
    ByteBuffer b = ByteBuffer.allocate(e.other == null ? 17 : 34);
    b.put((byte) (value == null ? 0 : 1)).putLong(value == null ? 0 : value).putLong(e.restarts);
    if (e.other != null) {
      Long last = e.other.last;
      b.put((byte) (last == null ? 0 : 1)).putLong(last == null ? 0 : last).putLong(e.other.restarts);
    }
    try (KvTxn t = store.begin()) {
      t.put(SystemKeys.valueCounter(id), b.array());
      t.commit();
    }
    e.persisted = value;
  }

  /** Persists the exact last values (clean shutdown: no gap on restart). */
  @Override
  public synchronized void close() {
    entries.forEach(
        (id, e) -> {
          // A reseed to the seed (TRUNCATE) is persisted here too: it never lowered the value before.
          if (!java.util.Objects.equals(e.last, e.persisted)) {
            persist(id, e, e.last);
          }
        });
    entries.clear();
  }
}
