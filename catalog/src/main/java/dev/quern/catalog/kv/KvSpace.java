package dev.quern.catalog.kv;

/**
 * How much disk and memory a store takes now, in bytes (sys.dm_db_file_space_usage,
 * sys.dm_os_memory_clerks). {@code fileBytes}: its table files; {@code liveDataBytes}: the part
 * of them that holds current data (the rest is deleted or overwritten data a compaction would
 * reclaim), at most {@code fileBytes}; {@code memtableBytes}: recent writes held in memory, not yet
 * in a file; {@code indexMemoryBytes}: file indexes and filters held outside the cache;
 * {@code cacheBytes} and {@code cachePinnedBytes}: the block cache's use, and what of it is pinned.
 */
public record KvSpace(
    long fileBytes, long liveDataBytes, long memtableBytes, long indexMemoryBytes, long cacheBytes,
    long cachePinnedBytes) {
  public static final KvSpace NONE = new KvSpace(0, 0, 0, 0, 0, 0);
}
