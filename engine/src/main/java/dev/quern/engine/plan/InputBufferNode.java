package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * sys.dm_exec_input_buffer(session_id, request_id): the last text the session sent, one row, or
 * none for a session that does not exist ("sys.dm_exec_input_buffer (Transact-SQL)").
 */
public record InputBufferNode(BoundExpr sessionId, BoundExpr requestId) implements PlanNode {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("event_type", dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 256), true),
          new ResultColumn("parameters", SqlTypes.SMALLINT, true),
          new ResultColumn("event_info", SqlTypes.NVARCHAR_MAX, true));

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
    return "InputBuffer(" + sessionId.toSql() + ", " + requestId.toSql() + ")";
  }
}
