package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.binary;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.sysindexes ("sys.sysindexes (Transact-SQL)"): a row per heap and index of sys.indexes (name
 * NULL for a heap), with its key count (sys.index_columns), its filegroup, its pages (dpages,
 * reserved and used from sys.dm_db_partition_stats) and rows (sys.partitions). Quern's LSM store
 * has no page pointers or fixed row sizes: first, root, FirstIAM, minlen, xmaxlen and maxirow are
 * NULL; rowmodctr is the modification counter of the index's statistics (NULL while they were never
 * built, and for a heap). keys and statblob are NULL
 * as documented; the columns documented as returning 0 (reserved2-4, StatVersion, impid, pgmodctr)
 * and the internal status, lockflags and maxlen are 0.
 */
final class SysIndexesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("id", false), integer("status", true), binary("first", 6, true), smallint("indid", true),
          binary("root", 6, true), smallint("minlen", true), smallint("keycnt", true), smallint("groupid", true),
          integer("dpages", true), integer("reserved", true), integer("used", true), bigint("rowcnt", true),
          integer("rowmodctr", true), tinyint("reserved3", true), tinyint("reserved4", true),
          smallint("xmaxlen", true), smallint("maxirow", true), tinyint("OrigFillFactor", true),
          tinyint("StatVersion", true), integer("reserved2", true), binary("FirstIAM", 6, true),
          smallint("impid", true), smallint("lockflags", true), integer("pgmodctr", true),
          varbinary("keys", 816, true), sysname("name", true),
          new ResultColumn("statblob", dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.IMAGE, dev.quern.catalog.type.SqlType.MAX), true), integer("maxlen", true), integer("rows", true));

  @Override
  public String name() {
    return "sysindexes";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Map<List<Integer>, ViewRows.Row> stats = byIndex(ViewRows.of("dm_db_partition_stats", session));
    Map<List<Integer>, ViewRows.Row> partitions = byIndex(ViewRows.of("partitions", session));
    Map<List<Integer>, Integer> keys = new HashMap<>();
    for (ViewRows.Row c : ViewRows.of("index_columns", session)) {
      if (c.integer("key_ordinal") > 0) {
        keys.merge(key(c), 1, Integer::sum);
      }
    }
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row i : ViewRows.of("indexes", session)) {
      ViewRows.Row s = stats.get(key(i));
      ViewRows.Row p = partitions.get(key(i));
      Long rows = p == null || p.get("rows") == null ? null : ((Number) p.get("rows")).longValue();
      out.add(new Object[] {i.get("object_id"), 0, null, i.get("index_id"), null, null, keys.getOrDefault(key(i), 0),
        i.get("data_space_id"), pages(s, "in_row_data_page_count"), pages(s, "reserved_page_count"),
        pages(s, "used_page_count"), rows, modifications(session, i), 0, 0, null, null, i.get("fill_factor"), 0, 0, null, 0, 0, 0, null,
        i.get("name"), null, 0, rows == null ? null : Columns.saturatedInt(rows)});
    }
    return out;
  }

  /**
   * rowmodctr: the modification_counter sys.dm_db_stats_properties shows for the index's
   * statistics; NULL for a heap and for statistics never built.
   */
  private static Integer modifications(SessionState session, ViewRows.Row index) {
    List<Object[]> props = dev.quern.engine.statistics.StatisticsRows.of(session, false, index.integer("object_id"),
        index.integer("index_id"));
    return props.isEmpty() ? null : Columns.saturatedInt(((Number) props.getFirst()[7]).longValue());
  }

  private static Integer pages(ViewRows.Row stats, String column) {
    return stats == null ? null : Columns.saturatedInt(((Number) stats.get(column)).longValue());
  }

  private static List<Integer> key(ViewRows.Row r) {
    return List.of(r.integer("object_id"), r.integer("index_id"));
  }

  private static Map<List<Integer>, ViewRows.Row> byIndex(List<ViewRows.Row> rows) {
    Map<List<Integer>, ViewRows.Row> out = new HashMap<>();
    for (ViewRows.Row r : rows) {
      out.putIfAbsent(key(r), r);
    }
    return out;
  }
}
