package dev.quern.engine.external;

import java.util.Objects;

/**
 * A workload group as {@code sys.resource_governor_workload_groups} shows it. Quern governs only
 * external resources, so of a group's settings only {@code externalPool} has an effect: the
 * external resource pool its sessions' scripts run in. The others are kept and shown as given.
 */
public record WorkloadGroup(
    int id, String name, String importance, int requestMaxMemoryGrantPercent, int requestMaxCpuTimeSec,
    int requestMemoryGrantTimeoutSec, int maxDop, int groupMaxRequests, String externalPool) {
  /** Internal resource pool ids: Quern has SQL Server's two built-in ones and no others. */
  public static final int INTERNAL_POOL_ID = 1;
  public static final int DEFAULT_POOL_ID = 2;

  public static final WorkloadGroup INTERNAL = withDefaults(1, "internal");
  public static final WorkloadGroup DEFAULT = withDefaults(2, "default");

  public WorkloadGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(externalPool, "externalPool");
  }

  /**
   * A group with SQL Server's defaults (the built-in groups' settings and a new group's): MEDIUM
   * importance, 25 % memory grant, no other limits, the default external pool.
   */
  public static WorkloadGroup withDefaults(int id, String name) {
    return new WorkloadGroup(id, name, "Medium", 25, 0, 0, 0, 0, "default");
  }

  public int poolId() {
    return id == INTERNAL.id ? INTERNAL_POOL_ID : DEFAULT_POOL_ID;
  }

  public boolean predefined() {
    return id < ResourceGovernorConfiguration.FIRST_USER_POOL_ID;
  }
}
