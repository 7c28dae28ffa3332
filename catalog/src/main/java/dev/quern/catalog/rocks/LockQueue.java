package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvCancelledException;
import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvLockWaits;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First come, first served between exclusive requests and later shared ones on a key, as SQL
 * Server's lock queue is ("Transaction locking and row versioning guide": a request waits behind
 * an incompatible request that waits before it). RocksDB grants a shared lock whenever no
 * exclusive one is held, so without this a steady stream of short writers (each holding a table's
 * lock shared) overtakes a DDL waiting for the table for ever.
 *
 * <p>An exclusive request that has to wait for a key is recorded here while it waits. A shared
 * request taken in turn ({@link RocksKvTxn#lockSharedInTurn}) then first waits until every
 * exclusive request recorded for that key when it arrived has been granted or has given up, so the
 * exclusive request gets the key once the holders present when it arrived are done. The caller
 * skips the queue when its transaction holds the resource already (a writer taking its table
 * again, a lock upgrade, a nested statement): queueing behind a request that waits for oneself
 * would deadlock.
 *
 * <p>A wait here is part of the wait-for graph: a waiter checks the union of this queue's, the
 * key-range locks' and RocksDB's waits for a cycle when it starts waiting and again after 1, 2, 4
 * … up to {@value PolledWait#MAX_CHECK_INTERVAL_MS} ms, and is the victim (1205) if it closes one; the other
 * waiters' checks see its edges too. It ends at the session's lock timeout (1222) or on cancel.
 */
final class LockQueue {
  /** The transactions a transaction waits for outside this queue, by RocksDB transaction id. */
  interface OtherWaits {
    long[] waitsOf(long txnId);
  }

  /** An exclusive request waiting for a key. */
  static final class Waiter {
    private final long txn;
    private final ByteBuffer key;
    private volatile boolean ended;

    private Waiter(long txn, ByteBuffer key) {
      this.txn = txn;
      this.key = key;
    }
  }

  private final OtherWaits otherWaits;
  private final java.util.function.LongFunction<int[]> ownersBlocking;
  private final Map<ByteBuffer, List<Waiter>> waiting = new ConcurrentHashMap<>();
  /** How many exclusive requests wait: shared requests look no further while it is 0. */
  private final AtomicInteger count = new AtomicInteger();
  /** The exclusive requesters each queued shared request waits for. */
  private final Map<Long, Set<Long>> waitingFor = new ConcurrentHashMap<>();
  private final Object monitor = new Object();

  LockQueue(OtherWaits otherWaits, java.util.function.LongFunction<int[]> ownersBlocking) {
    this.otherWaits = otherWaits;
    this.ownersBlocking = ownersBlocking;
  }

  /** {@code txn} starts waiting for {@code key} exclusively; {@link #ended} when it stops. */
  Waiter exclusiveWaits(long txn, byte[] key) {
    Waiter w = new Waiter(txn, ByteBuffer.wrap(key.clone()));
    synchronized (monitor) {
      waiting.computeIfAbsent(w.key, k -> new ArrayList<>()).add(w);
      count.incrementAndGet();
    }
    return w;
  }

  /** The exclusive request was granted, timed out, cancelled or chosen as a deadlock victim. */
  void ended(Waiter w) {
    synchronized (monitor) {
      w.ended = true;
      List<Waiter> list = waiting.get(w.key);
      if (list != null && list.remove(w) && list.isEmpty()) {
        waiting.remove(w.key);
      }
      count.decrementAndGet();
      monitor.notifyAll();
    }
  }

  /** Whether an exclusive request for {@code key} by another transaction waits now. */
  boolean hasWaiters(long txn, byte[] key) {
    if (count.get() == 0) {
      return false;
    }
    synchronized (monitor) {
      return !ahead(txn, ByteBuffer.wrap(key)).isEmpty();
    }
  }

  /** The transactions {@code txn} waits for in this queue now. */
  Set<Long> blockersOf(long txn) {
    return waitingFor.getOrDefault(txn, Set.of());
  }

  /**
   * Waits until the exclusive requests for {@code key} of other transactions waiting now have
   * been granted or have given up; -1 {@code timeoutMillis} waits without limit.
   */
  void awaitTurn(long txn, byte[] key, long timeoutMillis, KvLockWaits waits) {
    if (count.get() == 0) {
      return;
    }
    long start = System.nanoTime();
    PolledWait clock = new PolledWait(start, timeoutMillis);
    boolean announced = false;
    synchronized (monitor) {
      List<Waiter> ahead = ahead(txn, ByteBuffer.wrap(key));
      try {
        while (true) {
          ahead.removeIf(w -> w.ended);
          if (ahead.isEmpty()) {
            return;
          }
          if (waits.cancelled()) {
            throw new KvCancelledException();
          }
          Set<Long> blocking = new HashSet<>();
          ahead.forEach(w -> blocking.add(w.txn));
          waitingFor.put(txn, blocking);
          if (!announced) {
            announced = true;
            waits.waiting(KvLockWaits.Mode.SHARED, start, () -> ownersBlocking.apply(txn));
          }
          if (PolledWait.closesCycle(txn, this::edges)) {
            throw new KvDeadlockException(
                "Transaction " + txn + " chosen as deadlock victim waiting behind an exclusive lock request");
          }
          monitor.wait(clock.nextWaitMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KvException("Interrupted while waiting behind an exclusive lock request", e);
      } finally {
        waitingFor.remove(txn);
        if (announced) {
          waits.waitEnded();
        }
      }
    }
  }

  /** The exclusive requests of other transactions for {@code key} waiting now (under the monitor). */
  private List<Waiter> ahead(long txn, ByteBuffer key) {
    List<Waiter> out = new ArrayList<>();
    List<Waiter> list = waiting.get(key);
    if (list != null) {
      for (Waiter w : list) {
        if (w.txn != txn) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Depth-first search of the union of the wait-for graphs, from {@code start} back to it. */
  private Set<Long> edges(long txn) {
    Set<Long> out = new HashSet<>(blockersOf(txn));
    for (long id : otherWaits.waitsOf(txn)) {
      out.add(id);
    }
    return out;
  }
}
