package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvCancelledException;
import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.kv.KvLockWaits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * starts waiting and again after 1, 2, 4 … up to {@value PolledWait#MAX_CHECK_INTERVAL_MS} ms; the waiter
 * that finds a cycle is the victim. Any cycle through this table has a waiter here, so no cycle
 * goes unseen.
 */
final class RangeLockTable {
  /** The transactions a transaction is waiting for inside RocksDB, by RocksDB transaction id. */
  interface ExternalWaits {
    long[] waitsOf(long txnId);
  }

  /**
   * A range held shared ({@code update} false: serializable reads) or in update mode (serializable
   * reads of rows about to change: excludes other update-mode ranges too, like SQL Server's
   * RangeS-U, so concurrent updaters of one range queue instead of deadlocking on conversion).
   */
  private record Range(byte[] from, byte[] to, boolean update) {
    boolean overlaps(Range other) {
      return (other.to == null || from == null || Arrays.compareUnsigned(from, other.to) < 0)
          && (to == null || other.from == null || Arrays.compareUnsigned(other.from, to) < 0);
    }

    boolean covers(byte[] key) {
      return (from == null || Arrays.compareUnsigned(key, from) >= 0)
          && (to == null || Arrays.compareUnsigned(key, to) < 0);
    }

    boolean covers(Range inner) {
      return (update || !inner.update) && contains(inner);
    }

    boolean contains(Range inner) {
      boolean lowOk =
          from == null || (inner.from != null && Arrays.compareUnsigned(inner.from, from) >= 0);
      boolean highOk =
          to == null || (inner.to != null && Arrays.compareUnsigned(inner.to, to) <= 0);
      return lowOk && highOk;
    }
  }

  /** A lock a transaction waits for: a point ({@code to} unused) or a range. */
  private record Wanted(byte[] from, byte[] to, KvLockWaits.Mode mode) {}

  private static final class Owner {
    final Queue<byte[]> points = new ConcurrentLinkedQueue<>();
    final List<Range> ranges = new ArrayList<>(); // guarded by the table's monitor
  }

  private final ExternalWaits externalWaits;
  /** The owners of the transactions a transaction waits for (for the waits' observers). */
  private final java.util.function.LongFunction<int[]> ownersBlocking;
  private final Map<Long, Owner> owners = new ConcurrentHashMap<>();
  private final Map<Long, Set<Long>> waitingFor = new ConcurrentHashMap<>();
  /** What each waiting transaction waits for here, for sys.dm_tran_locks. */
  private final Map<Long, Wanted> wanted = new ConcurrentHashMap<>();
  private final AtomicInteger rangeCount = new AtomicInteger();
  private final Object monitor = new Object();

  RangeLockTable(ExternalWaits externalWaits, java.util.function.LongFunction<int[]> ownersBlocking) {
    this.externalWaits = externalWaits;
    this.ownersBlocking = ownersBlocking;
  }

  /** Takes an exclusive point on {@code key} for a write by {@code txn}. */
  void lockPoint(long txn, byte[] key, long timeoutMillis, KvLockWaits waits) {
    Owner owner = owners.computeIfAbsent(txn, id -> new Owner());
    owner.points.add(key);
    if (rangeCount.get() == 0) {
      return;
    }
    synchronized (monitor) {
      awaitNoConflict(
          txn, timeoutMillis, waits, new Wanted(key, null, KvLockWaits.Mode.RANGE_INSERT),
          () -> rangeHoldersCovering(txn, key));
    }
  }

  /** Takes a shared range {@code [from, to)} for a serializable read by {@code txn}. */
  void lockRange(long txn, byte[] from, byte[] to, boolean update, long timeoutMillis, KvLockWaits waits) {
    KvLockWaits.Mode mode = update ? KvLockWaits.Mode.RANGE_UPDATE : KvLockWaits.Mode.RANGE_SHARED;
    Range range = new Range(from, to, update);
    Owner owner = owners.computeIfAbsent(txn, id -> new Owner());
    synchronized (monitor) {
      for (Range held : owner.ranges) {
        if (held.covers(range)) {
          return;
        }
      }
      if (update) {
        // Update-mode ranges take turns; all takers hold the monitor, so checking before
        // registering cannot miss one.
        awaitNoConflict(
            txn, timeoutMillis, waits, new Wanted(from, to, mode), () -> updateHoldersOverlapping(txn, range));
      }
      owner.ranges.add(range);
      rangeCount.incrementAndGet();
      try {
        awaitNoConflict(
            txn, timeoutMillis, waits, new Wanted(from, to, mode), () -> pointHoldersIn(txn, range));
      } catch (RuntimeException e) {
        owner.ranges.remove(range);
        rangeCount.decrementAndGet();
        monitor.notifyAll();
        throw e;
      }
    }
  }

  private Set<Long> updateHoldersOverlapping(long txn, Range range) {
    Set<Long> result = new HashSet<>();
    owners.forEach(
        (id, owner) -> {
          if (id != txn) {
            for (Range r : owner.ranges) {
              if (r.update() && r.overlaps(range)) {
                result.add(id);
                break;
              }
            }
          }
        });
    return result;
  }

  /** The transactions {@code txn} waits for on key ranges now. */
  Set<Long> blockersOf(long txn) {
    return waitingFor.getOrDefault(txn, Set.of());
  }

  /**
   * Adds to {@code out} the points and ranges {@code txn} holds here (every write's point: a key
   * written twice is listed twice), and the one it waits for; {@code owner} is its owner.
   */
  void locksOf(long txn, int owner, List<KvLock> out) {
    Wanted w = wanted.get(txn);
    Owner o = owners.get(txn);
    if (o != null) {
      for (byte[] p : o.points) {
        out.add(new KvLock(owner, txn, p, null, KvLockWaits.Mode.EXCLUSIVE, true));
      }
      synchronized (monitor) {
        for (Range r : o.ranges) {
          if (w != null && r.from() == w.from() && r.to() == w.to()) {
            continue; // registered while it waits for the points inside it: not granted yet
          }
          KvLockWaits.Mode mode = r.update() ? KvLockWaits.Mode.RANGE_UPDATE : KvLockWaits.Mode.RANGE_SHARED;
          out.add(new KvLock(owner, txn, r.from(), r.to(), mode, true));
        }
      }
    }
    if (w != null) {
      out.add(new KvLock(owner, txn, w.from(), w.to(), w.mode(), false));
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

  private void awaitNoConflict(
      long txn, long timeoutMillis, KvLockWaits waits, Wanted want, Blockers blockers) {
    long start = System.nanoTime();
    PolledWait clock = new PolledWait(start, timeoutMillis);
    boolean waiting = false;
    try {
      while (true) {
        Set<Long> blocking = blockers.find();
        if (blocking.isEmpty()) {
          return;
        }
        if (waits.cancelled()) {
          throw new KvCancelledException();
        }
        waitingFor.put(txn, blocking);
        if (!waiting) {
          waiting = true;
          wanted.put(txn, want);
          waits.waiting(want.mode(), start, () -> ownersBlocking.apply(txn));
        }
        if (PolledWait.closesCycle(txn, this::edges)) {
          throw new KvDeadlockException(
              "Transaction " + txn + " chosen as deadlock victim on a key range lock");
        }
        monitor.wait(clock.nextWaitMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KvException("Interrupted while waiting for a key range lock", e);
    } finally {
      waitingFor.remove(txn);
      if (waiting) {
        wanted.remove(txn);
        waits.waitEnded();
      }
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
