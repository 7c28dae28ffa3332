package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.OuterColumnExpr;
import dev.quern.engine.plan.HashJoinNode;

/**
 * In a correlated subquery's WHERE, {@code column = outer column} (either way round, no COLLATE): a
 * column of the subquery's row equal to a column of an enclosing row, of types that hash alike —
 * what a semi join or an index spool can key on.
 */
record OuterEquality(ColumnExpr column, OuterColumnExpr outer, HashJoinNode.KeyKind kind) {
  /** {@code e} as such an equality over a row {@code width} columns wide, or null. */
  static OuterEquality of(BoundExpr e, int width) {
    if (!(e instanceof ComparisonPredicate c) || !c.op().equals("=") || c.collation() != null) {
      return null;
    }
    ColumnExpr column = c.left() instanceof ColumnExpr l ? l : c.right() instanceof ColumnExpr r ? r : null;
    OuterColumnExpr outer =
        c.left() instanceof OuterColumnExpr l ? l : c.right() instanceof OuterColumnExpr r ? r : null;
    if (column == null || outer == null || column.index() < 0 || column.index() >= width) {
      return null;
    }
    HashJoinNode.KeyKind kind = HashJoinNode.KeyKind.of(outer.type().id(), column.type().id());
    return kind == null ? null : new OuterEquality(column, outer, kind);
  }
}
