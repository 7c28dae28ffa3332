package dev.quern.engine.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How queries used each index since start (sys.dm_db_index_usage_stats): a seek, scan or lookup
 * counted once per run of a plan operator that reads the index (not per row), an update once per
 * statement writing the table, for each index it maintains — as SQL Server counts them. One map
 * lookup and one counter increment per operator; at most {@value #MAX_INDEXES} indexes are
 * tracked, so no stream of created and dropped tables can grow it without bound.
 */
public final class IndexUsage {
  static final int MAX_INDEXES = 100_000;

  /** One index of one table of one database. */
  public record Key(int databaseId, int objectId, int indexId) {}

  /** The counters of one index; the last_* times are System.nanoTime readings, 0 for never. */
  public static final class Counters {
    final LongAdder seeks = new LongAdder();
    final LongAdder scans = new LongAdder();
    final LongAdder lookups = new LongAdder();
    final LongAdder updates = new LongAdder();
    final LongAdder leafInserts = new LongAdder();
    final LongAdder leafDeletes = new LongAdder();
    final LongAdder leafUpdates = new LongAdder();
    volatile long lastSeek;
    volatile long lastScan;
    volatile long lastLookup;
    volatile long lastUpdate;

    public long seeks() {
      return seeks.sum();
    }

    public long scans() {
      return scans.sum();
    }

    public long lookups() {
      return lookups.sum();
    }

    public long updates() {
      return updates.sum();
    }

    /** Rows inserted into the index (sys.dm_db_index_operational_stats.leaf_insert_count). */
    public long leafInserts() {
      return leafInserts.sum();
    }

    public long leafDeletes() {
      return leafDeletes.sum();
    }

    public long leafUpdates() {
      return leafUpdates.sum();
    }

    public long lastSeek() {
      return lastSeek;
    }

    public long lastScan() {
      return lastScan;
    }

    public long lastLookup() {
      return lastLookup;
    }

    public long lastUpdate() {
      return lastUpdate;
    }
  }

  /** What a use was. */
  public enum Use { SEEK, SCAN, LOOKUP, UPDATE }

  private final Map<Key, Counters> counters = new ConcurrentHashMap<>();

  /** Counts one use of index {@code indexId} of {@code objectId}; its counters (null when none are kept). */
  public Counters used(int databaseId, int objectId, int indexId, Use use) {
    Counters c = counters.get(new Key(databaseId, objectId, indexId));
    if (c == null) {
      if (counters.size() >= MAX_INDEXES) {
        return null;
      }
      c = counters.computeIfAbsent(new Key(databaseId, objectId, indexId), k -> new Counters());
    }
    long now = System.nanoTime();
    switch (use) {
      case SEEK -> {
        c.seeks.increment();
        c.lastSeek = now;
      }
      case SCAN -> {
        c.scans.increment();
        c.lastScan = now;
      }
      case LOOKUP -> {
        c.lookups.increment();
        c.lastLookup = now;
      }
      case UPDATE -> {
        c.updates.increment();
        c.lastUpdate = now;
      }
    }
    return c;
  }

  /** How a statement changed an index's rows (its leaf level, in SQL Server's terms). */
  public enum Leaf { INSERT, DELETE, UPDATE }

  /**
   * Counts {@code rows} rows a statement inserted, deleted or updated in the index of {@code c}
   * (once per statement and index, after the statement wrote them: no per-row cost).
   */
  public static void rows(Counters c, Leaf leaf, long rows) {
    if (c == null || rows <= 0) {
      return;
    }
    switch (leaf) {
      case INSERT -> c.leafInserts.add(rows);
      case DELETE -> c.leafDeletes.add(rows);
      case UPDATE -> c.leafUpdates.add(rows);
    }
  }

  /** The counters of one index, or null when it was never used. */
  public Counters of(int databaseId, int objectId, int indexId) {
    return counters.get(new Key(databaseId, objectId, indexId));
  }

  /** The indexes used so far with their counters. */
  public List<Map.Entry<Key, Counters>> all() {
    return new ArrayList<>(counters.entrySet());
  }
}
