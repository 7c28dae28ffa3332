package dev.quern.engine.showplan;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.MergePlan;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.QueryPlan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actual counts of a running statement for SET STATISTICS XML and STATISTICS PROFILE: per plan
 * node, how many times its operator was built to run (executions) and the rows it returned, and
 * what the statement ran (its queries, the table it changed, the condition it tested). Exists only
 * while one of those options is on, so operators run uncounted otherwise.
 */
public final class ActualCounts {
  /** One node's counts, incremented by its operator. */
  public static final class Counter {
    private long rows;
    private long executions;

    public void executed() {
      executions++;
    }

    public void row() {
      rows++;
    }
  }

  /** Something a statement ran, that has a plan of its own. */
  public sealed interface Ran {}

  /** A query the statement ran through the operators. */
  public record Query(QueryPlan plan) implements Ran {}

  /**
   * An INSERT, UPDATE or DELETE: the rows its read of the target returned ({@code read}), those
   * its WHERE kept ({@code matched}), and those it changed; an INSERT's source counts itself.
   */
  public record Change(DmlPlan plan, long read, long matched, long changed) implements Ran {}

  /** A MERGE: the target rows it read ({@code reads} seeks or scans), and the rows it changed. */
  public record Merge(MergePlan plan, long read, long reads, long changed) implements Ran {}

  /** The condition of an IF or WHILE, whose subqueries read tables. */
  public record Condition(BoundExpr condition) implements Ran {}

  private final Map<PlanNode, Counter> counters = new IdentityHashMap<>();
  private final List<Ran> ran = new ArrayList<>();

  /** The counter of {@code node}'s operator. */
  public Counter of(PlanNode node) {
    return counters.computeIfAbsent(node, n -> new Counter());
  }

  /** The statement ran {@code query}. */
  public void ran(QueryPlan query) {
    ran.add(new Query(query));
  }

  /** The statement ran {@code what} (a change, a MERGE, a condition). */
  public void ran(Ran what) {
    ran.add(what);
  }

  public List<Ran> ran() {
    return List.copyOf(ran);
  }

  /** Counts known without an operator (the read of a DML target, built only to be shown). */
  void set(PlanNode node, long rows, long executions) {
    Counter c = of(node);
    c.rows = rows;
    c.executions = executions;
  }

  /** {@code op} with the counts of {@code node}, when its operator ran. */
  PlanOperator attach(PlanNode node, PlanOperator op) {
    Counter c = counters.get(node);
    return c == null ? op : op.withActuals(c.rows, c.executions);
  }
}
