package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvParallelScan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.Range;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;
import org.rocksdb.SizeApproximationFlag;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * {@link KvParallelScan} over the database at one snapshot (a transaction's statement snapshot):
 * iterators of the database itself, which RocksDB lets threads use independently, and split keys
 * found by bisecting the key span on RocksDB's approximate sizes (SST files through their index
 * blocks, memtables by sampling their skip lists), which read no data block.
 */
final class RocksParallelScan implements KvParallelScan {
  /**
   * Bisection steps per split key: the key found is within 2^-24 of the span between the first
   * and last keys, far finer than the size estimates themselves (a data block, ~4 KB).
   */
  private static final int BISECTION_STEPS = 24;

  private final RocksKvStore store;
  private final Snapshot snapshot;

  RocksParallelScan(RocksKvStore store, Snapshot snapshot) {
    this.store = store;
    this.snapshot = snapshot;
  }

  @Override
  public List<byte[]> splitKeys(byte[] from, byte[] to, int parts, long minBytesPerPart) {
    byte[][] ends = firstAndLast(from, to);
    if (ends == null || Arrays.equals(ends[0], ends[1])) {
      return List.of();
    }
    byte[] first = ends[0];
    byte[] last = ends[1];
    long total = size(first, successor(last));
    int n = (int) Math.min(parts, total / Math.max(1, minBytesPerPart));
    List<byte[]> keys = new ArrayList<>();
    byte[] previous = first;
    for (int i = 1; i < n; i++) {
      byte[] key = bisect(first, previous, last, total / n * i);
      if (!inside(key, previous, last)) {
        // The estimates (a memtable's are sampled, not monotonic) found no key: split the key
        // span evenly instead, which suits the dense keys of an identity or sequence.
        key = spanPoint(first, last, i, n);
      }
      if (inside(key, previous, last)) {
        keys.add(key);
        previous = key;
      }
    }
    return keys;
  }

  /** Whether {@code key} is in {@code (low, high]}. */
  private static boolean inside(byte[] key, byte[] low, byte[] high) {
    return Arrays.compareUnsigned(key, low) > 0 && Arrays.compareUnsigned(key, high) <= 0;
  }

  /** The key {@code i / n} of the way from {@code first} to {@code last}, keys taken as fractions. */
  private static byte[] spanPoint(byte[] first, byte[] last, int i, int n) {
    int width = Math.max(first.length, last.length) + 1;
    BigInteger a = number(first, width);
    BigInteger span = number(last, width).subtract(a);
    return key(a.add(span.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(n))), width);
  }

  /**
   * The lowest key (to bisection's precision) in {@code (low, high]} such that {@code [first,
   * key)} holds about {@code target} bytes. Keys are compared as fractions: equal-length
   * big-endian numbers, one byte longer than the longer end so that close ends still have room.
   */
  private byte[] bisect(byte[] first, byte[] low, byte[] high, long target) {
    int width = Math.max(low.length, high.length) + 1;
    BigInteger a = number(low, width);
    BigInteger b = number(high, width);
    for (int step = 0; step < BISECTION_STEPS; step++) {
      BigInteger mid = a.add(b).shiftRight(1);
      if (mid.equals(a)) {
        break;
      }
      if (size(first, key(mid, width)) < target) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return key(b, width);
  }

  private static BigInteger number(byte[] key, int width) {
    return new BigInteger(1, Arrays.copyOf(key, width));
  }

  private static byte[] key(BigInteger n, int width) {
    byte[] magnitude = n.toByteArray(); // may carry a leading sign byte, or be shorter
    byte[] out = new byte[width];
    int copy = Math.min(width, magnitude.length);
    System.arraycopy(magnitude, magnitude.length - copy, out, width - copy, copy);
    return out;
  }

  /** The smallest key after {@code key}. */
  private static byte[] successor(byte[] key) {
    return Arrays.copyOf(key, key.length + 1);
  }

  /** RocksDB's estimate of the bytes stored in {@code [from, to)}, files and memtables. */
  private long size(byte[] from, byte[] to) {
    try (Slice start = new Slice(from);
        Slice limit = new Slice(to)) {
      return store.db().getApproximateSizes(
          List.of(new Range(start, limit)), SizeApproximationFlag.INCLUDE_FILES,
          SizeApproximationFlag.INCLUDE_MEMTABLES)[0];
    }
  }

  /** The first and last keys in {@code [from, to)} at the snapshot, or null when it is empty. */
  private byte[][] firstAndLast(byte[] from, byte[] to) {
    try (ReadOptions options = new ReadOptions().setSnapshot(snapshot);
        Slice lower = from == null ? null : new Slice(from);
        Slice upper = to == null ? null : new Slice(to)) {
      if (lower != null) {
        options.setIterateLowerBound(lower);
      }
      if (upper != null) {
        options.setIterateUpperBound(upper);
      }
      try (RocksIterator it = store.db().newIterator(options)) {
        it.seekToFirst();
        if (!it.isValid()) {
          return null;
        }
        byte[] first = it.key();
        it.seekToLast();
        return it.isValid() ? new byte[][] {first, it.key()} : null;
      }
    }
  }

  @Override
  public KvIterator scan(byte[] from, byte[] to) {
    return RocksKvIterator.atSnapshot(store, snapshot, from, to, false);
  }
}
