package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.VariableExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Project or Aggregate over Filter?(IndexSeek of a nonclustered index) whose expressions (group
 * keys, aggregate arguments) and filter read only
 * columns the index's entries carry (key, INCLUDE and clustered key columns) reads the entries alone,
 * without a row lookup per entry. Expressions of a kind it does not know keep the lookup.
 */
final class CoveringReadRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    List<BoundExpr> read = ReadingNodes.exprsRead(node);
    if (read == null) {
      return node;
    }
    PlanNode in = covering(ReadingNodes.input(node), read);
    return in == null ? node : ReadingNodes.withInput(node, in);
  }


  /** {@code input} reading index entries alone, or null when it cannot (or already does). */
  private static PlanNode covering(PlanNode input, List<BoundExpr> read) {
    PlanNode access = input;
    FilterNode filter = access instanceof FilterNode f ? f : null;
    if (filter != null) {
      access = filter.input();
    }
    if (!(access instanceof IndexSeekNode seek)
        || seek.index().holdsRows()
        || seek.covering()
        || !seek.table().locks().isNone()) { // hints lock the rows: they must be read
      return null;
    }
    Table table = seek.table().table();
    Set<Integer> covered = covered(table, seek.index());
    for (BoundExpr e : read) {
      if (!reads(e, table, covered)) {
        return null;
      }
    }
    if (filter != null && !reads(filter.predicate(), table, covered)) {
      return null;
    }
    PlanNode entries = seek.covered();
    return filter == null ? entries : new FilterNode(entries, filter.predicate());
  }

  /** The column ids an entry of {@code index} carries. */
  private static Set<Integer> covered(Table table, Index index) {
    Set<Integer> ids = new HashSet<>(index.includes());
    index.keys().forEach(k -> ids.add(k.columnId()));
    for (IndexColumn k : table.rowIndex().keys()) {
      ids.add(k.columnId());
    }
    return ids;
  }

  /** Whether {@code e} reads only covered columns of the row (false for any unknown kind). */
  private static boolean reads(BoundExpr e, Table table, Set<Integer> covered) {
    return switch (e) {
      case ColumnExpr c ->
          c.index() >= 0
              && c.index() < table.columns().size()
              && covered.contains(table.columns().get(c.index()).columnId());
      case Constant c -> true;
      case VariableExpr v -> true;
      case ComparisonPredicate c -> reads(c.left(), table, covered) && reads(c.right(), table, covered);
      case LogicalPredicate l -> reads(l.left(), table, covered) && reads(l.right(), table, covered);
      default -> false;
    };
  }
}
