package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * sys.dm_exec_query_plan(plan_handle): the ShowPlanXML document of the batch behind a plan_handle
 * the DMVs showed (as SET SHOWPLAN_XML returns it), one row, or no row for an unknown or NULL handle.
 * sys.dm_exec_text_query_plan(plan_handle, statement_start_offset, statement_end_offset) ({@code
 * text}) returns the same document as nvarchar(max) text; its offsets are evaluated but the plan is
 * still the whole batch's (Quern does not cut a statement's plan out of it).
 */
public record QueryPlanNode(BoundExpr handle, boolean text, List<BoundExpr> offsets) implements PlanNode {
  private static final List<ResultColumn> COLUMNS = columns(SqlTypes.XML);
  private static final List<ResultColumn> TEXT_COLUMNS = columns(SqlTypes.NVARCHAR_MAX);

  public QueryPlanNode(BoundExpr handle) {
    this(handle, false, List.of());
  }

  private static List<ResultColumn> columns(dev.quern.catalog.type.SqlType plan) {
    return List.of(
        new ResultColumn("dbid", SqlTypes.SMALLINT, true),
        new ResultColumn("objectid", SqlTypes.INT, true),
        new ResultColumn("number", SqlTypes.SMALLINT, true),
        new ResultColumn("encrypted", SqlTypes.BIT, false),
        new ResultColumn("query_plan", plan, true));
  }

  /** The result's column names (for {@code SELECT *}). */
  public static List<String> columnNames() {
    return COLUMNS.stream().map(ResultColumn::name).toList();
  }

  @Override
  public List<ResultColumn> columns() {
    return text ? TEXT_COLUMNS : COLUMNS;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return (text ? "TextQueryPlan(" : "QueryPlan(") + handle.toSql() + ")";
  }
}
