package dev.quern.engine.plan;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * Reads every row of a user table ({@code databaseId} picks the store): columns in table order.
 */
public record TableScanNode(int databaseId, String qualifiedName, Table table, List<ResultColumn> columns)
    implements PlanNode {
  public TableScanNode {
    columns = List.copyOf(columns);
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
