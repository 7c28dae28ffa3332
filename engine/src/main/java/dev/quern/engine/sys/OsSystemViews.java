package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * sys.dm_os_sys_info and sys.dm_os_sys_memory, read from the machine and the server process as
 * the operating system and the JVM report them: processors, physical memory (total and free),
 * the server's committed memory and its start time. Quern runs one scheduler per processor.
 */
final class OsSystemViews {
  private OsSystemViews() {}

  /** When this server process started, for sqlserver_start_time. */
  static long startMillis() {
    return ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  private static com.sun.management.OperatingSystemMXBean os() {
    return (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  }

  /** When the host started, in epoch milliseconds (Linux's /proc/uptime; else when the JVM did). */
  private static final long BOOT_MILLIS = bootMillis();

  /**
   * The ms_ticks clock of the SQLOS views (sys.dm_os_sys_info, sys.dm_os_workers): milliseconds
   * since the computer started, as SQL Server's, so DATEADD(SECOND, -ms_ticks / 1000, GETDATE()) is
   * when the host booted.
   */
  static long msTicks(long epochMillis) {
    return epochMillis - BOOT_MILLIS;
  }

  private static long bootMillis() {
    long fallback = startMillis();
    try {
      String first = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime")).strip().split("\\s+")[0];
      return Math.min(fallback, System.currentTimeMillis() - (long) (Double.parseDouble(first) * 1000));
    } catch (java.io.IOException | RuntimeException e) {
      return fallback;
    }
  }

  static SystemView sysInfo() {
    return new SystemView() {
      private final List<ResultColumn> columns =
          List.of(
              bigint("cpu_ticks", false), bigint("ms_ticks", false), integer("cpu_count", false),
              integer("hyperthread_ratio", false), bigint("physical_memory_kb", false),
              bigint("virtual_memory_kb", false), bigint("committed_kb", false),
              bigint("committed_target_kb", false), integer("max_workers_count", false),
              integer("scheduler_count", false), integer("scheduler_total_count", false),
              bigint("sqlserver_start_time_ms_ticks", false), datetime("sqlserver_start_time", false),
              integer("affinity_type", false), nvarchar("affinity_type_desc", 60, false),
              integer("virtual_machine_type", false), nvarchar("virtual_machine_type_desc", 60, false));

      @Override
      public String name() {
        return "dm_os_sys_info";
      }

      @Override
      public List<ResultColumn> columns() {
        return columns;
      }

      @Override
      public List<Object[]> rows(SessionState session) {
        int cpus = Runtime.getRuntime().availableProcessors();
        long now = msTicks(System.currentTimeMillis());
        long committed = Runtime.getRuntime().totalMemory() + ManagementFactory.getMemoryMXBean()
            .getNonHeapMemoryUsage().getCommitted();
        LocalDateTime started =
            LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(startMillis()), ZoneId.systemDefault());
        return List.<Object[]>of(new Object[] {
          System.nanoTime() / 1000, now, cpus, 1, os().getTotalMemorySize() / 1024,
          os().getCommittedVirtualMemorySize() / 1024, committed / 1024, Runtime.getRuntime().maxMemory() / 1024,
          Math.max(512, cpus * 64), cpus, cpus, msTicks(startMillis()), started, 2, "AUTO", 1, "HYPERVISOR"
        });
      }
    };
  }

  static SystemView sysMemory() {
    return new SystemView() {
      private final List<ResultColumn> columns =
          List.of(
              bigint("total_physical_memory_kb", false), bigint("available_physical_memory_kb", false),
              bigint("total_page_file_kb", false), bigint("available_page_file_kb", false),
              bigint("system_cache_kb", false), bit("system_high_memory_signal_state", false),
              bit("system_low_memory_signal_state", false), nvarchar("system_memory_state_desc", 256, false));

      @Override
      public String name() {
        return "dm_os_sys_memory";
      }

      @Override
      public List<ResultColumn> columns() {
        return columns;
      }

      @Override
      public List<Object[]> rows(SessionState session) {
        long total = os().getTotalMemorySize() / 1024;
        long free = os().getFreeMemorySize() / 1024;
        long swap = os().getTotalSwapSpaceSize() / 1024;
        long swapFree = os().getFreeSwapSpaceSize() / 1024;
        // SQL Server's signal: low when under 5% of memory is free, high when over a quarter is.
        boolean low = free * 20 < total;
        boolean high = free * 4 > total;
        String state = low ? "Available physical memory is low"
            : high ? "Available physical memory is high" : "Physical memory state is steady";
        return List.<Object[]>of(new Object[] {total, free, total + swap, free + swapFree, 0L, high, low, state});
      }
    };
  }
}
