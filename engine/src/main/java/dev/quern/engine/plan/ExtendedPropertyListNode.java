package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * fn_listextendedproperty(name, level0type, level0name, level1type, level1name, level2type,
 * level2name) ("sys.fn_listextendedproperty (Transact-SQL)"): the seven arguments as sysname.
 */
public record ExtendedPropertyListNode(List<BoundExpr> args) implements PlanNode {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("objtype", SqlTypes.SYSNAME, true),
          new ResultColumn("objname", SqlTypes.SYSNAME, true),
          new ResultColumn("name", SqlTypes.SYSNAME, true),
          new ResultColumn("value", SqlTypes.SQL_VARIANT, true));

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
    return "ListExtendedProperty(" + String.join(", ", args.stream().map(BoundExpr::toSql).toList()) + ")";
  }
}
