package dev.quern.engine.plan;

import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;
import java.util.Set;

/**
 * CONTAINSTABLE or FREETEXTTABLE ("CONTAINSTABLE (Transact-SQL)"): the rows of a table's full-text
 * index that match a condition, as [KEY] (the full-text key value) and RANK, read from the inverted
 * index alone. {@code columns}: the column ids searched, null for all; {@code top}: top_n_by_rank,
 * or null.
 */
public record FullTextTableNode(boolean freetext, Catalog catalog, int tableId, String tableName, Set<Integer> searched,
    BoundExpr condition, BoundExpr top, List<ResultColumn> columns) implements PlanNode {
  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return (freetext ? "FreetextTable(" : "ContainsTable(") + tableName + ")";
  }
}
