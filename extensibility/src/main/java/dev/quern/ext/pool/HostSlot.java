package dev.quern.ext.pool;

import dev.quern.ext.spi.CancellationHandle;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The satellites of one {@link PoolKey}: the current host, the idle satellites it delivered, and
 * how many it has been asked for and not yet delivered. All bookkeeping is under this object's
 * lock; waiting happens outside it.
 */
final class HostSlot<S extends Satellite> implements SatelliteListener<S> {
  private static final Logger LOG = LoggerFactory.getLogger(HostSlot.class);

  private final PoolKey key;
  private final SatelliteHostFactory<S> factory;
  private final PoolSettings settings;
  private final ScheduledExecutorService timer;
  private final LinkedBlockingDeque<S> idle = new LinkedBlockingDeque<>();
  private SatelliteHost host;
  private int requested;
  private int startedByHost;
  private int waiting;
  private int leased;
  /** Extra spares while calls outrun the host (a caller found none idle); at most spares more. */
  private int boost;
  private long lastUsedNanos = System.nanoTime();
  private String failure;
  private boolean closed;
  private boolean topUpScheduled;

  HostSlot(PoolKey key, SatelliteHostFactory<S> factory, PoolSettings settings, ScheduledExecutorService timer) {
    this.key = key;
    this.factory = factory;
    this.settings = settings;
    this.timer = timer;
  }

  /** A live satellite, or null if this slot was closed meanwhile. */
  S take(CancellationHandle cancel, long deadlineNanos)
      throws HostStartException, InterruptedException {
    boolean warmHost;
    synchronized (this) {
      waiting++;
      failure = null;
      // Only a running host that has delivered before can fall behind: a cold start is no sign.
      warmHost = host != null && host.isAlive() && startedByHost > 0;
    }
    boolean first = true;
    try {
      while (true) {
        cancel.throwIfCancelled();
        S s = idle.pollFirst();
        boolean hit = first && s != null;
        if (s == null && first && warmHost) {
          noteShortage();
        }
        first = false;
        if (s == null) {
          replenish();
          s = idle.pollFirst(20, TimeUnit.MILLISECONDS);
        }
        synchronized (this) {
          if (closed) {
            if (s != null) {
              s.kill();
            }
            return null;
          }
          if (s != null && s.isAlive()) {
            waiting--;
            leased++;
            lastUsedNanos = System.nanoTime();
            // Spares are topped up when the lease ends, not now: a fork and warm-up running
            // beside the call would compete with it for CPU. Unless this was the last one: then
            // the next caller would wait for a whole fork and warm-up, so it starts at once.
            if (idle.isEmpty() && failure == null) {
              try {
                replenishLocked(true);
              } catch (HostStartException e) {
                failure = e.getMessage(); // the next caller reports it (39021) and retries
              }
            } else if (hit && boost > 0) {
              boost--; // a spare was ready at once: back towards the configured number
            }
            return s;
          }
          if (s != null) {
            s.kill(); // died while idle (OOM killer, operator): free what it holds, take another
          }
          if (failure != null && idle.isEmpty()) {
            throw new HostStartException(failure);
          }
        }
        if (System.nanoTime() > deadlineNanos) {
          throw new HostStartException(
              "No satellite became ready within " + settings.startTimeout().toSeconds() + " s.");
        }
      }
    } catch (HostStartException | InterruptedException | RuntimeException e) {
      synchronized (this) {
        waiting--;
      }
      throw e;
    }
  }

  /** A caller found no idle satellite on a running host: keep one more spare from now on. */
  private synchronized void noteShortage() {
    if (boost < settings.spares()) {
      boost++;
    }
  }

  private int target() {
    return settings.spares() + boost;
  }

  private synchronized void replenish() throws HostStartException {
    if (closed) {
      return;
    }
    if (failure != null) {
      throw new HostStartException(failure);
    }
    replenishLocked(false);
  }

