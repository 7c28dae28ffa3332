package dev.quern.ext.governor;

import dev.quern.ext.spi.CancellationHandle;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The MAX_PROCESSES gate of one external resource pool: how many scripts run in it, and who may
 * start next, in arrival order. It lives as long as the pool: ALTER EXTERNAL RESOURCE POOL …
 * RECONFIGURE changes its limit, never its count, so scripts already running still count against
 * the new limit (a fresh gate per reconfiguration admitted a whole new MAX_PROCESSES beside them,
 * and showed them in no {@code active_processes_count}).
 */
final class ProcessGate {
  /** How often a queued caller looks at its cancellation. */
  private static final long POLL_MILLIS = 50;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private int max;
  private int active;

  /** {@code max} 0 is unlimited. */
  ProcessGate(int max) {
    this.max = max;
  }

  /** The new limit applies at once to queued callers; running scripts are never stopped. */
  void resize(int newMax) {
    lock.lock();
    try {
      max = newMax;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int active() {
    lock.lock();
    try {
      return active;
    } finally {
      lock.unlock();
    }
  }

  /** Waits (cancellably) until every earlier caller is in and the limit has room. */
  void enter(CancellationHandle cancel) throws InterruptedException {
    Object ticket = new Object();
    lock.lock();
    try {
      queue.addLast(ticket);
      try {
        while (queue.peekFirst() != ticket || !hasRoom()) {
          cancel.throwIfCancelled();
          changed.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException | RuntimeException e) {
        queue.remove(ticket);
        changed.signalAll(); // the next in line may be the head now
        throw e;
      }
      queue.removeFirst();
      active++;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Enters only if nobody queues and the limit has room now. */
  boolean tryEnter() {
    lock.lock();
    try {
      if (!queue.isEmpty() || !hasRoom()) {
        return false;
      }
      active++;
      return true;
    } finally {
      lock.unlock();
    }
  }

  void exit() {
    lock.lock();
    try {
      active--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private boolean hasRoom() {
    return max == 0 || active < max;
  }
}
