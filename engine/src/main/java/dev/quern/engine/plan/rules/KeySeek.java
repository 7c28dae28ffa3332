package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.VariableExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in a WHERE over a table's row (columns in table order), equalities between a column and
 * a value that does not depend on the row (a constant or a variable), and the index whose leading
 * key columns they cover best: the clustered index first, then unique, then any.
 */
public final class KeySeek {
  /** A seek: the index and the values of its leading key columns, in key order. */
  public record Seek(Index index, List<BoundExpr> keys) {}

  private KeySeek() {}

  public static Optional<Seek> find(BoundExpr where, Table table) {
    if (where == null) {
      return Optional.empty();
    }
    Map<Integer, BoundExpr> equalities = new HashMap<>();
    collect(where, table, equalities);
    Seek best = null;
    int bestScore = 0;
    for (Index index : table.indexes()) {
      List<BoundExpr> keys = new ArrayList<>();
      for (IndexColumn k : index.keys()) {
        BoundExpr v = equalities.get(k.columnId());
        if (v == null) {
          break;
        }
        keys.add(v);
      }
      if (keys.isEmpty()) {
        continue;
      }
      boolean full = keys.size() == index.keys().size();
      int score = keys.size() * 4 + (full && index.unique() ? 2 : 0) + (index.holdsRows() ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = new Seek(index, keys);
      }
    }
    return Optional.ofNullable(best);
  }

  private static void collect(BoundExpr e, Table table, Map<Integer, BoundExpr> out) {
    if (e instanceof LogicalPredicate l && l.isAnd()) {
      collect(l.left(), table, out);
      collect(l.right(), table, out);
    } else if (e instanceof ComparisonPredicate c && c.op().equals("=")) {
      equality(c.left(), c.right(), table, out);
      equality(c.right(), c.left(), table, out);
    }
  }

  private static void equality(BoundExpr column, BoundExpr value, Table table, Map<Integer, BoundExpr> out) {
    if (!(column instanceof ColumnExpr ce) || !(value instanceof Constant || value instanceof VariableExpr)) {
      return;
    }
    if (ce.index() < 0 || ce.index() >= table.columns().size()) {
      return;
    }
    Column col = table.columns().get(ce.index());
    // Only a value of the column's own type family seeks safely; others keep the scan.
    if (value.type().id() != col.type().id() && !sameFamily(value, col)) {
      return;
    }
    out.putIfAbsent(col.columnId(), value);
  }

  private static boolean sameFamily(BoundExpr value, Column col) {
    var v = value.type().id();
    var c = col.type().id();
    return dev.quern.catalog.type.SqlTypes.isInteger(v) && dev.quern.catalog.type.SqlTypes.isInteger(c)
        || dev.quern.catalog.type.SqlTypes.isCharacter(v) && dev.quern.catalog.type.SqlTypes.isCharacter(c);
  }
}
