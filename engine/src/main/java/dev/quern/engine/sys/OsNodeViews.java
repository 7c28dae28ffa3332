package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The SQLOS views of nodes and process memory ("sys.dm_os_nodes", "sys.dm_os_memory_nodes",
 * "sys.dm_os_process_memory", "sys.dm_os_buffer_pool_extension_configuration") and three whose
 * SQL Server content Quern has nothing to fill with. Quern runs as one node (node 0, memory node 0)
 * with one scheduler per processor the JVM may use (as sys.dm_os_schedulers lists them) and no
 * dedicated admin connection, so no DAC node; its memory is the JVM's (heap and non-heap), none of
 * it locked or in large pages; there is no buffer pool extension. Empty: sys.dm_os_loaded_modules
 * (Quern loads no modules into a SQL Server address space for the view to list),
 * sys.dm_exec_query_optimizer_info (the optimizer keeps no event counters), and
 * sys.dm_os_memory_cache_counters / _hash_tables (the plan cache is not a SQLOS cache store).
 */
final class OsNodeViews {
  private OsNodeViews() {}

  static List<SystemView> all() {
    return List.of(nodes(), memoryNodes(), processMemory(), bufferPoolExtension(),
        new DerivedView("dm_os_loaded_modules", List.of(varbinary("base_address", 8, false),
            varchar("file_version", 23, true), varchar("product_version", 23, true), bit("debug", true),
            bit("patched", true), bit("prerelease", true), bit("private_build", true), bit("special_build", true),
            integer("language", true), nvarchar("company", 256, true), nvarchar("description", 256, true),
            nvarchar("name", 255, true)), s -> List.of()),
        new DerivedView("dm_exec_query_optimizer_info", List.of(nvarchar("counter", 4000, true),
            bigint("occurrence", true), new ResultColumn("value", SqlTypes.FLOAT, true)), s -> List.of()),
        new DerivedView("dm_os_memory_cache_counters", List.of(varbinary("cache_address", 8, false),
            nvarchar("name", 256, false), nvarchar("type", 60, false), bigint("pages_kb", false),
            bigint("pages_in_use_kb", true), bigint("entries_count", false), bigint("entries_in_use_count", false)),
            s -> List.of()),
        new DerivedView("dm_os_memory_cache_hash_tables", List.of(varbinary("cache_address", 8, false),
            nvarchar("name", 256, false), nvarchar("type", 60, false), integer("table_level", false),
            integer("buckets_count", false), integer("buckets_in_use_count", false), integer("buckets_min_length", false),
            integer("buckets_max_length", false), integer("buckets_avg_length", false),
            integer("buckets_max_length_ever", false), bigint("hits_count", false), bigint("misses_count", false),
            integer("buckets_avg_scan_hit_length", false), integer("buckets_avg_scan_miss_length", false)),
            s -> List.of()));
  }

  private static SystemView nodes() {
    List<ResultColumn> columns = List.of(smallint("node_id", false), nvarchar("node_state_desc", 256, false),
        varbinary("memory_object_address", 8, false), varbinary("memory_clerk_address", 8, false),
        varbinary("io_completion_worker_address", 8, true), smallint("memory_node_id", false),
        bigint("cpu_affinity_mask", false), smallint("online_scheduler_count", false),
        smallint("idle_scheduler_count", false), integer("active_worker_count", false),
        integer("avg_load_balance", false), bigint("timer_task_affinity_mask", false),
        bigint("permanent_task_affinity_mask", false), bit("resource_monitor_state", false),
        bigint("online_scheduler_mask", false), smallint("processor_group", false), integer("cpu_count", false));
    return new DerivedView("dm_os_nodes", columns, s -> {
      int cpus = Runtime.getRuntime().availableProcessors();
      long mask = cpus >= 64 ? -1L : (1L << cpus) - 1;
      return List.<Object[]>of(new Object[] {
        0, "ONLINE", new byte[8], new byte[8], null, 0, mask, cpus, 0, 0, 0, mask, mask, true, mask, 0, cpus
      });
    });
  }

  private static SystemView memoryNodes() {
    List<ResultColumn> columns = List.of(smallint("memory_node_id", false),
        bigint("virtual_address_space_reserved_kb", false), bigint("virtual_address_space_committed_kb", false),
        bigint("locked_page_allocations_kb", false), bigint("pages_kb", false),
        bigint("shared_memory_reserved_kb", false), bigint("shared_memory_committed_kb", false),
        bigint("cpu_affinity_mask", false), bigint("online_scheduler_mask", false),
        smallint("processor_group", false), bigint("foreign_committed_kb", false), bigint("target_kb", false));
    return new DerivedView("dm_os_memory_nodes", columns, s -> {
      long mask = OsNodeViews.mask();
      return List.<Object[]>of(new Object[] {
        0, reservedKb(), committedKb(), 0L, usedKb(), 0L, 0L, mask, mask, 0, 0L, Runtime.getRuntime().maxMemory() / 1024
      });
    });
  }

  private static SystemView processMemory() {
    List<ResultColumn> columns = List.of(bigint("physical_memory_in_use_kb", false),
        bigint("large_page_allocations_kb", false), bigint("locked_page_allocations_kb", false),
        bigint("total_virtual_address_space_kb", false), bigint("virtual_address_space_reserved_kb", false),
        bigint("virtual_address_space_committed_kb", false), bigint("virtual_address_space_available_kb", false),
        bigint("page_fault_count", false), integer("memory_utilization_percentage", false),
        bigint("available_commit_limit_kb", false), bit("process_physical_memory_low", false),
        bit("process_virtual_memory_low", false));
    return new DerivedView("dm_os_process_memory", columns, s -> {
      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long total = os.getCommittedVirtualMemorySize() / 1024;
      return List.<Object[]>of(new Object[] {
        committedKb(), 0L, 0L, total, reservedKb(), committedKb(), Math.max(0, total - committedKb()), 0L, 100,
        os.getFreeMemorySize() / 1024, false, false
      });
    });
  }

  private static SystemView bufferPoolExtension() {
    List<ResultColumn> columns = List.of(nvarchar("path", 256, true), integer("file_id", true),
        integer("state", false), nvarchar("state_description", 60, false), bigint("current_size_in_kb", true));
    return new DerivedView("dm_os_buffer_pool_extension_configuration", columns,
        s -> List.<Object[]>of(new Object[] {null, null, 0, "BUFFER POOL EXTENSION DISABLED", 0L}));
  }

  private static long mask() {
    int cpus = Runtime.getRuntime().availableProcessors();
    return cpus >= 64 ? -1L : (1L << cpus) - 1;
  }

  /** Heap the JVM may grow to plus the non-heap it has committed. */
  private static long reservedKb() {
    return (Runtime.getRuntime().maxMemory() + nonHeap().getCommitted()) / 1024;
  }

  private static long committedKb() {
    return (Runtime.getRuntime().totalMemory() + nonHeap().getCommitted()) / 1024;
  }

  private static long usedKb() {
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory() + nonHeap().getUsed()) / 1024;
  }

  private static java.lang.management.MemoryUsage nonHeap() {
    return ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
  }
}
