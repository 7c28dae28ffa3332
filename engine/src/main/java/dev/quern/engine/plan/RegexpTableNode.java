package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.func.RegexpTable;
import java.util.List;

/**
 * REGEXP_MATCHES or REGEXP_SPLIT_TO_TABLE (SQL Server 2025) over a string, a pattern and optional
 * flags ({@code flags} null when the call has none): the rows {@link RegexpTable} cuts, with the
 * matched text typed as the source ({@code valueType}). The table function is per call site and
 * keeps its compiled pattern. As in SQL Server the columns are NOT NULL, but for the matched text
 * of a source that is not a constant.
 */
public record RegexpTableNode(RegexpTable table, BoundExpr string, BoundExpr pattern, BoundExpr flags, SqlType valueType)
    implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    if (table.name().equals("REGEXP_MATCHES")) {
      return List.of(
          new ResultColumn("match_id", SqlTypes.BIGINT, false),
          new ResultColumn("start_position", SqlTypes.INT, false),
          new ResultColumn("end_position", SqlTypes.INT, false),
          new ResultColumn("match_value", valueType, !string.isConstant()),
          new ResultColumn("substring_matches", SqlTypes.VARCHAR_MAX, false));
    }
    return List.of(new ResultColumn("value", valueType, !string.isConstant()), new ResultColumn("ordinal", SqlTypes.BIGINT, false));
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return table.name() + "(" + string.toSql() + ", " + pattern.toSql() + (flags == null ? "" : ", " + flags.toSql()) + ")";
  }
}
