package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.MissingIndex;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.List;

/**
 * Project or Aggregate over Filter(table read) whose WHERE compares columns with values that no
 * index could seek on (a scan, or a seek on fewer of them) marks the read with the index it lacked
 * ({@link LackedIndex}), the other columns the query reads as its included columns. Done once,
 * when the plan is bound; a read whose hints chose its index is left alone, as SQL Server leaves it.
 */
final class MissingIndexRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    List<BoundExpr> read = ReadingNodes.exprsRead(node);
    if (read == null || !(ReadingNodes.input(node) instanceof FilterNode f)) {
      return node;
    }
    PlanNode marked = switch (f.input()) {
      case TableScanNode scan when unmarked(scan) -> lacking(scan, null, f.predicate(), read);
      case IndexSeekNode seek when unmarked(seek.table()) -> lacking(seek.table(), seek, f.predicate(), read);
      default -> null;
    };
    return marked == null ? node : ReadingNodes.withInput(node, new FilterNode(marked, f.predicate()));
  }

  private static boolean unmarked(TableScanNode scan) {
    return scan.missing() == null && scan.access() == null;
  }

  /** The read marked with the index it lacks, or null when none would seek better. */
  private static PlanNode lacking(TableScanNode scan, IndexSeekNode seek, BoundExpr where, List<BoundExpr> read) {
    MissingIndex m = seek == null
        ? LackedIndex.of(scan.table(), where, null, 0, false, read)
        : LackedIndex.of(scan.table(), where, seek.index(), seek.keys().size(), seek.ranged(), read);
    if (m == null) {
      return null;
    }
    TableScanNode marked = scan.lacking(m);
    return seek == null ? marked
        : new IndexSeekNode(marked, seek.index(), seek.keys(), seek.low(), seek.high(), seek.reverse(), seek.covering());
  }
}
