package dev.quern.engine.stats;

import dev.quern.catalog.meta.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The indexes queries lacked since the server started ("sys.dm_db_missing_index_details",
 * "_groups", "_group_stats"): one entry per table and set of equality, inequality and included
 * columns, each its own group (SQL Server's groups hold one index too), counting the compiled plans
 * that found it and the runs that would have sought it. Kept in memory, so a restart empties it, as
 * SQL Server's does; at most {@value #MAX_GROUPS} groups, SQL Server's limit, so no stream of
 * queries can grow it without bound. An entry whose table changed since (an index created, a column
 * added or dropped) is dropped when next read, as SQL Server drops a table's missing indexes when
 * its metadata changes.
 */
public final class MissingIndexes {
  static final int MAX_GROUPS = 600;
  /** The queries kept per group for sys.dm_db_missing_index_group_stats_query. */
  static final int MAX_QUERIES = 100;

  /** How one query (a statement of a cached plan) needed a missing index. */
  public static final class QueryUse {
    private final LongAdder seeks = new LongAdder();
    private volatile long lastSeek;

    public long seeks() {
      return seeks.sum();
    }

    /** System.currentTimeMillis of the last use. */
    public long lastSeek() {
      return lastSeek;
    }
  }

  /** What a missing index is: a table of a database and its columns, by id in table order. */
  public record Key(int databaseId, int objectId, List<Integer> equality, List<Integer> inequality,
      List<Integer> included) {}

  /**
   * One missing index and its group's counters; {@code table} is the table as it was when the
   * index was found, {@code qualifiedName} its schema-qualified name; the last_* times are
   * System.currentTimeMillis readings, 0 for never.
   */
  public static final class Entry {
    private final int indexHandle;
    private final int groupHandle;
    private final Key key;
    private final Table table;
    private final String qualifiedName;
    private final int seekKeys;
    private final boolean ranged;
    private final LongAdder compiles = new LongAdder();
    /** The cached batches whose plans found this index (weakly: a plan evicted is forgotten). */
    private final java.util.Set<Object> compiledBy =
        java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    /** The queries that needed it (weakly: a statement whose plan left the cache is forgotten). */
    private final Map<StatementStats, QueryUse> queries = new java.util.WeakHashMap<>();
    private final LongAdder seeks = new LongAdder();
    private volatile long lastSeek;

    Entry(int indexHandle, int groupHandle, Key key, Table table, String qualifiedName, int seekKeys, boolean ranged) {
      this.indexHandle = indexHandle;
      this.groupHandle = groupHandle;
      this.key = key;
      this.table = table;
      this.qualifiedName = qualifiedName;
      this.seekKeys = seekKeys;
      this.ranged = ranged;
    }

    public int indexHandle() {
      return indexHandle;
    }

    public int groupHandle() {
      return groupHandle;
    }

    public Key key() {
      return key;
    }

    public Table table() {
      return table;
    }

    public String qualifiedName() {
      return qualifiedName;
    }

    /** How many equality columns the queries sought on an existing index (0: they scanned). */
    public int seekKeys() {
      return seekKeys;
    }

    public boolean ranged() {
      return ranged;
    }

    /** Counts a use by {@code query} (at most {@value #MAX_QUERIES} queries are kept). */
    synchronized void usedBy(StatementStats query, long now) {
      QueryUse use = queries.get(query);
      if (use == null) {
        if (queries.size() >= MAX_QUERIES) {
          return;
        }
        use = new QueryUse();
        queries.put(query, use);
      }
      use.seeks.increment();
      use.lastSeek = now;
    }

    /** The queries that needed this index, with their uses. */
    public synchronized List<Map.Entry<StatementStats, QueryUse>> queries() {
      return new ArrayList<>(queries.entrySet());
    }

    /** Whether {@code plan} found this index for the first time. */
    synchronized boolean compiledOnce(Object plan) {
      return compiledBy.add(plan);
    }

    public long compiles() {
      return compiles.sum();
    }

    public long seeks() {
      return seeks.sum();
    }

    public long lastSeek() {
      return lastSeek;
    }
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger handles = new AtomicInteger();

  /**
   * Counts one run of a plan whose read of {@code table} lacked the index {@code key}; {@code plan}
   * stands for the compiled plan: the cached batch that ran it (Quern binds a statement over tables
   * each time it runs, but the batch lives as long as its cached plan), so each batch, procedure or
   * prepared statement counts one compilation (null: a compilation each time); {@code query} the
   * statement's plan cache counters (null: a statement the plan cache does not count).
   */
  public void used(
      Key key, Table table, String qualifiedName, int seekKeys, boolean ranged, Object plan, StatementStats query) {
    Entry e = entries.get(key);
    if (e == null || e.table != table && !e.table.equals(table)) {
      if (e == null && entries.size() >= MAX_GROUPS) {
        return;
      }
      Entry fresh = new Entry(handles.incrementAndGet(), handles.incrementAndGet(), key, table, qualifiedName, seekKeys,
          ranged);
      e = e == null ? entries.computeIfAbsent(key, k -> fresh) : entries.merge(key, fresh, (old, neu) -> neu);
    }
    if (plan == null || e.compiledOnce(plan)) {
      e.compiles.increment();
    }
    long now = System.currentTimeMillis();
    e.seeks.increment();
    e.lastSeek = now;
    if (query != null) {
      e.usedBy(query, now);
    }
  }

  /** Drops the entry of {@code key} (its table changed or is gone). */
  public void drop(Entry e) {
    entries.remove(e.key, e);
  }

  /** The missing indexes found so far. */
  public List<Entry> all() {
    return new ArrayList<>(entries.values());
  }
}
