package dev.quern.engine.showplan;

import java.util.List;

/**
 * One operator of a plan in SQL Server's terms (a RelOp of ShowPlanXML, a PLAN_ROW of
 * SHOWPLAN_ALL): its names, estimates, output columns, the SHOWPLAN_TEXT argument, and {@code
 * element}, the operator-specific XML element (IndexScan, NestedLoops, Hash …) into which the
 * children's RelOps go at position {@code childSlot} (-1: after its other children). {@code
 * estimateIo} and {@code estimateCpu} are per execution; {@code subtreeCost} covers every execution
 * of this operator and its inputs. {@code actualRows} and {@code actualExecutions} are what it did
 * when the statement ran under STATISTICS XML or PROFILE, -1 otherwise. {@code missingIndex} is the
 * MissingIndexGroup of a table read that lacked an index (null for the others), which the plan lists
 * ahead of its operators.
 */
public record PlanOperator(
    int nodeId, String physicalOp, String logicalOp, double estimateRows, double estimateIo,
    double estimateCpu, double estimateExecutions, int avgRowSize, double subtreeCost,
    List<ColumnReference> output, String argument, String definedValues, XmlElement element,
    int childSlot, List<PlanOperator> children, long actualRows, long actualExecutions, XmlElement missingIndex) {
  public PlanOperator {
    output = List.copyOf(output);
    children = List.copyOf(children);
  }

  /** An estimated operator: no actual counts (-1). */
  public PlanOperator(
      int nodeId, String physicalOp, String logicalOp, double estimateRows, double estimateIo,
      double estimateCpu, double estimateExecutions, int avgRowSize, double subtreeCost,
      List<ColumnReference> output, String argument, String definedValues, XmlElement element,
      int childSlot, List<PlanOperator> children) {
    this(nodeId, physicalOp, logicalOp, estimateRows, estimateIo, estimateCpu, estimateExecutions, avgRowSize,
        subtreeCost, output, argument, definedValues, element, childSlot, children, -1, -1, null);
  }

  /** This table read with the index it lacked. */
  PlanOperator lacking(XmlElement group) {
    return new PlanOperator(nodeId, physicalOp, logicalOp, estimateRows, estimateIo, estimateCpu,
        estimateExecutions, avgRowSize, subtreeCost, output, argument, definedValues, element, childSlot, children,
        actualRows, actualExecutions, group);
  }

  /** This operator with what it actually did (STATISTICS XML, STATISTICS PROFILE). */
  public PlanOperator withActuals(long rows, long executions) {
    return new PlanOperator(nodeId, physicalOp, logicalOp, estimateRows, estimateIo, estimateCpu,
        estimateExecutions, avgRowSize, subtreeCost, output, argument, definedValues, element, childSlot, children,
        rows, executions, missingIndex);
  }

  /** Whether the actual counts are known (the statement ran under STATISTICS XML or PROFILE). */
  public boolean hasActuals() {
    return actualExecutions >= 0;
  }

  /**
   * The line SHOWPLAN_TEXT prints for it: {@code Physical(argument)}, the logical operator first
   * for the operators that implement several (Nested Loops(Inner Join, …), Hash Match(Aggregate, …)).
   */
  public String text() {
    String args = argument == null ? "" : argument;
    if (physicalOp.equals("Nested Loops") || physicalOp.equals("Hash Match")) {
      args = args.isEmpty() ? logicalOp : logicalOp + ", " + args;
    }
    return args.isEmpty() ? physicalOp : physicalOp + "(" + args + ")";
  }
}