  /**
   * Asks for satellites until idle + requested ones cover the waiting callers, plus the spares
   * when {@code topUp} (or when the host is new: it starts with its spares, like SQL Server's
   * PROCESS_POOL_SQLSATELLITE_GROWTH). The spares are the configured number plus {@link #boost}
   * while callers arrive faster than one fork and warm-up: several are then started at once.
   */
  private void replenishLocked(boolean topUp) throws HostStartException {
    if (host == null || !host.isAlive()) {
      host = factory.start(key, this);
      requested = 0;
      startedByHost = 0;
      topUp = true;
      LOG.debug("started satellite host for {}", key);
    }
    int want = (topUp ? target() : 0) + waiting - idle.size() - requested;
    for (int i = 0; i < want; i++) {
      host.spawn();
      requested++;
    }
  }

  @Override
  public void ready(S satellite) {
    synchronized (this) {
      requested = Math.max(0, requested - 1);
      if (closed) {
        satellite.kill();
        return;
      }
      if (++startedByHost >= settings.recycleAfter() && host != null) {
        // Satellites it already forked stay valid: they do not depend on their parent.
        LOG.debug("recycling satellite host for {} after {} satellites", key, startedByHost);
        host.close();
        host = null;
        requested = 0;
      }
      // Under the lock together with requested--: otherwise a top-up in between sees the
      // satellite neither requested nor idle and asks for one too many.
      idle.addLast(satellite);
    }
  }

  /**
   * A host that never delivered a satellite and was not killed failed to launch: every start
   * would fail the same way, so waiting callers get its reason (39021) until a later call retries.
   * A host that had delivered, or was killed (the OOM killer, an operator's SIGKILL, a script
   * killing its parent), is no launch failure: its satellites live on, and a new host starts for
   * the callers waiting now (or for the next call; never in a loop of its own, so a host killed at
   * every start costs only the callers' start timeout). The report of a host already replaced
   * (its death was noticed first through {@link SatelliteHost#isAlive()}) must not close its
   * successor.
   */
  @Override
  public void failed(SatelliteHost failedHost, String reason, boolean killed) {
    boolean launch;
    synchronized (this) {
      if (failedHost != host) {
        LOG.debug("satellite host for {} replaced before its failure was reported: {}", key, reason);
        return;
      }
      launch = startedByHost == 0 && !killed;
      if (launch) {
        failure = reason;
      }
      requested = 0;
      host.close();
      host = null;
      if (!launch && !closed && waiting > 0) {
        topUp(); // the callers waiting now would otherwise each wait for their next poll
      }
    }
    LOG.warn("satellite host for {} {}: {}", key, launch ? "failed to start" : "died", reason);
  }

  /**
   * Tops the spares up after a call: at once when none is ready or a caller waits, else a moment
   * later ({@link PoolSettings#topUpDelay()}), once the call's reply has left.
   */
  synchronized void leaseEnded() {
    leased--;
    lastUsedNanos = System.nanoTime();
    if (idle.isEmpty() || waiting > 0) {
      topUp();
    } else if (!topUpScheduled) {
      topUpScheduled = true;
      try {
        timer.schedule(this::scheduledTopUp, settings.topUpDelay().toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        topUpScheduled = false; // the pool is closing
      }
    }
  }

  private synchronized void scheduledTopUp() {
    topUpScheduled = false;
    topUp();
  }

  private void topUp() {
    if (!closed && failure == null) {
      try {
        replenishLocked(true);
      } catch (HostStartException e) {
        failure = e.getMessage(); // the next caller reports it (39021) and retries the start
      }
    }
  }

  /** Passes {@code modules} to the current host, if it runs. */
  void preload(Collection<String> modules) {
    SatelliteHost h;
    synchronized (this) {
      h = host;
    }
    if (h != null && h.isAlive()) {
      h.preload(modules);
    }
  }

  int idleCount() {
    return idle.size();
  }

  synchronized boolean idleLongerThan(Duration d) {
    return leased == 0 && waiting == 0 && System.nanoTime() - lastUsedNanos >= d.toNanos();
  }

  void shutdown() {
    SatelliteHost h;
    synchronized (this) {
      closed = true;
      h = host;
      host = null;
    }
    if (h != null) {
      h.close();
    }
    S s;
    while ((s = idle.pollFirst()) != null) {
      s.kill();
    }
  }
}
