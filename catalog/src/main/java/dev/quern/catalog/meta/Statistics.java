package dev.quern.catalog.meta;

import java.util.List;

/**
 * A statistics object of a table ("Statistics", sys.stats): one per index, numbered and named as
 * the index (stats_id = index_id), or made by CREATE STATISTICS ({@code userCreated}) over
 * columns of its own with an optional filter. {@code content} is what the last UPDATE STATISTICS
 * (or CREATE STATISTICS, CREATE INDEX) computed from the data; null until then, as SQL Server's
 * statistics of an index created on a table are until first built.
 */
public record Statistics(
    int objectId,
    int statsId,
    String name,
    boolean userCreated,
    List<Integer> columnIds,
    String filter,
    boolean noRecompute,
    StatisticsContent content) {
  public Statistics {
    columnIds = List.copyOf(columnIds);
  }

  public Statistics withContent(StatisticsContent c) {
    return new Statistics(objectId, statsId, name, userCreated, columnIds, filter, noRecompute, c);
  }

  public Statistics withNoRecompute(boolean on) {
    return new Statistics(objectId, statsId, name, userCreated, columnIds, filter, on, content);
  }

  public Statistics withStatsId(int id) {
    return new Statistics(objectId, id, name, userCreated, columnIds, filter, noRecompute, content);
  }
}
