package dev.quern.engine.sys;

import dev.quern.catalog.kv.KvSpace;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Where the server's memory is now, in KB, as sys.dm_os_memory_clerks and
 * sys.dm_resource_governor_resource_pools split it: the JVM heap (sessions, plans, rows in
 * flight), the JVM's own memory outside the heap (classes, compiled code, thread stacks), the two
 * stores' block caches (the pages read from the table files, SQL Server's buffer pool) and their
 * memtables and file indexes (the storage engine's own).
 */
record ServerMemory(
    long heapUsedKb, long heapCommittedKb, long heapMaxKb, long nonHeapUsedKb, long nonHeapCommittedKb,
    long cacheKb, long cachePinnedKb, long storeKb) {
  static ServerMemory now(SessionState session) {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
    Storage storage = session.store().storage();
    KvSpace main = storage.space(1);
    KvSpace temp = storage.space(Storage.TEMPDB_ID);
    return new ServerMemory(heap.getUsed() / 1024, heap.getCommitted() / 1024,
        Runtime.getRuntime().maxMemory() / 1024, nonHeap.getUsed() / 1024, nonHeap.getCommitted() / 1024,
        (main.cacheBytes() + temp.cacheBytes()) / 1024, (main.cachePinnedBytes() + temp.cachePinnedBytes()) / 1024,
        (main.memtableBytes() + main.indexMemoryBytes() + temp.memtableBytes() + temp.indexMemoryBytes()) / 1024);
  }
}
