package dev.quern.engine.showplan;

import dev.quern.catalog.meta.IndexKind;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.plan.rules.KeySeek;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;

/**
 * INSERT, UPDATE and DELETE as showplan operators: a Clustered Index Insert/Update/Delete (Table
 * Insert/Update/Delete on a heap) over the rows it changes: the INSERT's source, or the target's
 * rows read by the seek Quern chose (or a scan) under the WHERE as a Filter. Quern maintains
 * nonclustered indexes inside that operator, so the plan shows no separate Index operators.
 */
public final class DmlOperators {
  private DmlOperators() {}

  /** The plan of {@code plan}; null for an INSERT … EXEC, whose rows come from no query. */
  public static PlanOperator map(DmlPlan plan, OperatorMapper mapper) {
    if (plan instanceof DmlPlan.Insert i && i.source() == null) {
      return null;
    }
    int id = mapper.nextId();
    ResolvedTable target = plan.target();
    TableScanNode scan = scanOf(target);
    PlanOperator input = switch (plan) {
      case DmlPlan.Insert i -> mapper.map(i.source(), mapper.nextId());
      case DmlPlan.Update u -> mapper.map(read(scan, u.seek(), u.where()), mapper.nextId());
      case DmlPlan.Delete d -> mapper.map(read(scan, d.seek(), d.where()), mapper.nextId());
    };
    String logical = switch (plan) {
      case DmlPlan.Insert i -> "Insert";
      case DmlPlan.Update u -> "Update";
      case DmlPlan.Delete d -> "Delete";
    };
    boolean heap = target.table().rowIndex().kind() == IndexKind.HEAP;
    String physical = (heap ? "Table " : "Clustered Index ") + logical;
    TableAccess.Target t = mapper.tables().target(scan);
    XmlElement element = new XmlElement("Update").attr("DMLRequestSort", "0").add(t.object(target.table().rowIndex()));
    double rows = input.estimateRows();
    String arg = "OBJECT:(" + t.text() + (heap ? "" : ".[" + target.table().rowIndex().name() + "]") + ")";
    return mapper.inner(id, physical, logical, rows, Estimates.FIRST_PAGE_IO * Math.max(1, rows / 100),
        Estimates.perRow(rows, 0.000001), List.of(), arg, null, element, -1, List.of(input));
  }

  private static TableScanNode scanOf(ResolvedTable target) {
    List<ResultColumn> columns = target.table().columns().stream()
        .map(c -> new ResultColumn(c.name(), c.type(), c.nullable()))
        .toList();
    return new TableScanNode(target.database().id(), target.schemaQualified(), target.table(), columns);
  }

  private static PlanNode read(TableScanNode scan, KeySeek.Seek seek, BoundExpr where) {
    PlanNode rows = seek == null ? scan : new IndexSeekNode(scan, seek.index(), seek.keys(), seek.low(), seek.high(), false);
    return where == null ? rows : new FilterNode(rows, where);
  }
}
