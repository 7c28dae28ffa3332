package dev.quern.engine.showplan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * The text forms of a plan: SET SHOWPLAN_TEXT's StmtText lines ({@code |--} drawn under each
 * parent, as SQL Server indents them) and SET SHOWPLAN_ALL's rows (a row for the statement, then a
 * PLAN_ROW per operator, with the documented columns). SHOWPLAN_ALL numbers the statement row
 * NodeId 1 and its operators from 2, in the order of the XML's NodeIds.
 */
public final class ShowplanRows {
  public static final List<ResultColumn> TEXT_COLUMNS =
      List.of(new ResultColumn("StmtText", SqlTypes.NVARCHAR_MAX, true));

  private static final SqlType REAL = SqlType.of(TypeId.REAL);
  private static final SqlType INT = SqlType.of(TypeId.INT);
  public static final List<ResultColumn> ALL_COLUMNS = List.of(
      new ResultColumn("StmtText", SqlTypes.NVARCHAR_MAX, true), new ResultColumn("StmtId", INT, true),
      new ResultColumn("NodeId", INT, true), new ResultColumn("Parent", INT, true),
      new ResultColumn("PhysicalOp", SqlTypes.NVARCHAR_MAX, true), new ResultColumn("LogicalOp", SqlTypes.NVARCHAR_MAX, true),
      new ResultColumn("Argument", SqlTypes.NVARCHAR_MAX, true), new ResultColumn("DefinedValues", SqlTypes.NVARCHAR_MAX, true),
      new ResultColumn("EstimateRows", REAL, true), new ResultColumn("EstimateIO", REAL, true),
      new ResultColumn("EstimateCPU", REAL, true), new ResultColumn("AvgRowSize", INT, true),
      new ResultColumn("TotalSubtreeCost", REAL, true), new ResultColumn("OutputList", SqlTypes.NVARCHAR_MAX, true),
      new ResultColumn("Warnings", SqlTypes.NVARCHAR_MAX, true), new ResultColumn("Type", SqlTypes.NVARCHAR_MAX, true),
      new ResultColumn("Parallel", SqlType.of(TypeId.BIT), true), new ResultColumn("EstimateExecutions", REAL, true));

  private ShowplanRows() {}

  /** SHOWPLAN_TEXT's operator lines of a statement (its second result set). */
  public static List<Object[]> textLines(PlanOperator root) {
    List<Object[]> out = new ArrayList<>();
    text(root, "  ", out);
    return out;
  }

  private static void text(PlanOperator op, String prefix, List<Object[]> out) {
    out.add(new Object[] {prefix + "|--" + op.text()});
    for (int i = 0; i < op.children().size(); i++) {
      boolean more = i < op.children().size() - 1;
      String childPrefix = prefix + "     ";
      PlanOperator c = op.children().get(i);
      List<Object[]> sub = new ArrayList<>();
      text(c, childPrefix, sub);
      if (more) {
        // Lines below this child, drawn under it, continue the parent's vertical bar.
        for (int j = 1; j < sub.size(); j++) {
          String line = (String) sub.get(j)[0];
          sub.set(j, new Object[] {childPrefix + "|" + line.substring(childPrefix.length() + 1)});
        }
      }
      out.addAll(sub);
    }
  }

  /** SHOWPLAN_ALL's rows of a statement: the statement, then its operators. */
  public static List<Object[]> allRows(ShowplanStatement s) {
    List<Object[]> out = new ArrayList<>();
    out.add(new Object[] {s.text(), s.id(), 1, 0, null, null, null, null,
        s.root() == null ? null : (float) s.rows(), null, null, null,
        s.root() == null ? null : (float) s.cost(), null, null, s.type(), false, null});
    if (s.root() != null) {
      List<Object[]> lines = textLines(s.root());
      all(s, s.root(), 1, lines, new int[] {0}, out);
    }
    return out;
  }

  /**
   * STATISTICS PROFILE's rows: SHOWPLAN_ALL's with what each operator did first (Rows,
   * Executes); the statement row carries the root's.
   */
  public static List<Object[]> profileRows(ShowplanStatement s) {
    List<Object[]> all = allRows(s);
    List<Long[]> actual = new ArrayList<>();
    actual.add(new Long[] {s.root() == null ? 0 : s.root().actualRows(), 1L});
    collect(s.root(), actual);
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Object[] row = new Object[all.get(i).length + 2];
      Long[] a = i < actual.size() ? actual.get(i) : new Long[] {null, null};
      row[0] = a[0] == null || a[0] < 0 ? null : a[0];
      row[1] = a[1] == null || a[1] < 0 ? null : a[1];
      System.arraycopy(all.get(i), 0, row, 2, all.get(i).length);
      out.add(row);
    }
    return out;
  }

  private static void collect(PlanOperator op, List<Long[]> out) {
    if (op == null) {
      return;
    }
    out.add(new Long[] {op.actualRows(), op.actualExecutions()});
    op.children().forEach(c -> collect(c, out));
  }

  private static void all(ShowplanStatement s, PlanOperator op, int parent, List<Object[]> lines, int[] line,
      List<Object[]> out) {
    int nodeId = op.nodeId() + 2;
    String output = String.join(", ", op.output().stream().map(ColumnReference::text).toList());
    out.add(new Object[] {lines.get(line[0]++)[0], s.id(), nodeId, parent, op.physicalOp(), op.logicalOp(),
        op.argument() == null || op.argument().isEmpty() ? null : op.argument(), op.definedValues(),
        (float) op.estimateRows(), (float) op.estimateIo(), (float) op.estimateCpu(), op.avgRowSize(),
        (float) op.subtreeCost(), output.isEmpty() ? null : output, null, "PLAN_ROW", false,
        (float) op.estimateExecutions()});
    for (PlanOperator c : op.children()) {
      all(s, c, nodeId, lines, line, out);
    }
  }
}
