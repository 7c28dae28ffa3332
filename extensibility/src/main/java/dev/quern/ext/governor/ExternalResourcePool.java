package dev.quern.ext.governor;

import java.util.Objects;

/**
 * An external resource pool as {@code sys.resource_governor_external_resource_pools} shows it
 * (CREATE/ALTER EXTERNAL RESOURCE POOL). {@code maxProcesses} 0 means unlimited.
 */
public record ExternalResourcePool(
    int id, String name, int maxCpuPercent, int maxMemoryPercent, int maxProcesses, long version) {
  /** The built-in pool: id 2, {@code default | 100 | 20 | 0} on a fresh instance. */
  public static final ExternalResourcePool DEFAULT = new ExternalResourcePool(2, "default", 100, 20, 0, 2);

  public ExternalResourcePool {
    Objects.requireNonNull(name, "name");
    check("MAX_CPU_PERCENT", maxCpuPercent, 1, 100);
    check("MAX_MEMORY_PERCENT", maxMemoryPercent, 1, 100);
    if (maxProcesses < 0) {
      throw new IllegalArgumentException("MAX_PROCESSES must be >= 0");
    }
  }

  public ExternalResourcePool withMaxProcesses(int n) {
    return new ExternalResourcePool(id, name, maxCpuPercent, maxMemoryPercent, n, version + 1);
  }

  public ExternalResourcePool withMaxMemoryPercent(int p) {
    return new ExternalResourcePool(id, name, maxCpuPercent, p, maxProcesses, version + 1);
  }

  public ExternalResourcePool withMaxCpuPercent(int p) {
    return new ExternalResourcePool(id, name, p, maxMemoryPercent, maxProcesses, version + 1);
  }

  private static void check(String what, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
    }
  }
}
