package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvIterator;
import java.util.Arrays;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * A {@link KvIterator} over a RocksDB transaction iterator (which merges the transaction's own
 * writes). Bounds are set on the read options and also checked here, so a range is exact whatever
 * the base-delta iterator does with bounds.
 */
final class RocksKvIterator implements KvIterator {
  /** Re-reads each row under a lock before returning it (REPEATABLE READ). */
  interface RowLocker {
    /** The locked, current value of {@code key}, or null if it is gone. */
    byte[] lockAndRead(byte[] key);
  }

  private final RocksIterator it;
  private final ReadOptions readOptions;
  private final Slice lower;
  private final Slice upper;
  private final byte[] from;
  private final byte[] to;
  private final boolean reverse;
  private final RowLocker locker;
  private byte[] seekTarget;
  private boolean started;
  private final boolean checkBounds;
  private boolean onEntry;
  private boolean ended;
  private byte[] key;
  private byte[] value;

  RocksKvIterator(
      RocksIteratorFactory factory, byte[] from, byte[] to, boolean reverse, RowLocker locker) {
    this.from = from == null ? null : from.clone();
    this.to = to == null ? null : to.clone();
    this.reverse = reverse;
    this.locker = locker;
    this.lower = from == null ? null : new Slice(this.from);
    this.upper = to == null ? null : new Slice(this.to);
    this.readOptions = factory.readOptions();
    if (lower != null) {
      readOptions.setIterateLowerBound(lower);
    }
    if (upper != null) {
      readOptions.setIterateUpperBound(upper);
    }
    this.it = factory.iterator(readOptions);
    // RocksDB honours the upper bound when iterating forwards over the database alone; a
    // transaction's base-delta iterator and reverse iteration are checked here.
    this.checkBounds = reverse || !factory.honoursBounds();
  }

  /**
   * An iterator over the database itself (no transaction's writes) as it was at {@code snapshot};
   * such iterators may be used by several threads at once, one each.
   */
  static RocksKvIterator atSnapshot(RocksKvStore store, Snapshot snapshot, byte[] from, byte[] to, boolean reverse) {
    return new RocksKvIterator(
        new RocksIteratorFactory() {
          @Override
          public ReadOptions readOptions() {
            return new ReadOptions().setSnapshot(snapshot);
          }

          @Override
          public RocksIterator iterator(ReadOptions options) {
            return store.db().newIterator(options);
          }

          @Override
          public boolean honoursBounds() {
            return true;
          }
        },
        from,
        to,
        reverse,
        null);
  }

  /** Creates the RocksDB iterator for the given (bounded) read options. */
  interface RocksIteratorFactory {
    ReadOptions readOptions();

    RocksIterator iterator(ReadOptions options);

    /** Whether the iterator never leaves [lower, upper) going forwards. */
    boolean honoursBounds();
  }

  @Override
  public boolean next() {
    if (ended) {
      return false; // moving a RocksDB iterator that is no longer valid is undefined
    }
    while (true) {
      if (!started) {
        position();
        started = true;
      } else if (reverse) {
        it.prev();
      } else {
        it.next();
      }
      onEntry = false;
      key = null;
      value = null;
      if (!it.isValid()) {
        ended = true;
        return false;
      }
      if (checkBounds) {
        key = it.key();
        if (!inBounds(key)) {
          ended = true;
          return false;
        }
      }
      if (locker == null) {
        // Key and value are fetched when asked for: a scan that only reads values (or only keys)
        // crosses into RocksDB once per entry less.
        onEntry = true;
        return true;
      }
      value = locker.lockAndRead(currentKey());
      if (value != null) {
        onEntry = true;
        return true;
      }
    }
  }

  private byte[] currentKey() {
    if (key == null) {
      key = it.key();
    }
    return key;
  }

  private void position() {
    byte[] target = seekTarget;
    seekTarget = null;
    if (!reverse) {
      byte[] start = max(target, from);
      if (start == null) {
        it.seekToFirst();
      } else {
        it.seek(start);
      }
      return;
    }
    if (target != null && (to == null || Arrays.compareUnsigned(target, to) < 0)) {
      it.seekForPrev(target);
    } else if (to != null) {
      it.seekForPrev(to);
      if (it.isValid() && Arrays.equals(it.key(), to)) {
        it.prev();
      }
    } else {
      it.seekToLast();
    }
  }

  private static byte[] max(byte[] a, byte[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Arrays.compareUnsigned(a, b) >= 0 ? a : b;
  }

  private boolean inBounds(byte[] k) {
    return (from == null || Arrays.compareUnsigned(k, from) >= 0)
        && (to == null || Arrays.compareUnsigned(k, to) < 0);
  }

  @Override
  public byte[] key() {
    if (!onEntry) {
      throw new IllegalStateException("iterator is not on an entry");
    }
    return currentKey().clone();
  }

  @Override
  public byte[] value() {
    if (!onEntry) {
      throw new IllegalStateException("iterator is not on an entry");
    }
    if (value == null) {
      // Fresh from RocksDB: the caller may keep this one; later calls hand out copies.
      value = it.value();
      return value;
    }
    return value.clone();
  }

  @Override
  public int value(byte[] into) {
    if (!onEntry) {
      throw new IllegalStateException("iterator is not on an entry");
    }
    if (value == null) {
      return it.value(into); // RocksDB copies into the caller's array: no array of its own
    }
    if (value.length <= into.length) {
      System.arraycopy(value, 0, into, 0, value.length);
    }
    return value.length;
  }

  @Override
  public void seek(byte[] target) {
    seekTarget = target.clone();
    started = false;
    ended = false;
    onEntry = false;
    key = null;
    value = null;
  }

  @Override
  public void close() {
    it.close();
    readOptions.close();
    if (lower != null) {
      lower.close();
    }
    if (upper != null) {
      upper.close();
    }
  }
}
