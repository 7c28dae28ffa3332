package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.func.OpenJsonRows;
import java.util.List;

/**
 * OPENJSON(json[, path]): with an empty {@code schema} the default columns key, value and type;
 * otherwise one column per WITH column, of its declared type.
 */
public record OpenJsonNode(BoundExpr json, BoundExpr path, List<OpenJsonRows.Column> schema, List<SqlType> types)
    implements PlanNode {
  public OpenJsonNode {
    schema = List.copyOf(schema);
    types = List.copyOf(types);
  }

  @Override
  public List<ResultColumn> columns() {
    if (schema.isEmpty()) {
      return List.of(
          new ResultColumn("key", SqlType.ofLength(dev.quern.catalog.type.TypeId.NVARCHAR, 4000), true),
          new ResultColumn("value", SqlTypes.NVARCHAR_MAX, true),
          new ResultColumn("type", SqlTypes.INT, true));
    }
    List<ResultColumn> columns = new java.util.ArrayList<>();
    for (int i = 0; i < schema.size(); i++) {
      columns.add(new ResultColumn(schema.get(i).name(), types.get(i), true));
    }
    return List.copyOf(columns);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "OpenJson(" + json.toSql() + (path == null ? "" : ", " + path.toSql()) + ")";
  }
}
