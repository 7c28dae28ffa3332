package dev.quern.engine.plan;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * Reads every row of a user table ({@code databaseId} picks the store): columns in table order,
 * the non-persisted computed ones computed as each row is read ({@code computed}).
 */
public record TableScanNode(
    int databaseId, String qualifiedName, Table table, List<ResultColumn> columns, ComputedColumns computed)
    implements PlanNode {
  public TableScanNode {
    columns = List.copyOf(columns);
  }

  public TableScanNode(int databaseId, String qualifiedName, Table table, List<ResultColumn> columns) {
    this(databaseId, qualifiedName, table, columns, ComputedColumns.NONE);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "TableScan(" + qualifiedName + ")";
  }
}
