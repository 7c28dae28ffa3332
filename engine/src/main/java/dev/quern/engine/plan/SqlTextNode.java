package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * sys.dm_exec_sql_text(handle): the text behind a sql_handle the DMVs showed, one row, or no
 * row for an unknown or NULL handle.
 */
public record SqlTextNode(BoundExpr handle) implements PlanNode {
  /** The argument's type: sql_handle and plan_handle are varbinary(64). */
  public static final SqlType HANDLE = SqlType.ofLength(TypeId.VARBINARY, 64);

  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("dbid", SqlTypes.SMALLINT, true),
          new ResultColumn("objectid", SqlTypes.INT, true),
          new ResultColumn("number", SqlTypes.SMALLINT, true),
          new ResultColumn("encrypted", SqlTypes.BIT, false),
          new ResultColumn("text", SqlTypes.NVARCHAR_MAX, true));

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
    return "SqlText(" + handle.toSql() + ")";
  }
}
