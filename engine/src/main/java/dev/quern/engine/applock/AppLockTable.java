package dev.quern.engine.applock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's application locks (sp_getapplock): per resource, who holds it in which mode and
 * how many times, and the requests waiting for it in arrival order.
 *
 * <p>A request is granted when its mode is compatible with every other session's hold and, unless
 * its owner already holds the resource (a conversion goes first, as in SQL Server), with every
 * request queued before it, so a stream of shared requests cannot starve an exclusive one. The
 * two owners of one session (its transaction and the session itself) never block each other.
 *
 * <p>Deadlocks: a cycle of waits may run through application locks and row locks alike, which no
 * other lock manager sees, so each waiter here follows every session's waits ({@link WaitGraph})
 * when it starts waiting and again after 1, 2, 4 … up to {@value #MAX_CHECK_INTERVAL_MS} ms. Any
 * cycle through an application lock has a waiter here, so none goes unseen; the waiter that finds
 * it is the victim (sp_getapplock returns -3 and, as SQL Server documents, nothing is rolled back)
 * unless another waiter here on the same cycle already is. All state is guarded by this object's
 * monitor: application locks are taken by few requests, each briefly.
 */
public final class AppLockTable {
  private static final long MAX_CHECK_INTERVAL_MS = 64;

  /** Who holds an application lock: a session's transaction, or the session itself. */
  public record Owner(int spid, boolean transaction) {}

  /** How a request ended: sp_getapplock's return status. */
  public enum Outcome {
    GRANTED(0),
    GRANTED_AFTER_WAIT(1),
    TIMED_OUT(-1),
    CANCELLED(-2),
    DEADLOCK_VICTIM(-3);

    private final int status;

    Outcome(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** The sessions a session waits for now, whatever the lock (empty when it does not wait). */
  @FunctionalInterface
  public interface WaitGraph {
    int[] waitingFor(int spid);
  }

  /** The waiting request's session: shows the wait while it lasts and may cancel it. */
  public interface WaitHooks {
    boolean cancelled();

    /** The wait for {@code mode} began; {@code blockers} tells the sessions it waits for. */
    void waiting(AppLockMode mode, long sinceNanos, java.util.function.Supplier<int[]> blockers);

    void waitEnded();
  }

  /** One lock as sys.dm_tran_locks shows it: granted, waiting, or a held lock waiting to convert. */
  public record LockInfo(AppLockResource resource, Owner owner, AppLockMode mode, String status) {}

  private static final class Hold {
    AppLockMode mode;
    int count;

    Hold(AppLockMode mode) {
      this.mode = mode;
    }
  }

  private static final class Request {
    final AppLockResource resource;
    final Owner owner;
    final AppLockMode mode;
    final boolean conversion;
    boolean victim;

    Request(AppLockResource resource, Owner owner, AppLockMode mode, boolean conversion) {
      this.resource = resource;
      this.owner = owner;
      this.mode = mode;
      this.conversion = conversion;
    }
  }

  private static final class Entry {
    final Map<Owner, Hold> holders = new LinkedHashMap<>();
    final ArrayDeque<Request> queue = new ArrayDeque<>();

    boolean unused() {
      return holders.isEmpty() && queue.isEmpty();
    }
  }

  private final Map<AppLockResource, Entry> entries = new HashMap<>();
  /**
   * How many resources have holders or waiters, readable without the monitor: every transaction's
   * end asks to release its locks, and most servers hold none, so that ask takes no lock then.
   */
  private volatile int inUse;
  /** The request each waiting session waits with. */
  private final Map<Integer, Request> waitingBySession = new HashMap<>();
  private final WaitGraph graph;

  public AppLockTable(WaitGraph graph) {
    this.graph = graph;
  }

  /**
   * Takes {@code mode} on {@code resource} for {@code owner} (once more, if it holds it already:
   * then in the union of both modes), waiting up to {@code timeoutMillis} (-1: without limit, 0:
   * not at all).
   */
  public synchronized Outcome acquire(
      AppLockResource resource, Owner owner, AppLockMode mode, long timeoutMillis, WaitHooks hooks) {
    Entry e = entries.computeIfAbsent(resource, r -> new Entry());
    Hold held = e.holders.get(owner);
    Request r = new Request(resource, owner, held == null ? mode : held.mode.union(mode), held != null);
    if (grantable(e, r, null)) {
      grant(e, r);
      return Outcome.GRANTED;
    }
    if (timeoutMillis == 0) {
      dropIfUnused(resource, e);
      return Outcome.TIMED_OUT;
    }
    long since = System.nanoTime();
    long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : since + timeoutMillis * 1_000_000;
    try {
      // May refuse (a request that must not wait gives up here): then nothing is queued.
      hooks.waiting(mode, since, () -> blockers(owner.spid()));
    } catch (RuntimeException refused) {
      dropIfUnused(resource, e);
      throw refused;
    }
    e.queue.add(r);
    waitingBySession.put(owner.spid(), r);
    try {
      long interval = 1;
      while (true) {
        if (grantable(e, r, r)) {
          grant(e, r);
          return Outcome.GRANTED_AFTER_WAIT;
        }
        if (hooks.cancelled()) {
          return Outcome.CANCELLED;
        }
        long now = System.nanoTime();
        if (now >= deadline) {
          return Outcome.TIMED_OUT;
        }
        if (r.victim || chosenAsVictim(r)) {
          return Outcome.DEADLOCK_VICTIM;
        }
        long waitMillis = Math.min(interval, Math.max(1, (deadline - now) / 1_000_000));
        try {
          wait(waitMillis);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return Outcome.CANCELLED;
        }
        interval = Math.min(MAX_CHECK_INTERVAL_MS, interval * 2);
      }
    } finally {
      e.queue.remove(r);
      waitingBySession.remove(owner.spid());
      dropIfUnused(resource, e);
      notifyAll(); // requests queued behind this one may go now
      hooks.waitEnded();
    }
  }

  /** Releases one hold of {@code owner}'s; false when it holds none. */
  public synchronized boolean release(AppLockResource resource, Owner owner) {
    Entry e = entries.get(resource);
    Hold h = e == null ? null : e.holders.get(owner);
    if (h == null) {
      return false;
    }
    if (--h.count == 0) {
      e.holders.remove(owner);
      dropIfUnused(resource, e);
      notifyAll();
    }
    return true;
  }

  /** Releases every lock of the session's transaction, or with {@code transactionOnly} false, all of the session's. */
  public void releaseAll(int spid, boolean transactionOnly) {
    if (inUse == 0) {
      return; // nothing held: this session's own locks would be counted (it runs on its thread)
    }
    releaseHeld(spid, transactionOnly);
  }

  private synchronized void releaseHeld(int spid, boolean transactionOnly) {
    boolean any = false;
    var it = entries.entrySet().iterator();
    while (it.hasNext()) {
      Entry e = it.next().getValue();
      any |= e.holders.keySet().removeIf(o -> o.spid() == spid && (o.transaction() || !transactionOnly));
      if (e.unused()) {
        it.remove();
      }
    }
    inUse = entries.size();
    if (any) {
      notifyAll();
    }
  }

  /** The mode {@code owner} holds {@code resource} in (APPLOCK_MODE), if it holds it. */
  public synchronized Optional<AppLockMode> modeOf(AppLockResource resource, Owner owner) {
    Entry e = entries.get(resource);
    Hold h = e == null ? null : e.holders.get(owner);
    return h == null ? Optional.empty() : Optional.of(h.mode);
  }

  /** Whether {@code owner} would be granted {@code mode} now, without waiting (APPLOCK_TEST). */
  public synchronized boolean wouldGrant(AppLockResource resource, Owner owner, AppLockMode mode) {
    Entry e = entries.get(resource);
    if (e == null) {
      return true;
    }
    Hold held = e.holders.get(owner);
    return grantable(e, new Request(resource, owner, held == null ? mode : held.mode.union(mode), held != null), null);
  }

  /** Every hold and waiting request, for sys.dm_tran_locks. */
  public synchronized List<LockInfo> locks() {
    List<LockInfo> out = new ArrayList<>();
    entries.forEach((resource, e) -> {
      e.holders.forEach((owner, h) -> out.add(new LockInfo(resource, owner, h.mode, "GRANT")));
      for (Request r : e.queue) {
        out.add(new LockInfo(resource, r.owner, r.mode, r.conversion ? "CONVERT" : "WAIT"));
      }
    });
    return out;
  }

  /** The resource session {@code spid} waits for here, if it waits for one. */
  public synchronized Optional<AppLockResource> waitingOn(int spid) {
    return Optional.ofNullable(waitingBySession.get(spid)).map(r -> r.resource);
  }

  /** The sessions the waiting request of {@code spid} waits for (empty when it waits for none here). */
  public synchronized int[] blockers(int spid) {
    Request r = waitingBySession.get(spid);
    Entry e = r == null ? null : entries.get(r.resource);
    if (e == null) {
      return new int[0];
    }
    Set<Integer> out = new LinkedHashSet<>();
    e.holders.forEach((o, h) -> {
      if (o.spid() != spid && !h.mode.compatibleWith(r.mode)) {
        out.add(o.spid());
      }
    });
    if (!r.conversion) {
      for (Request ahead : e.queue) {
        if (ahead == r) {
          break;
        }
        if (ahead.owner.spid() != spid && !ahead.mode.compatibleWith(r.mode)) {
          out.add(ahead.owner.spid());
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private boolean grantable(Entry e, Request r, Request self) {
    for (Map.Entry<Owner, Hold> h : e.holders.entrySet()) {
      if (h.getKey().spid() != r.owner.spid() && !h.getValue().mode.compatibleWith(r.mode)) {
        return false;
      }
    }
    if (r.conversion) {
      return true;
    }
    for (Request ahead : e.queue) {
      if (ahead == self) {
        break;
      }
      if (ahead.owner.spid() != r.owner.spid() && !ahead.mode.compatibleWith(r.mode)) {
        return false;
      }
    }
    return true;
  }

  private void grant(Entry e, Request r) {
    Hold h = e.holders.computeIfAbsent(r.owner, o -> new Hold(r.mode));
    h.mode = r.mode;
    h.count++;
    inUse = entries.size();
  }

  private void dropIfUnused(AppLockResource resource, Entry e) {
    if (e.unused()) {
      entries.remove(resource, e);
      inUse = entries.size();
    }
  }

  /**
   * Whether {@code r}'s session waits in a cycle and must give up: follows the sessions' waits
   * from it; on a cycle back to it, the victim is this request unless another application lock
   * request on the cycle was chosen already (it leaves, and the cycle with it).
   */
  private boolean chosenAsVictim(Request r) {
    int me = r.owner.spid();
    List<Integer> cycle = cycleThrough(me);
    if (cycle == null) {
      return false;
    }
    for (int spid : cycle) {
      Request other = waitingBySession.get(spid);
      if (other != null && other != r && other.victim) {
        return false;
      }
    }
    r.victim = true;
    return true;
  }

  /** The sessions of a wait cycle through {@code start}, or null when there is none. */
  private List<Integer> cycleThrough(int start) {
    Set<Integer> visited = new HashSet<>();
    ArrayDeque<int[]> stack = new ArrayDeque<>(); // {spid, index of the next successor}
    List<Integer> path = new ArrayList<>();
    Map<Integer, int[]> successors = new HashMap<>();
    stack.push(new int[] {start, 0});
    path.add(start);
    visited.add(start);
    while (!stack.isEmpty()) {
      int[] top = stack.peek();
      int[] next = successors.computeIfAbsent(top[0], this::waitsOf);
      if (top[1] >= next.length) {
        stack.pop();
        path.remove(path.size() - 1);
        continue;
      }
      int s = next[top[1]++];
      if (s == start) {
        return path;
      }
      if (visited.add(s)) {
        stack.push(new int[] {s, 0});
        path.add(s);
      }
    }
    return null;
  }

  private int[] waitsOf(int spid) {
    return waitingBySession.containsKey(spid) ? blockers(spid) : graph.waitingFor(spid);
  }
}
