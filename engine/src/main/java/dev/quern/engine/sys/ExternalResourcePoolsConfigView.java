package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.resource_governor_external_resource_pools: the external resource pools as stored (what
 * CREATE/ALTER/DROP EXTERNAL RESOURCE POOL set), which may differ from the pools in effect
 * (sys.dm_resource_governor_external_resource_pools) until ALTER RESOURCE GOVERNOR RECONFIGURE.
 */
final class ExternalResourcePoolsConfigView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("external_pool_id", false),
          sysname("name", false),
          integer("max_cpu_percent", false),
          integer("max_memory_percent", false),
          integer("max_processes", false),
          new ResultColumn("version", SqlTypes.BIGINT, false));

  @Override
  public String name() {
    return "resource_governor_external_resource_pools";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return session.server().external().resourceGovernor().pools().stream()
        .map(p -> new Object[] {p.id(), p.name(), p.maxCpuPercent(), p.maxMemoryPercent(), p.maxProcesses(), p.version()})
        .toList();
  }
}
