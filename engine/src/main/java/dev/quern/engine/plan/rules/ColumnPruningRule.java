package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Project or Aggregate over Filter?(TableScan) decodes only the columns its expressions and filter
 * read: {@code SELECT SUM(v) FROM t} does not build every row's strings. Left whole when any
 * expression is of a kind that may read the row other than through its operands (a subquery), or
 * when the table has non-persisted computed columns (they are computed from other columns).
 */
final class ColumnPruningRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    List<BoundExpr> read = ReadingNodes.exprsRead(node);
    if (read == null) {
      return node;
    }
    PlanNode in = pruned(ReadingNodes.input(node), read);
    return in == null ? node : ReadingNodes.withInput(node, in);
  }


  /** {@code input} with its scan reading only what {@code exprs} read, or null when it cannot. */
  private static PlanNode pruned(PlanNode input, List<BoundExpr> exprs) {
    FilterNode filter = input instanceof FilterNode f ? f : null;
    PlanNode access = filter == null ? input : filter.input();
    if (!(access instanceof TableScanNode scan) || scan.read() != null || scan.computed().hasVirtual()) {
      return null;
    }
    int width = scan.columns().size();
    BitSet read = new BitSet(width);
    List<BoundExpr> all = new ArrayList<>(exprs);
    if (filter != null) {
      all.add(filter.predicate());
    }
    for (BoundExpr e : all) {
      if (!collect(e, width, read)) {
        return null;
      }
    }
    if (read.cardinality() == width) {
      return null;
    }
    TableScanNode narrowed = scan.reading(read);
    return filter == null ? narrowed : new FilterNode(narrowed, filter.predicate());
  }

  /** Marks the columns {@code e} reads; false when that cannot be known. */
  static boolean collect(BoundExpr e, int width, BitSet read) {
    if (e instanceof ColumnExpr c) {
      if (c.index() < 0 || c.index() >= width) {
        return false;
      }
      read.set(c.index());
      return true;
    }
    List<BoundExpr> operands = e.operands();
    if (operands == null) {
      return false;
    }
    for (BoundExpr o : operands) {
      if (!collect(o, width, read)) {
        return false;
      }
    }
    return true;
  }
}
