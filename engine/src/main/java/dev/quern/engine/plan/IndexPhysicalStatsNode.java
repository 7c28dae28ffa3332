package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * sys.dm_db_index_physical_stats(database_id, object_id, index_id, partition_number, mode): one
 * row per index of the tables asked for ("sys.dm_db_index_physical_stats (Transact-SQL)"). NULL
 * (or DEFAULT, 0, -1 for index_id) means all.
 */
public record IndexPhysicalStatsNode(
    BoundExpr databaseId, BoundExpr objectId, BoundExpr indexId, BoundExpr partitionNumber, BoundExpr mode)
    implements PlanNode {
  private static final SqlType DESC = SqlType.ofLength(TypeId.NVARCHAR, 60);
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("database_id", SqlTypes.SMALLINT, true),
          new ResultColumn("object_id", SqlTypes.INT, true),
          new ResultColumn("index_id", SqlTypes.INT, true),
          new ResultColumn("partition_number", SqlTypes.INT, true),
          new ResultColumn("index_type_desc", DESC, true),
          new ResultColumn("alloc_unit_type_desc", DESC, true),
          new ResultColumn("index_depth", SqlTypes.TINYINT, true),
          new ResultColumn("index_level", SqlTypes.TINYINT, true),
          new ResultColumn("avg_fragmentation_in_percent", SqlTypes.FLOAT, true),
          new ResultColumn("fragment_count", SqlTypes.BIGINT, true),
          new ResultColumn("avg_fragment_size_in_pages", SqlTypes.FLOAT, true),
          new ResultColumn("page_count", SqlTypes.BIGINT, true),
          new ResultColumn("avg_page_space_used_in_percent", SqlTypes.FLOAT, true),
          new ResultColumn("record_count", SqlTypes.BIGINT, true),
          new ResultColumn("ghost_record_count", SqlTypes.BIGINT, true),
          new ResultColumn("version_ghost_record_count", SqlTypes.BIGINT, true),
          new ResultColumn("min_record_size_in_bytes", SqlTypes.INT, true),
          new ResultColumn("max_record_size_in_bytes", SqlTypes.INT, true),
          new ResultColumn("avg_record_size_in_bytes", SqlTypes.FLOAT, true),
          new ResultColumn("forwarded_record_count", SqlTypes.BIGINT, true),
          new ResultColumn("compressed_page_count", SqlTypes.BIGINT, true),
          new ResultColumn("hobt_id", SqlTypes.BIGINT, true));

  /** The result's column names (for {@code SELECT *}). */
  public static List<String> columnNames() {
    return COLUMNS.stream().map(ResultColumn::name).toList();
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "IndexPhysicalStats(" + databaseId.toSql() + ", " + objectId.toSql() + ", " + indexId.toSql() + ", "
        + partitionNumber.toSql() + ", " + mode.toSql() + ")";
  }
}
