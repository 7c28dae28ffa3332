package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.IndexUsage;
import dev.quern.engine.store.ObjectNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sys.dm_db_index_usage_stats ("sys.dm_db_index_usage_stats (Transact-SQL)"): per index used
 * since start, how many seeks, scans, lookups and updates user queries made ({@link IndexUsage})
 * and when last. Quern's own reads of its catalog are not index reads, so the system_* columns are
 * 0 and NULL. An index dropped since is left out.
 */
final class IndexUsageStatsView implements SystemView {
  private static final List<ResultColumn> COLUMNS = declareColumns();

  private static List<ResultColumn> declareColumns() {
    List<ResultColumn> c = new ArrayList<>();
    c.add(smallint("database_id", false));
    c.add(integer("object_id", false));
    c.add(integer("index_id", false));
    for (String who : List.of("user", "system")) {
      for (String use : List.of("seeks", "scans", "lookups", "updates")) {
        c.add(bigint(who + "_" + use, false));
      }
      for (String use : List.of("seek", "scan", "lookup", "update")) {
        c.add(datetime("last_" + who + "_" + use, true));
      }
    }
    return List.copyOf(c);
  }

  @Override
  public String name() {
    return "dm_db_index_usage_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (Map.Entry<IndexUsage.Key, IndexUsage.Counters> e : session.server().indexUsage().all()) {
      IndexUsage.Key k = e.getKey();
      if (exists(session, k)) {
        rows.add(row(k, e.getValue()));
      }
    }
    rows.sort(java.util.Comparator.<Object[]>comparingInt(r -> (Integer) r[0])
        .thenComparingInt(r -> (Integer) r[1]).thenComparingInt(r -> (Integer) r[2]));
    return rows;
  }

  private static boolean exists(SessionState session, IndexUsage.Key k) {
    return ObjectNames.objectById(session.store(), k.databaseId(), k.objectId())
        .filter(o -> o instanceof Table t && t.index(k.indexId()).isPresent())
        .isPresent();
  }

  private static Object[] row(IndexUsage.Key k, IndexUsage.Counters c) {
    return new Object[] {
      k.databaseId(), k.objectId(), k.indexId(),
      c.seeks(), c.scans(), c.lookups(), c.updates(),
      time(c.lastSeek()), time(c.lastScan()), time(c.lastLookup()), time(c.lastUpdate()),
      0L, 0L, 0L, 0L, null, null, null, null
    };
  }

  /** A System.nanoTime reading as the local datetime it was; NULL for never. */
  private static java.time.LocalDateTime time(long nanoTime) {
    if (nanoTime == 0) {
      return null;
    }
    return localDatetime(Instant.now().minusNanos(System.nanoTime() - nanoTime));
  }
}
