package dev.quern.engine.statistics;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * sys.dm_db_stats_properties.modification_counter: the row changes to a statistics object's
 * leading column since it was last updated, as SQL Server counts them per leading column. An
 * INSERT or DELETE counts its rows for every column, an UPDATE for the columns it assigns. Kept
 * in memory since start (a restart begins again at 0): one map lookup and a {@link LongAdder}
 * per DML statement, never per row. At most {@value #MAX_TABLES} tables are tracked, so no stream
 * of created and dropped tables grows it without bound.
 */
public final class StatisticsModifications {
  static final int MAX_TABLES = 100_000;

  private record Key(int databaseId, int objectId) {}

  /** One table's counts, and each statistics object's reading of them at its last update. */
  private static final class Counts {
    final LongAdder rows = new LongAdder();
    final Map<Integer, LongAdder> updatedColumns = new ConcurrentHashMap<>();
    final Map<Integer, Long> baselines = new ConcurrentHashMap<>();

    long of(int columnId) {
      LongAdder updated = updatedColumns.get(columnId);
      return rows.sum() + (updated == null ? 0 : updated.sum());
    }
  }

  private final Map<Key, Counts> tables = new ConcurrentHashMap<>();

  /** A DML statement changed {@code n} rows of {@code t}; {@code assigned}: UPDATE's columns, lower case. */
  public void changed(int databaseId, Table t, String event, Set<String> assigned, long n) {
    if (n <= 0) {
      return;
    }
    Counts c = counts(databaseId, t.id());
    if (c == null) {
      return;
    }
    if (!event.equals("UPDATE")) {
      c.rows.add(n);
      return;
    }
    for (Column col : t.columns()) {
      if (assigned.contains(col.name().toLowerCase(Locale.ROOT))) {
        c.updatedColumns.computeIfAbsent(col.columnId(), k -> new LongAdder()).add(n);
      }
    }
  }

  /** The changes to {@code leadingColumnId} since statistics {@code statsId} were last updated. */
  public long since(int databaseId, int objectId, int statsId, int leadingColumnId) {
    Counts c = tables.get(new Key(databaseId, objectId));
    return c == null ? 0 : c.of(leadingColumnId) - c.baselines.getOrDefault(statsId, 0L);
  }

  /** Statistics {@code statsId} were updated now: their counter starts again from 0. */
  public void updated(int databaseId, int objectId, int statsId, int leadingColumnId) {
    Counts c = counts(databaseId, objectId);
    if (c != null) {
      c.baselines.put(statsId, c.of(leadingColumnId));
    }
  }

  private Counts counts(int databaseId, int objectId) {
    Key key = new Key(databaseId, objectId);
    Counts c = tables.get(key);
    if (c == null && tables.size() < MAX_TABLES) {
      c = tables.computeIfAbsent(key, k -> new Counts());
    }
    return c;
  }
}
