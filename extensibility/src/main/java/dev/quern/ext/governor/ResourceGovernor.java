package dev.quern.ext.governor;

import dev.quern.ext.spi.CancellationHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The external resource pools and their enforcement (ml-services.md §6).
 *
 * <ul>
 *   <li>MAX_PROCESSES: at most that many scripts run at once in the pool; further calls queue in
 *       arrival order ({@link ProcessGate}) and none fails. 0 is unlimited.
 *   <li>MAX_MEMORY_PERCENT: that share of machine memory is the address-space limit
 *       (RLIMIT_AS) of every satellite of the pool; a script that allocates beyond it gets a
 *       MemoryError, i.e. a clean script error. Linux SQL Server uses one cgroup for the pool;
 *       Quern limits each process to the pool's total, without cgroups.
 *   <li>MAX_CPU_PERCENT: best effort; below 100 the pool's satellites run at a lower scheduling
 *       priority (nice), which only matters under contention, as the option's semantics say.
 * </ul>
 *
 * Changes apply to calls admitted after them (ALTER ... then ALTER RESOURCE GOVERNOR RECONFIGURE);
 * the scripts already running keep their limits and count against the new MAX_PROCESSES.
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

  /** Creates a pool or replaces its settings; its running scripts stay counted. */
  public void configure(ExternalResourcePool pool) {
    pools.compute(key(pool.name()), (k, old) -> {
      if (old == null) {
        return new Limiter(pool);
      }
      old.pool = pool;
      old.gate.resize(pool.maxProcesses());
      return old;
    });
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
    return limiter(name).gate.active();
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
    ExternalResourcePool settings = l.pool;
    l.gate.enter(cancel);
    return new Admission(l.gate, settings);
  }

  /**
   * Admits one more script only if the pool has room right now: the extra satellites of a
   * {@code @parallel} call, which must never wait while holding a slot (two parallel calls could
   * otherwise each hold half of the slots and wait for the other half).
   */
  public java.util.Optional<Admission> tryAdmit(String name) {
    Limiter l = limiter(name);
    ExternalResourcePool settings = l.pool;
    return l.gate.tryEnter() ? java.util.Optional.of(new Admission(l.gate, settings)) : java.util.Optional.empty();
  }

  private Limiter limiter(String name) {
    Limiter l = pools.get(key(name));
    return l != null ? l : pools.get("default");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static final class Limiter {
    volatile ExternalResourcePool pool;
    final ProcessGate gate;

    Limiter(ExternalResourcePool pool) {
      this.pool = pool;
      this.gate = new ProcessGate(pool.maxProcesses());
    }
  }
}
