package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.VariableExpr;
import dev.quern.engine.plan.IndexSeekNode.Bound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in a WHERE over a table's row (columns in table order), comparisons between a column and
 * a value that does not depend on the row (a constant, a variable, an uncorrelated scalar subquery
 * (run once), or in a correlated subquery a column of the enclosing query's current row, fixed for
 * each run of the subquery), and the index they seek
 * best: equalities on its leading key columns, then at most one range (&lt; &lt;= &gt; &gt;=,
 * BETWEEN) on the next key column. The WHERE always stays as a filter above the seek, so a seek
 * only has to return a superset of the matching rows.
 */
public final class KeySeek {
  /**
   * A seek: the index, the values of its leading key columns in key order, and the bounds (in
   * value order, either may be null) of the key column after them.
   */
  public record Seek(Index index, List<BoundExpr> keys, Bound low, Bound high) {
    public Seek {
      keys = List.copyOf(keys);
    }

    public Seek(Index index, List<BoundExpr> keys) {
      this(index, keys, null, null);
    }
  }

  /** The comparisons found on one column. */
  private static final class Terms {
    BoundExpr equal;
    Bound low;
    Bound high;
  }

  private KeySeek() {}

  public static Optional<Seek> find(BoundExpr where, Table table) {
    return find(where, table, table.indexes());
  }

  /** The best seek among {@code candidates} (indexes of {@code table}: those its hints allow). */
  public static Optional<Seek> find(BoundExpr where, Table table, List<Index> candidates) {
    if (where == null) {
      return Optional.empty();
    }
    Map<Integer, Terms> terms = new HashMap<>();
    collect(where, table, terms);
    Seek best = null;
    int bestScore = 0;
    for (Index index : candidates) {
      if (index.disabled()) {
        continue; // never maintained while disabled: it has no entries
      }
      if (index.filter() != null && !FilterImplication.implies(where, table, index)) {
        continue; // a filtered index lacks the rows outside its filter
      }
      List<BoundExpr> keys = new ArrayList<>();
      Terms range = null;
      for (IndexColumn k : index.keys()) {
        Terms t = terms.get(k.columnId());
        if (t != null && t.equal != null) {
          keys.add(t.equal);
          continue;
        }
        if (t != null && (t.low != null || t.high != null)) {
          range = t;
        }
        break;
      }
      int bounds = range == null ? 0 : (range.low == null ? 0 : 1) + (range.high == null ? 0 : 1);
      if (keys.isEmpty() && bounds == 0) {
        continue;
      }
      boolean full = keys.size() == index.keys().size();
      // An equality narrows more than a range; a full unique key finds one row at most.
      int score = keys.size() * 8 + (full && index.unique() ? 5 : 0) + bounds * 2 + (index.holdsRows() ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = range == null ? new Seek(index, keys) : new Seek(index, keys, range.low, range.high);
      }
    }
    return Optional.ofNullable(best);
  }

  private static void collect(BoundExpr e, Table table, Map<Integer, Terms> out) {
    if (e instanceof LogicalPredicate l && l.isAnd()) {
      collect(l.left(), table, out);
      collect(l.right(), table, out);
    } else if (e instanceof ComparisonPredicate c) {
      comparison(c.op(), c.left(), c.right(), table, out);
      comparison(ComparisonPredicate.swapped(c.op()), c.right(), c.left(), table, out);
    }
  }

  private static void comparison(
      String op, BoundExpr column, BoundExpr value, Table table, Map<Integer, Terms> out) {
    if (op == null
        || !(column instanceof ColumnExpr ce)
        || !(value instanceof Constant || value instanceof VariableExpr
            || value instanceof dev.quern.engine.expr.OuterColumnExpr
            || value instanceof dev.quern.engine.plan.SubqueryPlan s && s.uncorrelated())) {
      return;
    }
    if (ce.index() < 0 || ce.index() >= table.columns().size()) {
      return;
    }
    Column col = table.columns().get(ce.index());
    Terms t = out.computeIfAbsent(col.columnId(), id -> new Terms());
    if (op.equals("=")) {
      // Only a value of the column's own type family seeks an equality safely.
      if (t.equal == null && seeksEquality(value.type().id(), col.type().id())) {
        t.equal = value;
      }
      return;
    }
    if (!rangeSafe(value.type().id(), col.type().id())) {
      return;
    }
    switch (op) {
      case ">" -> t.low = t.low == null ? new Bound(value, false) : t.low;
      case ">=", "!<" -> t.low = t.low == null ? new Bound(value, true) : t.low;
      case "<" -> t.high = t.high == null ? new Bound(value, false) : t.high;
      case "<=", "!>" -> t.high = t.high == null ? new Bound(value, true) : t.high;
      default -> {}
    }
  }

  /** Whether a value of type {@code v} seeks an equality on a key column of type {@code c} safely. */
  static boolean seeksEquality(TypeId v, TypeId c) {
    return v == c || sameFamily(v, c);
  }

  private static boolean sameFamily(TypeId v, TypeId c) {
    return SqlTypes.isInteger(v) && SqlTypes.isInteger(c) || SqlTypes.isCharacter(v) && SqlTypes.isCharacter(c);
  }

  /**
   * Whether comparing the column with a value of type {@code v} orders like the column's key: the
   * same type family, a number against a numeric column, or a string against a date/time column
   * (the comparison converts the string to the column's type; datetimeoffset compares in UTC, so
   * it is left out). A bound converted to the column's
   * type may round; the seek then widens it to inclusive and the filter above decides.
   */
  private static boolean rangeSafe(TypeId v, TypeId c) {
    return v == c
        || sameFamily(v, c)
        || numeric(v) && numeric(c)
        || SqlTypes.isCharacter(v) && SqlTypes.isTemporal(c) && c != TypeId.DATETIMEOFFSET;
  }

  /** Numerics whose conversions round to a near value (bit does not: -1 becomes 1). */
  private static boolean numeric(TypeId id) {
    return SqlTypes.isNumeric(id) && id != TypeId.BIT;
  }
}
