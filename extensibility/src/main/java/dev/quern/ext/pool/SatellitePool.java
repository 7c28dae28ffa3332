package dev.quern.ext.pool;

import dev.quern.ext.spi.CancellationHandle;
import dev.quern.ext.spi.ScriptSession;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warm satellites per {@link PoolKey}. Each key has one {@link HostSlot}: a host that keeps
 * {@link PoolSettings#spares()} satellites ready (plus one per waiting caller), hands each to
 * exactly one call, and starts the next off the critical path: shortly after the call ends (its
 * reply has left by then), or at once when it took the last spare. While callers find no spare ready the host keeps up to twice the spares
 * (several forks in flight), and goes back to the configured number once spares wait again. Hosts idle longer than the idle
 * timeout are stopped; hosts are replaced after {@link PoolSettings#recycleAfter()} satellites.
 * Admission (MAX_PROCESSES) is the governor's job, before {@link #acquire}. Besides its hosts'
 * spares the pool keeps satellites for the sessions that used them last ({@link #park}).
 */
public final class SatellitePool<S extends Satellite> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SatellitePool.class);

  private final SatelliteHostFactory<S> factory;
  private final PoolSettings settings;
  private final Map<PoolKey, HostSlot<S>> slots = new ConcurrentHashMap<>();
  private final ParkedSatellites<S> parked;
  private final ScheduledExecutorService sweeper;
  private volatile boolean closed;

  public SatellitePool(SatelliteHostFactory<S> factory, PoolSettings settings) {
    this.factory = factory;
    this.settings = settings;
    this.parked = new ParkedSatellites<>(settings.maxParked());
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("satellite-sweeper").factory());
    long shortest = Math.min(settings.idleTimeout().toMillis(), settings.parkedIdleTimeout().toMillis());
    long period = Math.max(100, Math.min(shortest / 2, 5_000));
    sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  public PoolSettings settings() {
    return settings;
  }

  /**
   * Takes a warm satellite for {@code key}, waiting (cancellably) while one is being started.
   *
   * @throws HostStartException the host cannot start or no satellite came within the start
   *     timeout
   */
  public Lease<S> acquire(PoolKey key, CancellationHandle cancel)
      throws HostStartException, InterruptedException {
    long deadline = System.nanoTime() + settings.startTimeout().toNanos();
    while (true) {
      if (closed) {
        throw new HostStartException("The external runtime is shutting down.");
      }
      HostSlot<S> slot = slots.computeIfAbsent(key, k -> new HostSlot<>(k, factory, settings, sweeper));
      S s = slot.take(cancel, deadline);
      if (s != null) {
        return new Lease<>(s, slot::leaseEnded);
      }
      // The slot was closed by the sweeper while we waited: use a fresh one.
      slots.remove(key, slot);
    }
  }

  /**
   * The satellite {@code session}'s last call left parked, when it suits this call ({@code key}
   * and {@code profile} equal to those it was parked with); null otherwise (a non-matching one is
   * closed). Its lease ends without touching the spares: it never came from them.
   */
  public Lease<S> takeParked(ScriptSession session, PoolKey key, Object profile) {
    S s = parked.take(session, key, profile);
    return s == null ? null : new Lease<>(s, () -> {});
  }

  /**
   * Keeps {@code satellite} (its lease {@link Lease#detach detached}) for {@code session}'s next
   * call; see {@link ParkedSatellites}. {@code profile}: what that call must match besides the key.
   */
  public void park(ScriptSession session, PoolKey key, Object profile, S satellite) {
    parked.park(session, key, profile, satellite);
  }

  /** Passes {@code modules} to the running host of {@code key}, if any ({@link SatelliteHost#preload}). */
  public void preload(PoolKey key, Collection<String> modules) {
    HostSlot<S> slot = slots.get(key);
    if (slot != null) {
      slot.preload(modules);
    }
  }

  /** Satellites kept for sessions right now (tests). */
  public int parkedCount() {
    return parked.size();
  }

  /** Idle satellites ready right now for {@code key} (tests, DMVs). */
  public int idleCount(PoolKey key) {
    HostSlot<S> slot = slots.get(key);
    return slot == null ? 0 : slot.idleCount();
  }

  /** Keys with a live host. */
  public List<PoolKey> keys() {
    return List.copyOf(slots.keySet());
  }

  /** Stops idle hosts now, as the idle timeout would (tests). */
  public void sweepNow(Duration idleFor) {
    slots.forEach(
        (k, slot) -> {
          if (slot.idleLongerThan(idleFor) && slots.remove(k, slot)) {
            slot.shutdown();
          }
        });
  }

  private void sweep() {
    try {
      parked.sweep(settings.parkedIdleTimeout());
      sweepNow(settings.idleTimeout());
    } catch (RuntimeException e) {
      LOG.warn("satellite sweep failed", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    sweeper.shutdownNow();
    parked.close();
    slots.values().forEach(HostSlot::shutdown);
    slots.clear();
  }
}
