package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * fn_my_permissions(securable, securable_class) ("sys.fn_my_permissions (Transact-SQL)"): one row
 * per permission the session holds on the securable.
 */
public record MyPermissionsNode(BoundExpr securable, BoundExpr securableClass) implements PlanNode {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("entity_name", SqlTypes.SYSNAME, true),
          new ResultColumn("subentity_name", SqlTypes.SYSNAME, true),
          new ResultColumn("permission_name", SqlType.ofLength(TypeId.NVARCHAR, 60), true));

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
    return "MyPermissions(" + securable.toSql() + ", " + securableClass.toSql() + ")";
  }
}
