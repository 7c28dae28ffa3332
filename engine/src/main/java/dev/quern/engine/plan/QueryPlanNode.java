package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * sys.dm_exec_query_plan(plan_handle): the ShowPlanXML document of the batch behind a plan_handle
 * the DMVs showed (as SET SHOWPLAN_XML returns it), one row, or no row for an unknown or NULL handle.
 */
public record QueryPlanNode(BoundExpr handle) implements PlanNode {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("dbid", SqlTypes.SMALLINT, true),
          new ResultColumn("objectid", SqlTypes.INT, true),
          new ResultColumn("number", SqlTypes.SMALLINT, true),
          new ResultColumn("encrypted", SqlTypes.BIT, false),
          new ResultColumn("query_plan", SqlTypes.XML, true));

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
    return "QueryPlan(" + handle.toSql() + ")";
  }
}
