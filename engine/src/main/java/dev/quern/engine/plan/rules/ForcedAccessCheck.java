package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.engine.error.HintErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;

/**
 * Error 8622 for an optimized plan whose table hints were not met: a FORCESEEK table read without a
 * seek (no predicate of its own seeks an index it allows), or a hinted filtered index read where the
 * WHERE does not imply its filter (the index lacks rows the query asks for). It follows the chain of
 * single-input nodes down from the root; a table inside a join is not checked, because Quern joins by
 * hashing or nested scans and has no index nested-loops join that would seek it by the join's keys,
 * nor one whose WHERE SQL Server would seek and Quern's seeks cannot ({@link UnseekedPredicates}).
 */
final class ForcedAccessCheck {
  private ForcedAccessCheck() {}

  static void verify(PlanNode root) {
    BoundExpr where = null;
    PlanNode n = root;
    while (true) {
      switch (n) {
        case TableScanNode scan -> {
          if (scan.access() != null && scan.access().forceSeek() && !seeksElsewhere(scan, where)) {
            throw HintErrors.NO_PLAN.raise();
          }
          return;
        }
        case IndexSeekNode seek -> {
          verify(seek, where);
          return;
        }
        case FilterNode f -> where = f.predicate();
        default -> { }
      }
      if (n.inputs().size() != 1) {
        return;
      }
      n = n.inputs().getFirst();
    }
  }

  /** Whether SQL Server would seek where Quern cannot ({@link UnseekedPredicates}). */
  private static boolean seeksElsewhere(TableScanNode scan, BoundExpr where) {
    return where != null && UnseekedPredicates.onLeadingKey(where, scan.table(), scan.access().seekable(scan.table()));
  }

  private static void verify(IndexSeekNode seek, BoundExpr where) {
    if (seek.table().access() == null) {
      return;
    }
    if (seek.table().access().forceSeek() && seek.keys().isEmpty() && !seek.ranged()
        && !seeksElsewhere(seek.table(), where)) {
      throw HintErrors.NO_PLAN.raise();
    }
    Index index = seek.index();
    if (index.filter() != null && (where == null || !FilterImplication.implies(where, seek.table().table(), index))) {
      throw HintErrors.NO_PLAN.raise();
    }
  }
}
