package dev.quern.ext.governor;

import dev.quern.ext.spi.CancellationHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The external resource pools and their enforcement (ml-services.md §6).
 *
 * <ul>
 *   <li>MAX_PROCESSES: at most that many scripts run at once in the pool; further calls queue in
 *       arrival order (a fair semaphore) and none fails. 0 is unlimited.
 *   <li>MAX_MEMORY_PERCENT: that share of machine memory is the address-space limit
 *       (RLIMIT_AS) of every satellite of the pool; a script that allocates beyond it gets a
 *       MemoryError, i.e. a clean script error. Linux SQL Server uses one cgroup for the pool;
 *       Quern limits each process to the pool's total, without cgroups.
 *   <li>MAX_CPU_PERCENT: best effort; below 100 the pool's satellites run at a lower scheduling
 *       priority (nice), which only matters under contention, as the option's semantics say.
 * </ul>
 *
 * Changes apply to calls admitted after them (ALTER ... then ALTER RESOURCE GOVERNOR RECONFIGURE).
 */
public final class ResourceGovernor {
  private final long machineMemory;
  private final Map<String, Limiter> pools = new ConcurrentHashMap<>();

  public ResourceGovernor() {
    this(MachineMemory.totalBytes());
  }

  public ResourceGovernor(long machineMemoryBytes) {
    this.machineMemory = machineMemoryBytes;
    configure(ExternalResourcePool.DEFAULT);
  }

  public long machineMemoryBytes() {
    return machineMemory;
  }

  /** Creates or replaces a pool's settings. */
  public void configure(ExternalResourcePool pool) {
    pools.put(key(pool.name()), new Limiter(pool));
  }

  /** Drops a user pool; the default pool cannot be dropped. */
  public void drop(String name) {
    if (key(name).equals("default")) {
      throw new IllegalArgumentException("the default external resource pool cannot be dropped");
    }
    pools.remove(key(name));
  }

  /** Pools ordered by id, as the catalog view lists them. */
  public List<ExternalResourcePool> pools() {
    List<ExternalResourcePool> list = new ArrayList<>();
    pools.values().forEach(l -> list.add(l.pool));
    list.sort(Comparator.comparingInt(ExternalResourcePool::id));
    return list;
  }

  /** The named pool; an unknown name falls back to {@code default}, as unclassified calls do. */
  public ExternalResourcePool pool(String name) {
    return limiter(name).pool;
  }

  /** Scripts running in the pool now ({@code active_processes_count}). */
  public int activeProcesses(String name) {
    return limiter(name).active.get();
  }

  /** The per-satellite address-space limit in bytes. */
  public long memoryLimitBytes(String name) {
    return machineMemory / 100 * pool(name).maxMemoryPercent();
  }

  /** The nice value for the pool's satellites: 0 at 100 %, up to 19 as the share shrinks. */
  public int niceValue(String name) {
    int cpu = pool(name).maxCpuPercent();
    return cpu >= 100 ? 0 : Math.min(19, 1 + (100 - cpu) * 18 / 99);
  }

  /** Waits (in arrival order, cancellably) until the pool admits one more script. */
  public Admission admit(String name, CancellationHandle cancel) throws InterruptedException {
    Limiter l = limiter(name);
    if (l.permits != null) {
      while (!l.permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        cancel.throwIfCancelled();
      }
    }
    l.active.incrementAndGet();
    return new Admission(l.permits, l.active, l.pool);
  }

  /**
   * Admits one more script only if the pool has room right now: the extra satellites of a
   * {@code @parallel} call, which must never wait while holding a slot (two parallel calls could
   * otherwise each hold half of the slots and wait for the other half).
   */
  public java.util.Optional<Admission> tryAdmit(String name) {
    Limiter l = limiter(name);
    if (l.permits != null && !l.permits.tryAcquire()) {
      return java.util.Optional.empty();
    }
    l.active.incrementAndGet();
    return java.util.Optional.of(new Admission(l.permits, l.active, l.pool));
  }

  private Limiter limiter(String name) {
    Limiter l = pools.get(key(name));
    return l != null ? l : pools.get("default");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static final class Limiter {
    final ExternalResourcePool pool;
    final Semaphore permits;
    final AtomicInteger active = new AtomicInteger();

    Limiter(ExternalResourcePool pool) {
      this.pool = pool;
      this.permits = pool.maxProcesses() == 0 ? null : new Semaphore(pool.maxProcesses(), true);
    }
  }
}
