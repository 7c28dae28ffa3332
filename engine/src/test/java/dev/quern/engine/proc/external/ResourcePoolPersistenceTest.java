package dev.quern.engine.proc.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.ext.governor.ResourceGovernor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External resource pools, workload groups and the classifier survive a restart, and what ALTER RESOURCE GOVERNOR RECONFIGURE puts in
 * effect is what the governor enforces (its admission limit and the satellites' memory cap).
 */
class ResourcePoolPersistenceTest {
  @TempDir Path dataDir;

  private static List<Object[]> run(QuernEngine engine, String sql) {
    try (EngineSession s = TestSessions.open(engine)) {
      CollectingSink sink = TestSessions.run(s, sql);
      assertThat(sink.errors()).isEmpty();
      return sink.rows();
    }
  }

  private static ResourceGovernor governor(QuernEngine engine) {
    return engine.server().external().context().governor();
  }

  @Test
  void reconfiguredPoolsAreEnforcedAndKeptAcrossRestarts() {
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      long machine = governor(engine).machineMemoryBytes();
      run(engine, "ALTER EXTERNAL RESOURCE POOL \"default\" WITH (MAX_MEMORY_PERCENT = 40, MAX_PROCESSES = 2);"
          + " CREATE EXTERNAL RESOURCE POOL ds_ep WITH (MAX_CPU_PERCENT = 50)");
      // Stored only: the governor still enforces the built-in settings.
      assertThat(governor(engine).pool("default").maxProcesses()).isZero();
      assertThat(governor(engine).memoryLimitBytes("default")).isEqualTo(machine / 100 * 20);

      run(engine, "ALTER RESOURCE GOVERNOR RECONFIGURE");
      assertThat(governor(engine).pool("default").maxProcesses()).isEqualTo(2);
      assertThat(governor(engine).memoryLimitBytes("default")).isEqualTo(machine / 100 * 40);
      assertThat(governor(engine).pool("ds_ep").maxCpuPercent()).isEqualTo(50);
      assertThat(governor(engine).niceValue("ds_ep")).isPositive();

      // Changed again but not reconfigured: a restart starts with what is stored in effect.
      run(engine, "ALTER EXTERNAL RESOURCE POOL ds_ep WITH (MAX_PROCESSES = 4);"
          + " CREATE WORKLOAD GROUP [ds, wg] WITH (IMPORTANCE = HIGH) USING EXTERNAL ds_ep");
      run(engine, "CREATE FUNCTION dbo.classify() RETURNS sysname AS BEGIN RETURN N'ds, wg'; END");
      run(engine, "ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = dbo.classify)");
    }
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      assertThat(run(engine, "SELECT name, max_cpu_percent, max_memory_percent, max_processes, version"
          + " FROM sys.resource_governor_external_resource_pools ORDER BY external_pool_id"))
          .containsExactly(new Object[] {"default", 100, 40, 2, 3L}, new Object[] {"ds_ep", 50, 100, 4, 2L});
      assertThat(governor(engine).pool("ds_ep").maxProcesses()).isEqualTo(4);
      assertThat(run(engine, "SELECT g.name, g.importance, g.external_pool_id FROM sys.dm_resource_governor_workload_groups g"
          + " WHERE g.group_id >= 256")).containsExactly(new Object[] {"ds, wg", "High", 256});
      assertThat(run(engine, "SELECT CASE WHEN classifier_function_id = OBJECT_ID('dbo.classify') THEN 1 END"
          + " FROM sys.dm_resource_governor_configuration")).containsExactly(new Object[] {1});
      assertThat(run(engine, "SELECT CAST(is_enabled AS int) FROM sys.resource_governor_configuration"))
          .containsExactly(new Object[] {1});

      run(engine, "DROP WORKLOAD GROUP [ds, wg]; DROP EXTERNAL RESOURCE POOL ds_ep; ALTER RESOURCE GOVERNOR RECONFIGURE");
    }
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      assertThat(governor(engine).pools()).extracting(p -> p.name()).containsExactly("default");
    }
  }
}
