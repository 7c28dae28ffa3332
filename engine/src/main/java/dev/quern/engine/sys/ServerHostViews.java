package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Views of the server process and its host. sys.dm_os_schedulers ("sys.dm_os_schedulers
 * (Transact-SQL)"): one VISIBLE ONLINE scheduler per processor the JVM may use, as
 * sys.dm_os_sys_info's scheduler_count says. Quern's requests run on threads the operating system
 * schedules; each running request's task counts against the scheduler {@link
 * OsAddresses#scheduler} gives its session (sys.dm_os_tasks' scheduler_id): current_tasks_count and
 * current_workers_count count them, active_workers_count those not waiting, and none is ever
 * runnable but waiting for a quantum (runnable_tasks_count 0). The other counters and the
 * addresses are NULL, and there are no hidden or DAC schedulers. sys.dm_os_windows_info: as SQL Server on Linux answers it, the host's
 * release (sys.dm_os_host_info's host_release), no service pack or SKU, LCID 1033.
 * sys.endpoints: the one endpoint Quern listens on, TDS over TCP, with SQL Server's id and name for
 * it ("TSQL Default TCP", 4, as sys.dm_exec_connections' endpoint_id), owned by sa.
 */
final class ServerHostViews {
  private ServerHostViews() {}

  static SystemView schedulers() {
    List<ResultColumn> columns = List.of(
        varbinary("scheduler_address", 8, true), integer("parent_node_id", false), integer("scheduler_id", false),
        integer("cpu_id", false), nvarchar("status", 60, false), bit("is_online", false), bit("is_idle", true),
        integer("preemptive_switches_count", true), integer("context_switches_count", true),
        integer("idle_switches_count", true), integer("current_tasks_count", true),
        integer("runnable_tasks_count", true), integer("current_workers_count", true),
        integer("active_workers_count", true), bigint("work_queue_count", true),
        integer("pending_disk_io_count", true), integer("load_factor", true), integer("yield_count", true),
        bigint("last_timer_activity", true), bit("failed_to_create_worker", true),
        varbinary("active_worker_address", 8, true), varbinary("memory_object_address", 8, true),
        varbinary("task_memory_object_address", 8, true), bigint("quantum_length_us", true),
        bigint("total_cpu_usage_ms", true), bigint("total_cpu_idle_capped_ms", true),
        bigint("total_scheduler_delay_ms", true), integer("ideal_workers_limit", true));
    return new DerivedView("dm_os_schedulers", columns, s -> {
      int cpus = Runtime.getRuntime().availableProcessors();
      int[] tasks = new int[cpus];
      int[] active = new int[cpus];
      for (dev.quern.engine.session.SessionState session : s.server().sessions()) {
        var request = session.activity().snapshot();
        if (request != null) {
          int scheduler = OsAddresses.scheduler(session.spid());
          tasks[scheduler]++;
          active[scheduler] += request.waitType() == null ? 1 : 0;
        }
      }
      List<Object[]> out = new ArrayList<>();
      for (int cpu = 0; cpu < cpus; cpu++) {
        Object[] row = new Object[columns.size()];
        row[1] = 0;
        row[2] = cpu;
        row[3] = cpu;
        row[4] = "VISIBLE ONLINE";
        row[5] = true;
        row[10] = tasks[cpu]; // current_tasks_count
        row[11] = 0; // runnable_tasks_count
        row[12] = tasks[cpu]; // current_workers_count
        row[13] = active[cpu]; // active_workers_count
        out.add(row);
      }
      return out;
    });
  }

  static SystemView windowsInfo() {
    return new DerivedView("dm_os_windows_info",
        List.of(nvarchar("windows_release", 256, false), nvarchar("windows_service_pack_level", 256, false),
            integer("windows_sku", true), integer("os_language_version", false)),
        s -> ViewRows.of("dm_os_host_info", s).stream()
            .map(h -> new Object[] {h.get("host_release"), "", null, h.get("os_language_version")})
            .toList());
  }

  static SystemView endpoints() {
    return new DerivedView("endpoints",
        List.of(sysname("name", false), integer("endpoint_id", false), integer("principal_id", true),
            tinyint("protocol", false), nvarchar("protocol_desc", 60, true), tinyint("type", false),
            nvarchar("type_desc", 60, true), tinyint("state", true), nvarchar("state_desc", 60, true),
            bit("is_admin_endpoint", false)),
        s -> List.<Object[]>of(new Object[] {"TSQL Default TCP", 4, 1, 2, "TCP", 2, "TSQL", 0, "STARTED", false}));
  }
}
