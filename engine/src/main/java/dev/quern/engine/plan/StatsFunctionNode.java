package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * sys.dm_db_stats_properties(object_id, stats_id) and sys.dm_db_stats_histogram(object_id,
 * stats_id) ("sys.dm_db_stats_properties (Transact-SQL)", "sys.dm_db_stats_histogram"): a built
 * statistics object's header as one row, or its histogram steps; nothing for statistics never
 * built or that do not exist.
 */
public record StatsFunctionNode(boolean histogram, BoundExpr objectId, BoundExpr statsId) implements PlanNode {
  private static final List<ResultColumn> PROPERTIES =
      List.of(
          new ResultColumn("object_id", SqlTypes.INT, true),
          new ResultColumn("stats_id", SqlTypes.INT, true),
          new ResultColumn("last_updated", dev.quern.catalog.type.SqlType.withScale(dev.quern.catalog.type.TypeId.DATETIME2, 7), true),
          new ResultColumn("rows", SqlTypes.BIGINT, true),
          new ResultColumn("rows_sampled", SqlTypes.BIGINT, true),
          new ResultColumn("steps", SqlTypes.INT, true),
          new ResultColumn("unfiltered_rows", SqlTypes.BIGINT, true),
          new ResultColumn("modification_counter", SqlTypes.BIGINT, true),
          new ResultColumn("persisted_sample_percent", SqlTypes.FLOAT, true));
  private static final List<ResultColumn> HISTOGRAM =
      List.of(
          new ResultColumn("object_id", SqlTypes.INT, true),
          new ResultColumn("stats_id", SqlTypes.INT, true),
          new ResultColumn("step_number", SqlTypes.INT, true),
          new ResultColumn("range_high_key", SqlTypes.SQL_VARIANT, true),
          new ResultColumn("range_rows", SqlTypes.REAL, true),
          new ResultColumn("equal_rows", SqlTypes.REAL, true),
          new ResultColumn("distinct_range_rows", SqlTypes.BIGINT, true),
          new ResultColumn("average_range_rows", SqlTypes.REAL, true));

  /** The result's column names (for {@code SELECT *}). */
  public static List<String> columnNames(boolean histogram) {
    return (histogram ? HISTOGRAM : PROPERTIES).stream().map(ResultColumn::name).toList();
  }

  @Override
  public List<ResultColumn> columns() {
    return histogram ? HISTOGRAM : PROPERTIES;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return (histogram ? "StatsHistogram(" : "StatsProperties(") + objectId.toSql() + ", " + statsId.toSql() + ")";
  }
}
