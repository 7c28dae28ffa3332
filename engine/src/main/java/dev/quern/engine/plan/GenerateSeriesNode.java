package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * GENERATE_SERIES(start, stop[, step]) (SQL Server 2022): one column {@code value} of the
 * arguments' common type; {@code step} null means 1 or -1 toward stop.
 */
public record GenerateSeriesNode(BoundExpr start, BoundExpr stop, BoundExpr step, SqlType type)
    implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    return List.of(new ResultColumn("value", type, false));
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "GenerateSeries(" + start.toSql() + ", " + stop.toSql() + (step == null ? "" : ", " + step.toSql()) + ")";
  }
}
