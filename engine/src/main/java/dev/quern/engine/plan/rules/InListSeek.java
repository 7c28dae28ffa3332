package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.InListPredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.VariableExpr;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.SeekListNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A WHERE condition {@code col IN (v1, v2, …)} or {@code col = v1 OR col = v2 …}, the values
 * constants or variables, on the leading key column of an index: one seek per value
 * ({@link SeekListNode}) instead of a scan. The clustered index is preferred, then a unique one.
 */
final class InListSeek {
  private InListSeek() {}

  static Optional<SeekListNode> find(BoundExpr where, TableScanNode scan, List<Index> candidates) {
    for (BoundExpr condition : Conjuncts.of(where)) {
      List<BoundExpr> values = new ArrayList<>();
      ColumnExpr column = listed(condition, values);
      if (column == null || column.index() < 0 || column.index() >= scan.table().columns().size()) {
        continue;
      }
      Column col = scan.table().columns().get(column.index());
      if (values.stream().anyMatch(v -> !KeySeek.seeksEquality(v.type().id(), col.type().id()))) {
        continue;
      }
      Index best = null;
      for (Index index : candidates) {
        if (index.keys().isEmpty() || index.disabled() || index.filter() != null
            || index.keys().getFirst().columnId() != col.columnId()
            || index.kind() != IndexKind.CLUSTERED && index.kind() != IndexKind.NONCLUSTERED) {
          continue;
        }
        if (best == null || rank(index) > rank(best)) {
          best = index;
        }
      }
      if (best != null) {
        return Optional.of(new SeekListNode(new IndexSeekNode(scan, best, List.of()), values));
      }
    }
    return Optional.empty();
  }

  private static int rank(Index index) {
    return index.holdsRows() ? 2 : index.unique() ? 1 : 0;
  }

  /** The column {@code e} lists values of (adding them to {@code values}), or null. */
  private static ColumnExpr listed(BoundExpr e, List<BoundExpr> values) {
    if (e instanceof InListPredicate in && !in.not() && in.operand() instanceof ColumnExpr c
        && in.items().stream().allMatch(InListSeek::fixed)) {
      values.addAll(in.items());
      return c;
    }
    if (e instanceof LogicalPredicate l && !l.isAnd()) {
      ColumnExpr left = listed(l.left(), values);
      ColumnExpr right = left == null ? null : listed(l.right(), values);
      return right != null && right.index() == left.index() ? left : null;
    }
    if (e instanceof ComparisonPredicate c && c.op().equals("=") && c.collation() == null) {
      if (c.left() instanceof ColumnExpr col && fixed(c.right())) {
        values.add(c.right());
        return col;
      }
      if (c.right() instanceof ColumnExpr col && fixed(c.left())) {
        values.add(c.left());
        return col;
      }
    }
    return null;
  }

  private static boolean fixed(BoundExpr e) {
    return e instanceof Constant || e instanceof VariableExpr;
  }
}
