package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.ext.governor.ResourceGovernor;
import java.util.List;

/**
 * sys.dm_resource_governor_external_resource_pools: the external resource pools' limits and the
 * processes running in each now. Counters Quern does not keep (I/O, CPU time, peak memory) are 0.
 */
final class ExternalResourcePoolsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("external_pool_id", false),
          sysname("name", false),
          integer("pool_version", false),
          integer("max_cpu_percent", false),
          integer("max_processes", false),
          integer("max_memory_percent", false),
          new ResultColumn("statistics_start_time", SqlTypes.DATETIME, false),
          new ResultColumn("peak_memory_kb", SqlTypes.BIGINT, false),
          integer("write_io_count", false),
          integer("read_io_count", false),
          new ResultColumn("total_cpu_kernel_ms", SqlTypes.BIGINT, false),
          new ResultColumn("total_cpu_user_ms", SqlTypes.BIGINT, false),
          integer("active_processes_count", false));

  @Override
  public String name() {
    return "dm_resource_governor_external_resource_pools";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    ResourceGovernor g = session.server().external().context().governor();
    java.time.LocalDateTime started = session.server().external().resourceGovernor().statisticsStart();
    return g.pools().stream()
        .map(p -> new Object[] {
              p.id(), p.name(), (int) p.version(), p.maxCpuPercent(), p.maxProcesses(),
              p.maxMemoryPercent(), started, 0L, 0, 0, 0L, 0L, g.activeProcesses(p.name())
            })
        .toList();
  }
}
