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
import dev.quern.engine.plan.MissingIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The index a WHERE over one table lacked ("About the missing index feature"): the columns it
 * compares with a value (a constant or variable) by equality (=) and otherwise (inequality), when no
 * index seeks them all (the read scanned, or sought fewer); the other columns the statement reads
 * become its included columns (not the clustered key, which every nonclustered index carries).
 * (max), xml and LOB columns are never keys.
 */
public final class LackedIndex {
  private LackedIndex() {}

  /**
   * The index {@code where} lacked on {@code table}, or null when none would seek better: {@code
   * seekIndex} is the index the read sought (null: it scanned) on {@code seekKeys} equalities and a
   * range when {@code ranged}; {@code read} the expressions the statement reads of each row (null:
   * none beyond the WHERE, no included column).
   */
  public static MissingIndex of(
      Table table, BoundExpr where, Index seekIndex, int seekKeys, boolean ranged, List<BoundExpr> read) {
    if (where == null) {
      return null;
    }
    Set<Integer> equality = new TreeSet<>();
    Set<Integer> inequality = new TreeSet<>();
    collect(where, table, equality, inequality);
    inequality.removeAll(equality);
    if (equality.isEmpty() && inequality.isEmpty() || sought(seekIndex, seekKeys, ranged, equality, inequality)) {
      return null;
    }
    List<Integer> included = read == null ? List.of() : included(table, where, read, equality, inequality);
    return new MissingIndex(List.copyOf(equality), List.copyOf(inequality), included, seekKeys, ranged);
  }

  /** Whether the seek already sought every equality column (and a range when there are others). */
  private static boolean sought(
      Index index, int seekKeys, boolean ranged, Set<Integer> equality, Set<Integer> inequality) {
    if (index == null) {
      return false;
    }
    Set<Integer> keys = new HashSet<>();
    for (int i = 0; i < seekKeys; i++) {
      keys.add(index.keys().get(i).columnId());
    }
    return keys.containsAll(equality) && (inequality.isEmpty() || ranged);
  }

  /** The ids of the columns compared with a value (a constant or variable), by kind of comparison. */
  private static void collect(BoundExpr e, Table table, Set<Integer> equality, Set<Integer> inequality) {
    if (e instanceof LogicalPredicate l && l.isAnd()) {
      collect(l.left(), table, equality, inequality);
      collect(l.right(), table, equality, inequality);
    } else if (e instanceof ComparisonPredicate c && c.op() != null) {
      Integer column = keyable(c.left(), c.right(), table);
      column = column != null ? column : keyable(c.right(), c.left(), table);
      if (column != null) {
        (c.op().equals("=") ? equality : inequality).add(column);
      }
    }
  }

  /** The id of the column {@code column} is, when compared with a value and fit for an index key. */
  private static Integer keyable(BoundExpr column, BoundExpr value, Table table) {
    if (!(column instanceof ColumnExpr ce) || !(value instanceof Constant || value instanceof VariableExpr)
        || ce.index() < 0 || ce.index() >= table.columns().size()) {
      return null;
    }
    Column c = table.columns().get(ce.index());
    return keyType(c) ? c.columnId() : null;
  }

  /** Whether an index key may hold the column: not a (max), xml or old LOB type (SQL Server's rule). */
  private static boolean keyType(Column c) {
    return !c.type().isMax() && switch (c.type().id()) {
      case XML, TEXT, NTEXT, IMAGE -> false;
      default -> true;
    };
  }

  /** The other columns the query reads, in table order; all of them when that cannot be known. */
  private static List<Integer> included(
      Table table, BoundExpr where, List<BoundExpr> read, Set<Integer> equality, Set<Integer> inequality) {
    int width = table.columns().size();
    BitSet used = new BitSet(width);
    List<BoundExpr> all = new ArrayList<>(read);
    all.add(where);
    boolean known = all.stream().allMatch(e -> ColumnPruningRule.collect(e, width, used));
    Set<Integer> clustering = new HashSet<>();
    for (IndexColumn k : table.rowIndex().keys()) {
      clustering.add(k.columnId());
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      int id = table.columns().get(i).columnId();
      if ((!known || used.get(i)) && !equality.contains(id) && !inequality.contains(id) && !clustering.contains(id)
          && table.columns().get(i).computed() == null) {
        out.add(id);
      }
    }
    return out;
  }
}
