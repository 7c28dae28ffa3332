package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Column;
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
import dev.quern.engine.plan.MissingIndex;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Project or Aggregate over Filter(table read) whose WHERE compares columns with values that no
 * index could seek on (a scan, or a seek on fewer of them) marks the read with the index it lacked
 * ("About the missing index feature"): equality columns (=), inequality columns (any other
 * comparison), and as included columns the others the query reads (not the clustered key, which
 * every nonclustered index carries). Done once, when the plan is compiled; a read whose hints
 * chose its index is left alone, as SQL Server leaves it.
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
    Table table = scan.table();
    Set<Integer> equality = new TreeSet<>();
    Set<Integer> inequality = new TreeSet<>();
    collect(where, table, equality, inequality);
    inequality.removeAll(equality);
    if (equality.isEmpty() && inequality.isEmpty() || sought(seek, table, equality, inequality)) {
      return null;
    }
    List<Integer> included = included(table, where, read, equality, inequality);
    MissingIndex m = new MissingIndex(List.copyOf(equality), List.copyOf(inequality), included,
        seek == null ? 0 : seek.keys().size(), seek != null && seek.ranged());
    TableScanNode marked = scan.lacking(m);
    return seek == null ? marked
        : new IndexSeekNode(marked, seek.index(), seek.keys(), seek.low(), seek.high(), seek.reverse(), seek.covering());
  }

  /** Whether {@code seek} already seeks every equality column (and a range when there are others). */
  private static boolean sought(IndexSeekNode seek, Table table, Set<Integer> equality, Set<Integer> inequality) {
    if (seek == null) {
      return false;
    }
    Set<Integer> keys = new HashSet<>();
    for (int i = 0; i < seek.keys().size(); i++) {
      keys.add(seek.index().keys().get(i).columnId());
    }
    return keys.containsAll(equality) && (inequality.isEmpty() || seek.ranged());
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
