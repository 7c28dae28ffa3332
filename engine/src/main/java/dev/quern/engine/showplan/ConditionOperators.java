package dev.quern.engine.showplan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.SubqueryPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of an IF or WHILE condition that runs queries, as SQL Server shows {@code IF EXISTS
 * (SELECT …)} (a statement of type COND WITH QUERY): a Compute Scalar turning the condition into
 * 1 or 0, over a Constant Scan joined by Nested Loops to each subquery (a Left Semi Join for
 * EXISTS and IN, which stop at the first row; a Left Outer Join for a scalar subquery). A condition
 * without subqueries has no plan. In an actual plan the subqueries' operators carry what they did;
 * the operators around them ran once and returned one row.
 */
public final class ConditionOperators {
  private ConditionOperators() {}

  /** Whether {@code condition} runs a query. */
  public static boolean runsQuery(BoundExpr condition) {
    return !subqueries(condition).isEmpty();
  }

  /** The plan of {@code condition}; null when it runs no query. */
  public static PlanOperator map(BoundExpr condition, OperatorMapper mapper) {
    List<SubqueryPlan> subqueries = subqueries(condition);
    if (subqueries.isEmpty()) {
      return null;
    }
    int computeId = mapper.nextId();
    int[] joinIds = new int[subqueries.size()];
    for (int k = joinIds.length - 1; k >= 0; k--) {
      joinIds[k] = mapper.nextId(); // preorder: the outermost join (the last subquery's) first
    }
    PlanOperator input = mapper.leaf(mapper.nextId(), "Constant Scan", "Constant Scan", 1, 0, 0.000001157, 1,
        List.of(), List.of(), "", new XmlElement("ConstantScan"));
    input = ran(mapper, input);
    List<PlanOperator> inners = new ArrayList<>();
    for (SubqueryPlan s : subqueries) {
      inners.add(mapper.map(s.plan().root(), mapper.nextId()));
    }
    for (int k = 0; k < subqueries.size(); k++) {
      boolean semi = subqueries.get(k).semiJoin();
      String probe = "Expr" + (1002 + k);
      PlanOperator inner = inners.get(k);
      double rows = semi ? 1 : Math.max(1, inner.estimateRows());
      PlanOperator join = mapper.nestedLoops(joinIds[k], semi ? "Left Semi Join" : "Left Outer Join", input, inner,
          List.of(new ResultColumn(probe, null, true)), null, rows, semi ? "PROBE:([" + probe + "])" : "");
      input = ran(mapper, join);
    }
    String value = "CASE WHEN " + condition.toSql() + " THEN (1) ELSE (0) END";
    String name = "Expr1001";
    XmlElement defined = new XmlElement("DefinedValues");
    defined.child("DefinedValue").add(ColumnReference.computed(name).xml()).add(Scalars.text(value));
    String define = "[" + name + "]=" + value;
    PlanOperator compute = mapper.inner(computeId, "Compute Scalar", "Compute Scalar", 1, 0, 0.0000001,
        List.of(new ResultColumn(name, null, true)), "DEFINE:(" + define + ")", define,
        new XmlElement("ComputeScalar").add(defined), -1, List.of(input));
    return ran(mapper, compute);
  }

  /** {@code op} having run once for one row, in an actual plan. */
  private static PlanOperator ran(OperatorMapper mapper, PlanOperator op) {
    return mapper.actual() ? op.withActuals(1, 1) : op;
  }

  private static List<SubqueryPlan> subqueries(BoundExpr e) {
    List<SubqueryPlan> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(BoundExpr e, List<SubqueryPlan> out) {
    if (e instanceof SubqueryPlan s) {
      out.add(s);
      return;
    }
    List<BoundExpr> operands = e == null ? null : e.operands();
    if (operands != null) {
      operands.forEach(o -> collect(o, out));
    }
  }
}
