package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.external.ResourceGovernorConfiguration;
import dev.quern.engine.external.WorkloadGroup;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload groups as stored ({@code sys.resource_governor_workload_groups}) or in effect
 * ({@code sys.dm_resource_governor_workload_groups}, with its statistics start; the request
 * counters SQL Server keeps per group are not kept, so those columns are absent).
 */
final class WorkloadGroupsView implements SystemView {
  private final boolean dynamic;

  private WorkloadGroupsView(boolean dynamic) {
    this.dynamic = dynamic;
  }

  static WorkloadGroupsView stored() {
    return new WorkloadGroupsView(false);
  }

  static WorkloadGroupsView inEffect() {
    return new WorkloadGroupsView(true);
  }

  @Override
  public String name() {
    return dynamic ? "dm_resource_governor_workload_groups" : "resource_governor_workload_groups";
  }

  @Override
  public List<ResultColumn> columns() {
    List<ResultColumn> c = new ArrayList<>(List.of(integer("group_id", false), sysname("name", false)));
    if (dynamic) {
      c.add(new ResultColumn("statistics_start_time", SqlTypes.DATETIME, false));
    }
    c.addAll(List.of(
        sysname("importance", false),
        integer("request_max_memory_grant_percent", false),
        integer("request_max_cpu_time_sec", false),
        integer("request_memory_grant_timeout_sec", false),
        integer("max_dop", false),
        integer("group_max_requests", false),
        integer("pool_id", false),
        integer("external_pool_id", false)));
    return c;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    ResourceGovernorConfiguration config = session.server().external().resourceGovernor();
    List<Object[]> rows = new ArrayList<>();
    for (WorkloadGroup g : dynamic ? config.groupsInEffect() : config.groups()) {
      List<Object> row = new ArrayList<>(List.of(g.id(), g.name()));
      if (dynamic) {
        row.add(config.statisticsStart());
      }
      row.addAll(List.of(g.importance(), g.requestMaxMemoryGrantPercent(), g.requestMaxCpuTimeSec(),
          g.requestMemoryGrantTimeoutSec(), g.maxDop(), g.groupMaxRequests(), g.poolId(),
          config.pool(g.externalPool()).map(p -> p.id()).orElse(2)));
      rows.add(row.toArray());
    }
    return rows;
  }
}
