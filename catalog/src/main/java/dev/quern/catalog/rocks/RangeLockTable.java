package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvLockTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Key-range locks above RocksDB's point locks, which make SERIALIZABLE phantom-free.
 *
 * <p>A serializable scan holds a shared range {@code [from, to)}; every write holds an exclusive
 * point. A range conflicts with other transactions' points inside it, a point with other
 * transactions' ranges covering it; ranges are compatible with ranges and points with points
 * (RocksDB already orders writers of one key). Both are held to the end of the transaction.
 *
 * <p>Writers pay almost nothing while no range is held: a point is appended to the writer's own
 * queue and the range count is read; only when ranges exist does the writer take the monitor. Range
 * takers bump the count under the monitor before they look at the points, so of a racing writer and
 * scanner at least one sees the other (both seeing each other is a cycle, resolved by the deadlock
 * check).
 *
 * <p>A wait here can close a cycle with a wait inside RocksDB that neither lock manager sees alone,
 * so each waiter here checks the union of both wait-for graphs ({@link ExternalWaits}) when it
 * starts waiting and every {@value #CHECK_INTERVAL_MS} ms after; the waiter that finds a cycle is
 * the victim. Any cycle through this table has a waiter here, so no cycle goes unseen.
 */
final class RangeLockTable {
  private static final long CHECK_INTERVAL_MS = 100;

  /** The transactions a transaction is waiting for inside RocksDB, by RocksDB transaction id. */
  interface ExternalWaits {
    long[] waitsOf(long txnId);
  }

  private record Range(byte[] from, byte[] to) {
    boolean covers(byte[] key) {
      return (from == null || Arrays.compareUnsigned(key, from) >= 0)
          && (to == null || Arrays.compareUnsigned(key, to) < 0);
    }

    boolean contains(Range inner) {
      boolean lowOk =
          from == null || (inner.from != null && Arrays.compareUnsigned(inner.from, from) >= 0);
      boolean highOk =
          to == null || (inner.to != null && Arrays.compareUnsigned(inner.to, to) <= 0);
      return lowOk && highOk;
    }
  }

  private static final class Owner {
    final Queue<byte[]> points = new ConcurrentLinkedQueue<>();
    final List<Range> ranges = new ArrayList<>(); // guarded by the table's monitor
  }

  private final ExternalWaits externalWaits;
  private final Map<Long, Owner> owners = new ConcurrentHashMap<>();
  private final Map<Long, Set<Long>> waitingFor = new ConcurrentHashMap<>();
  private final AtomicInteger rangeCount = new AtomicInteger();
  private final Object monitor = new Object();

  RangeLockTable(ExternalWaits externalWaits) {
    this.externalWaits = externalWaits;
  }

  /** Takes an exclusive point on {@code key} for a write by {@code txn}. */
  void lockPoint(long txn, byte[] key, long timeoutMillis) {
    Owner owner = owners.computeIfAbsent(txn, id -> new Owner());
    owner.points.add(key);
    if (rangeCount.get() == 0) {
      return;
    }
    synchronized (monitor) {
      awaitNoConflict(txn, timeoutMillis, () -> rangeHoldersCovering(txn, key));
    }
  }

  /** Takes a shared range {@code [from, to)} for a serializable read by {@code txn}. */
  void lockRange(long txn, byte[] from, byte[] to, long timeoutMillis) {
    Range range = new Range(from, to);
    Owner owner = owners.computeIfAbsent(txn, id -> new Owner());
    synchronized (monitor) {
      for (Range held : owner.ranges) {
        if (held.contains(range)) {
          return;
        }
      }
      owner.ranges.add(range);
      rangeCount.incrementAndGet();
      try {
        awaitNoConflict(txn, timeoutMillis, () -> pointHoldersIn(txn, range));
      } catch (RuntimeException e) {
        owner.ranges.remove(range);
        rangeCount.decrementAndGet();
        monitor.notifyAll();
        throw e;
      }
    }
  }

  /** Releases everything {@code txn} holds here and wakes the waiters. */
  void releaseAll(long txn) {
    Owner owner = owners.remove(txn);
    if (owner == null) {
      return;
    }
    synchronized (monitor) {
      rangeCount.addAndGet(-owner.ranges.size());
      monitor.notifyAll();
    }
  }

  private interface Blockers {
    Set<Long> find();
  }

  private void awaitNoConflict(long txn, long timeoutMillis, Blockers blockers) {
    long deadline =
        timeoutMillis < 0
            ? Long.MAX_VALUE
            : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    try {
      while (true) {
        Set<Long> blocking = blockers.find();
        if (blocking.isEmpty()) {
          return;
        }
        waitingFor.put(txn, blocking);
        if (closesCycle(txn)) {
          throw new KvDeadlockException(
              "Transaction " + txn + " chosen as deadlock victim on a key range lock");
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new KvLockTimeoutException("Lock request time out period exceeded.");
        }
        long waitMs =
            Math.max(1, Math.min(CHECK_INTERVAL_MS, TimeUnit.NANOSECONDS.toMillis(remaining)));
        monitor.wait(waitMs);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KvException("Interrupted while waiting for a key range lock", e);
    } finally {
      waitingFor.remove(txn);
    }
  }

  private Set<Long> rangeHoldersCovering(long txn, byte[] key) {
    Set<Long> result = new HashSet<>();
    owners.forEach(
        (id, owner) -> {
          if (id != txn) {
            for (Range r : owner.ranges) {
              if (r.covers(key)) {
                result.add(id);
                break;
              }
            }
          }
        });
    return result;
  }

  private Set<Long> pointHoldersIn(long txn, Range range) {
    Set<Long> result = new HashSet<>();
    owners.forEach(
        (id, owner) -> {
          if (id != txn) {
            for (byte[] p : owner.points) {
              if (range.covers(p)) {
                result.add(id);
                break;
              }
            }
          }
        });
    return result;
  }

  /** Depth-first search of the union of both wait-for graphs, from {@code start} back to it. */
  private boolean closesCycle(long start) {
    Set<Long> seen = new LinkedHashSet<>();
    List<Long> stack = new ArrayList<>(edges(start));
    while (!stack.isEmpty()) {
      long t = stack.removeLast();
      if (t == start) {
        return true;
      }
      if (seen.add(t)) {
        stack.addAll(edges(t));
      }
    }
    return false;
  }

  private Set<Long> edges(long txn) {
    Set<Long> out = new HashSet<>();
    Set<Long> here = waitingFor.get(txn);
    if (here != null) {
      out.addAll(here);
    }
    for (long id : externalWaits.waitsOf(txn)) {
      out.add(id);
    }
    return out;
  }
}
