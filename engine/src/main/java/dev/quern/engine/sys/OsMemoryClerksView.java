package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * sys.dm_os_memory_clerks ("sys.dm_os_memory_clerks (Transact-SQL)"): Quern's memory as four
 * clerks of SQL Server's types, on memory node 0, with their use now ({@link ServerMemory}):
 * MEMORYCLERK_SQLBUFFERPOOL the stores' block caches (pages_kb; the pinned part is locked in memory,
 * awe_allocated_kb), MEMORYCLERK_SQLGENERAL the JVM heap (pages_kb in use, its committed size as
 * virtual memory committed and its maximum as reserved), MEMORYCLERK_SQLSTORENG the stores'
 * memtables and file indexes, MEMORYCLERK_SOSNODE the JVM's memory outside the heap. No memory is
 * shared; pages are 8 KB. Addresses are stable identities, not memory addresses.
 */
final class OsMemoryClerksView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      varbinary("memory_clerk_address", 8, false), nvarchar("type", 60, false), nvarchar("name", 256, false),
      smallint("memory_node_id", false), bigint("pages_kb", false), bigint("virtual_memory_reserved_kb", false),
      bigint("virtual_memory_committed_kb", false), bigint("awe_allocated_kb", false),
      bigint("shared_memory_reserved_kb", false), bigint("shared_memory_committed_kb", false),
      bigint("page_size_in_bytes", false), varbinary("page_allocator_address", 8, false),
      varbinary("host_address", 8, false));

  @Override
  public String name() {
    return "dm_os_memory_clerks";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    ServerMemory m = ServerMemory.now(session);
    return List.of(
        clerk(1, "MEMORYCLERK_SQLBUFFERPOOL", m.cacheKb(), 0, 0, m.cachePinnedKb()),
        clerk(2, "MEMORYCLERK_SQLGENERAL", m.heapUsedKb(), m.heapMaxKb(), m.heapCommittedKb(), 0),
        clerk(3, "MEMORYCLERK_SQLSTORENG", m.storeKb(), 0, 0, 0),
        clerk(4, "MEMORYCLERK_SOSNODE", m.nonHeapUsedKb(), 0, m.nonHeapCommittedKb(), 0));
  }

  private static Object[] clerk(int n, String type, long pagesKb, long reservedKb, long committedKb, long lockedKb) {
    return new Object[] {
      address(0x7300_0000L + n), type, "Default", 0, pagesKb, reservedKb, committedKb, lockedKb, 0L, 0L, 8192L,
      address(0x7310_0000L + n), new byte[8]
    };
  }

  private static byte[] address(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }
}
