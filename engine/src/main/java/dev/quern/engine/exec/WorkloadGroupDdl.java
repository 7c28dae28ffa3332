package dev.quern.engine.exec;

import dev.quern.engine.ast.ResourceGovernorStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.ResourceGovernorDdl.RangeChecks;
import dev.quern.engine.external.ResourceGovernorConfiguration;
import dev.quern.engine.external.WorkloadGroup;

/**
 * CREATE / ALTER / DROP WORKLOAD GROUP. A group uses the built-in resource pool {@code default}
 * (Quern governs no internal resources, so there are no others to name: 10912) and an external
 * resource pool, where its sessions' scripts run.
 */
final class WorkloadGroupDdl {
  private WorkloadGroupDdl() {}

  static void execute(ResourceGovernorStatement.WorkloadGroup s, ResourceGovernorConfiguration config) {
    switch (s.verb()) {
      case CREATE -> {
        if (config.group(s.name()).isPresent()) {
          throw SqlErrors.RG_EXISTS.raise("workload group", s.name());
        }
        config.putGroup(settings(s, config, WorkloadGroup.withDefaults(config.nextGroupId(), s.name())));
      }
      case ALTER -> {
        WorkloadGroup old = config.group(s.name())
            .orElseThrow(() -> SqlErrors.RG_GROUP_NOT_FOUND.raise("alter", s.name()));
        if (!s.hasOptions() && s.usingPool() == null && s.externalPool() == null) {
          throw SqlErrors.RG_ALTER_GROUP_NOTHING.raise();
        }
        if (old.id() == WorkloadGroup.INTERNAL.id()) {
          throw SqlErrors.RG_ALTER_PREDEFINED.raise("internal", "workload group");
        }
        config.putGroup(settings(s, config, old));
      }
      case DROP -> {
        WorkloadGroup old = config.group(s.name())
            .orElseThrow(() -> SqlErrors.RG_GROUP_NOT_FOUND.raise("drop", s.name()));
        if (old.predefined()) {
          throw SqlErrors.RG_DROP_PREDEFINED.raise("workload group");
        }
        config.dropGroup(old.name());
      }
    }
  }

  /** {@code base} with what the statement sets. */
  private static WorkloadGroup settings(
      ResourceGovernorStatement.WorkloadGroup s, ResourceGovernorConfiguration config, WorkloadGroup base) {
    if (s.usingPool() != null && !s.usingPool().equalsIgnoreCase("default")) {
      throw SqlErrors.RG_POOL_NOT_FOUND.raise(s.usingPool());
    }
    String external = base.externalPool();
    if (s.externalPool() != null) {
      external = config.pool(s.externalPool())
          .orElseThrow(() -> SqlErrors.RG_POOL_NOT_FOUND.raise(s.externalPool()))
          .name();
    }
    return new WorkloadGroup(base.id(), base.name(),
        s.importance() != null ? s.importance() : base.importance(),
        RangeChecks.percent("REQUEST_MAX_MEMORY_GRANT_PERCENT", s.requestMaxMemoryGrantPercent(),
            base.requestMaxMemoryGrantPercent()),
        RangeChecks.atLeast("REQUEST_MAX_CPU_TIME_SEC", s.requestMaxCpuTimeSec(), 0, base.requestMaxCpuTimeSec()),
        RangeChecks.atLeast("REQUEST_MEMORY_GRANT_TIMEOUT_SEC", s.requestMemoryGrantTimeoutSec(), 0,
            base.requestMemoryGrantTimeoutSec()),
        RangeChecks.atLeast("MAX_DOP", s.maxDop(), 0, base.maxDop()),
        RangeChecks.atLeast("GROUP_MAX_REQUESTS", s.groupMaxRequests(), 0, base.groupMaxRequests()),
        external);
  }
}
