package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * CHANGETABLE(CHANGES table, last_sync_version) or CHANGETABLE(VERSION table, (keys), (values))
 * ("CHANGETABLE (Transact-SQL)"): the tracked changes of a table since a version, or the latest
 * change of one row. {@code since} is set for CHANGES, {@code keyValues} (in primary key order)
 * for VERSION.
 */
public record ChangeTableNode(ResolvedTable table, BoundExpr since, List<BoundExpr> keyValues,
    List<ResultColumn> columns) implements PlanNode {
  private static final SqlType CONTEXT = SqlType.ofLength(TypeId.VARBINARY, 128);

  /** The columns of CHANGES ({@code changes}) or VERSION, then the primary key's. */
  public static List<ResultColumn> columnsOf(boolean changes, List<dev.quern.catalog.meta.Column> key) {
    List<ResultColumn> out = new ArrayList<>();
    out.add(new ResultColumn("SYS_CHANGE_VERSION", SqlTypes.BIGINT, true));
    if (changes) {
      out.add(new ResultColumn("SYS_CHANGE_CREATION_VERSION", SqlTypes.BIGINT, true));
      out.add(new ResultColumn("SYS_CHANGE_OPERATION", SqlType.ofLength(TypeId.NCHAR, 1), true));
      out.add(new ResultColumn("SYS_CHANGE_COLUMNS", SqlType.ofLength(TypeId.VARBINARY, 4100), true));
    }
    out.add(new ResultColumn("SYS_CHANGE_CONTEXT", CONTEXT, true));
    for (var c : key) {
      out.add(new ResultColumn(c.name(), c.type(), !changes));
    }
    return List.copyOf(out);
  }

  public boolean changes() {
    return since != null;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "ChangeTable(" + (changes() ? "CHANGES " : "VERSION ") + table.schemaQualified() + ")";
  }
}
