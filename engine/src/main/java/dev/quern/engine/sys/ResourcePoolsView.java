package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.kv.KvIoStats;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.external.WorkloadGroup;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource pools as stored ({@code sys.resource_governor_resource_pools}) and in effect ({@code
 * sys.dm_resource_governor_resource_pools}): SQL Server's internal (1) and default (2) pools with
 * their default limits, the pools sys.resource_governor_workload_groups' pool_id names; Quern has
 * no CREATE RESOURCE POOL (its external resource pools are separate). The statistics: the default
 * pool runs the sessions' requests, so its CPU is the live sessions' CPU (sys.dm_exec_sessions'
 * cpu_time), its memory the JVM heap and the block caches (cache_memory_kb), and its I/O the table
 * file reads and the log writes of commits; the internal pool is the storage engine's background
 * work: its memory the memtables and file indexes, its I/O the flushes' and compactions' writes.
 * Both may grow to sys.dm_os_sys_info's committed_target_kb. Quern has no memory grants and does
 * not govern I/O: the grant counts are 0 and the I/O governance columns NULL.
 */
final class ResourcePoolsView implements SystemView {
  private final boolean dynamic;

  private ResourcePoolsView(boolean dynamic) {
    this.dynamic = dynamic;
  }

  static ResourcePoolsView stored() {
    return new ResourcePoolsView(false);
  }

  static ResourcePoolsView inEffect() {
    return new ResourcePoolsView(true);
  }

  @Override
  public String name() {
    return dynamic ? "dm_resource_governor_resource_pools" : "resource_governor_resource_pools";
  }

  @Override
  public List<ResultColumn> columns() {
    return dynamic ? DYNAMIC : STORED;
  }

  private static final List<ResultColumn> STORED = List.of(
      integer("pool_id", false), sysname("name", false), integer("min_cpu_percent", false),
      integer("max_cpu_percent", false), integer("min_memory_percent", false), integer("max_memory_percent", false),
      integer("cap_cpu_percent", false), integer("min_iops_per_volume", false), integer("max_iops_per_volume", false));

  private static final List<ResultColumn> DYNAMIC = List.of(
      integer("pool_id", false), sysname("name", false),
      new ResultColumn("statistics_start_time", SqlTypes.DATETIME, false), bigint("total_cpu_usage_ms", false),
      bigint("cache_memory_kb", false), bigint("compile_memory_kb", false), bigint("used_memgrant_kb", false),
      bigint("total_memgrant_count", false), bigint("total_memgrant_timeout_count", false),
      integer("active_memgrant_count", false), bigint("active_memgrant_kb", false),
      integer("memgrant_waiter_count", false), bigint("max_memory_kb", false), bigint("used_memory_kb", false),
      bigint("target_memory_kb", false), bigint("out_of_memory_count", false), integer("min_cpu_percent", false),
      integer("max_cpu_percent", false), integer("min_memory_percent", false), integer("max_memory_percent", false),
      integer("cap_cpu_percent", false), integer("min_iops_per_volume", true), integer("max_iops_per_volume", true),
      integer("read_io_queued_total", true), integer("read_io_issued_total", true),
      integer("read_io_completed_total", false), integer("read_io_throttled_total", true),
      bigint("read_bytes_total", false), bigint("read_io_stall_total_ms", false),
      bigint("read_io_stall_queued_ms", true), integer("write_io_queued_total", true),
      integer("write_io_issued_total", true), integer("write_io_completed_total", false),
      integer("write_io_throttled_total", false), bigint("write_bytes_total", false),
      bigint("write_io_stall_total_ms", false), bigint("write_io_stall_queued_ms", true),
      integer("io_issue_violations_total", true), bigint("io_issue_delay_total_ms", true));

  @Override
  public List<Object[]> rows(SessionState session) {
    if (!dynamic) {
      return List.of(stored(WorkloadGroup.INTERNAL_POOL_ID, "internal"), stored(WorkloadGroup.DEFAULT_POOL_ID, "default"));
    }
    ServerMemory m = ServerMemory.now(session);
    Storage storage = session.store().storage();
    KvIoStats main = storage.ioStats(1);
    KvIoStats temp = storage.ioStats(Storage.TEMPDB_ID);
    long sessionsCpu = 0;
    for (SessionState s : session.server().sessions()) {
      sessionsCpu += s.activity().totals().cpuMs();
    }
    Object start = session.server().external().resourceGovernor().statisticsStart();
    Io internal = new Io(0, 0, 0, main.dataWrites() + temp.dataWrites(), main.dataBytesWritten() + temp.dataBytesWritten(),
        (main.dataWriteMicros() + temp.dataWriteMicros()) / 1000);
    Io requests = new Io(main.dataReads() + temp.dataReads(), main.dataBytesRead() + temp.dataBytesRead(),
        (main.dataReadMicros() + temp.dataReadMicros()) / 1000, main.logWrites() + temp.logWrites(),
        main.logBytesWritten() + temp.logBytesWritten(), (main.logWriteMicros() + temp.logWriteMicros()) / 1000);
    return List.of(
        dynamicRow(WorkloadGroup.INTERNAL_POOL_ID, "internal", start, 0, 0, m.storeKb() + m.nonHeapUsedKb(), m, internal),
        dynamicRow(WorkloadGroup.DEFAULT_POOL_ID, "default", start, sessionsCpu, m.cacheKb(),
            m.heapUsedKb() + m.cacheKb(), m, requests));
  }

  /** A pool's file I/O: read and write counts, bytes and time in milliseconds. */
  private record Io(long reads, long readBytes, long readMs, long writes, long writeBytes, long writeMs) {}

  private static Object[] stored(int id, String name) {
    return new Object[] {id, name, 0, 100, 0, 100, 100, 0, 0};
  }

  private static Object[] dynamicRow(int id, String name, Object start, long cpuMs, long cacheKb, long usedKb,
      ServerMemory m, Io io) {
    List<Object> r = new ArrayList<>(List.of(id, name, start, cpuMs, cacheKb, 0L, 0L, 0L, 0L, 0, 0L, 0,
        m.heapMaxKb(), usedKb, m.heapMaxKb(), 0L, 0, 100, 0, 100, 100));
    r.add(null); // min_iops_per_volume
    r.add(null); // max_iops_per_volume
    r.add(null); // read_io_queued_total
    r.add(null); // read_io_issued_total
    r.addAll(List.of(Columns.saturatedInt(io.reads())));
    r.add(null); // read_io_throttled_total
    r.addAll(List.of(io.readBytes(), io.readMs()));
    r.add(null); // read_io_stall_queued_ms
    r.add(null); // write_io_queued_total
    r.add(null); // write_io_issued_total
    r.addAll(List.of(Columns.saturatedInt(io.writes()), 0, io.writeBytes(), io.writeMs()));
    r.add(null); // write_io_stall_queued_ms
    r.add(null); // io_issue_violations_total
    r.add(null); // io_issue_delay_total_ms
    return r.toArray();
  }
}
