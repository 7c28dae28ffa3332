package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.SourceRowValue;
import dev.quern.engine.plan.rules.KeySeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How MERGE can read only the target rows a source row may match: when ON has, among its AND-ed
 * conditions, equalities between the leading key columns of one of the target's indexes and
 * values of the source row, each source row seeks its key there (reading and locking just those
 * rows; with HOLDLOCK, just that key range, whether or not a row is there: the upsert pattern).
 * Without such equalities, or with a WHEN NOT MATCHED BY SOURCE clause (which needs every target
 * row), the target is read whole. ON still decides which rows match.
 */
final class MergeTargetSeek {
  private MergeTargetSeek() {}

  /** The seek over the target, its keys read from {@code current}'s row; null when none applies. */
  static KeySeek.Seek find(
      BindContext bind, Expr on, Table table, ColumnScope target, ColumnScope source, SourceRowValue.Current current) {
    Map<Integer, BoundExpr> equal = new HashMap<>();
    collect(bind, on, table, target, source, current, equal);
    KeySeek.Seek best = null;
    int bestScore = 0;
    for (Index index : table.indexes()) {
      if (index.filter() != null || index.disabled()) {
        continue; // a filtered index lacks the rows outside its filter, a disabled one all
      }
      List<BoundExpr> keys = new ArrayList<>();
      for (IndexColumn k : index.keys()) {
        BoundExpr v = equal.get(k.columnId());
        if (v == null) {
          break;
        }
        keys.add(v);
      }
      boolean full = keys.size() == index.keys().size();
      int score = keys.size() * 8 + (full && index.unique() ? 5 : 0) + (index.holdsRows() ? 1 : 0);
      if (!keys.isEmpty() && score > bestScore) {
        bestScore = score;
        best = new KeySeek.Seek(index, keys);
      }
    }
    return best;
  }

  private static void collect(
      BindContext bind, Expr e, Table table, ColumnScope target, ColumnScope source, SourceRowValue.Current current,
      Map<Integer, BoundExpr> out) {
    switch (e) {
      case ParenExpr p -> collect(bind, p.inner(), table, target, source, current, out);
      case LogicalExpr l when l.and() -> {
        collect(bind, l.left(), table, target, source, current, out);
        collect(bind, l.right(), table, target, source, current, out);
      }
      case ComparisonExpr c when c.op().equals("=") -> {
        if (!pair(bind, c.left(), c.right(), table, target, source, current, out)) {
          pair(bind, c.right(), c.left(), table, target, source, current, out);
        }
      }
      default -> {}
    }
  }

  /** {@code column = value}: a target column and a value of the source row of the same type family. */
  private static boolean pair(
      BindContext bind, Expr column, Expr value, Table table, ColumnScope target, ColumnScope source,
      SourceRowValue.Current current, Map<Integer, BoundExpr> out) {
    if (!(bound(bind, column, target) instanceof ColumnExpr c)) {
      return false;
    }
    BoundExpr v = bound(bind, value, source);
    if (v == null) {
      return false;
    }
    Column col = table.columns().get(c.index());
    if (!sameFamily(v.type().id(), col.type().id())) {
      return false;
    }
    out.putIfAbsent(col.columnId(), new SourceRowValue(v, current));
    return true;
  }

  /** {@code e} bound over {@code scope} alone, or null when it names anything else. */
  private static BoundExpr bound(BindContext bind, Expr e, ColumnScope scope) {
    try {
      return new ExpressionBinder(bind, scope, null, "ON").value(e);
    } catch (SqlException notThere) {
      return null;
    }
  }

  private static boolean sameFamily(TypeId v, TypeId c) {
    return v == c
        || SqlTypes.isInteger(v) && SqlTypes.isInteger(c)
        || SqlTypes.isCharacter(v) && SqlTypes.isCharacter(c);
  }
}
