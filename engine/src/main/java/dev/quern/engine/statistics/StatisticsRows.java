package dev.quern.engine.statistics;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.StatisticsContent;
import dev.quern.catalog.meta.StatisticsContent.HistogramStep;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistics object as DBCC SHOW_STATISTICS and the stats DMFs show it: the header, the density
 * vector and the histogram, with SQL Server's column types (real for densities and row estimates,
 * bigint for counts, the leading column's own type for RANGE_HI_KEY).
 */
public final class StatisticsRows {
  private StatisticsRows() {}

  /** When the statistics were last updated, in the server's local time (null: never). */
  public static LocalDateTime updated(Statistics s) {
    return s.content() == null ? null : local(s.content().updated());
  }

  static LocalDateTime local(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneId.systemDefault());
  }

  /**
   * STAT_HEADER: Name, Updated, Rows, Rows Sampled, Steps, Density (1 / the distinct values
   * between histogram bounds, 0 when there are none), Average key length, String Index (YES for a
   * character leading column, whose summary SQL Server keeps; Quern keeps none), Filter Expression,
   * Unfiltered Rows, Persisted Sample Percent. Nothing but the name for statistics never built.
   */
  public static Object[] header(Table t, Statistics s) {
    StatisticsContent c = s.content();
    if (c == null) {
      return new Object[] {s.name(), null, null, null, null, null, null, null, s.filter(), null, null};
    }
    long between = c.steps().stream().mapToLong(HistogramStep::distinctRangeRows).sum();
    TypeId lead = t.columnById(s.columnIds().getFirst()).type().id();
    return new Object[] {
      s.name(), c.updated() == null ? null : local(c.updated()), c.rows(), c.rowsSampled(), c.steps().size(),
      (float) (between == 0 ? 0 : 1.0 / between), (float) c.averageLengths().getLast().doubleValue(),
      SqlTypes.isCharacter(lead) ? "YES" : "NO", s.filter(), c.unfilteredRows(), 0.0
    };
  }

  /** DENSITY_VECTOR: All density, Average Length, Columns (the prefix's column names). */
  public static List<Object[]> densityVector(Table t, Statistics s) {
    List<Object[]> out = new ArrayList<>();
    StatisticsContent c = s.content();
    if (c == null) {
      return out;
    }
    List<Integer> columns = TableStatistics.densityColumns(t, s);
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < c.densities().size() && i < columns.size(); i++) {
      names.append(i == 0 ? "" : ", ").append(t.columnById(columns.get(i)).name());
      out.add(new Object[] {c.densities().get(i).floatValue(), c.averageLengths().get(i).floatValue(), names.toString()});
    }
    return out;
  }

  /** HISTOGRAM: RANGE_HI_KEY, RANGE_ROWS, EQ_ROWS, DISTINCT_RANGE_ROWS, AVG_RANGE_ROWS. */
  public static List<Object[]> histogram(Statistics s) {
    List<Object[]> out = new ArrayList<>();
    if (s.content() != null) {
      for (HistogramStep h : s.content().steps()) {
        out.add(new Object[] {
          h.highKey(), (float) h.rangeRows(), (float) h.equalRows(), h.distinctRangeRows(), (float) h.averageRangeRows()
        });
      }
    }
    return out;
  }

  /** The type of RANGE_HI_KEY: the leading column's (when the statistics were built). */
  public static SqlType keyType(Table t, Statistics s) {
    return s.content() != null ? s.content().keyType() : t.columnById(s.columnIds().getFirst()).type();
  }

  /**
   * sys.dm_db_stats_properties' row: object_id, stats_id, last_updated, rows, rows_sampled, steps,
   * unfiltered_rows, modification_counter, persisted_sample_percent; no row for statistics never
   * built, as SQL Server returns none for them.
   */
  public static Object[] properties(Table t, Statistics s, long modifications) {
    StatisticsContent c = s.content();
    return new Object[] {
      t.id(), s.statsId(), local(c.updated()), c.rows(), c.rowsSampled(), c.steps().size(), c.unfilteredRows(),
      modifications, 0.0
    };
  }

  /**
   * The rows of sys.dm_db_stats_properties ({@code histogram} false) or sys.dm_db_stats_histogram
   * for statistics {@code statsId} of table {@code objectId} of the session's database; none when
   * either is NULL or unknown, or the statistics were never built.
   */
  public static List<Object[]> of(dev.quern.engine.session.SessionState session, boolean histogram, Integer objectId,
      Integer statsId) {
    if (objectId == null || statsId == null) {
      return List.of();
    }
    int db = session.databaseId();
    var found = TableStatistics.byId(session.store(), db, objectId, statsId).filter(s -> s.content() != null);
    if (found.isEmpty()) {
      return List.of();
    }
    Statistics s = found.get();
    Table t = (Table) dev.quern.engine.store.ObjectNames.objectById(session.store(), db, objectId).orElseThrow();
    if (histogram) {
      return histogramRows(t, s);
    }
    long changed = session.server().statisticsModifications().since(db, objectId, statsId, s.columnIds().getFirst());
    return List.<Object[]>of(properties(t, s, changed));
  }

  /** sys.dm_db_stats_histogram's rows: the steps numbered from 1, range_high_key as sql_variant. */
  public static List<Object[]> histogramRows(Table t, Statistics s) {
    List<Object[]> out = new ArrayList<>();
    if (s.content() == null) {
      return out;
    }
    SqlType type = s.content().keyType();
    int n = 0;
    for (HistogramStep h : s.content().steps()) {
      out.add(new Object[] {
        t.id(), s.statsId(), ++n, h.highKey() == null ? null : new SqlVariant(type, h.highKey()),
        (float) h.rangeRows(), (float) h.equalRows(), h.distinctRangeRows(), (float) h.averageRangeRows()
      });
    }
    return out;
  }
}
