package dev.quern.engine.showplan;

import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.QueryPlan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actual counts of a running statement for SET STATISTICS XML and STATISTICS PROFILE: per plan
 * node, how many times its operator was built to run (executions) and the rows it returned, and the
 * queries the statement ran. Exists only while one of those options is on, so operators run
 * uncounted otherwise.
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

  private final Map<PlanNode, Counter> counters = new IdentityHashMap<>();
  private final List<QueryPlan> queries = new ArrayList<>();

  /** The counter of {@code node}'s operator. */
  public Counter of(PlanNode node) {
    return counters.computeIfAbsent(node, n -> new Counter());
  }

  /** The statement ran {@code query}. */
  public void ran(QueryPlan query) {
    queries.add(query);
  }

  public List<QueryPlan> queries() {
    return List.copyOf(queries);
  }

  /** {@code op} with the counts of {@code node}, when its operator ran. */
  PlanOperator attach(PlanNode node, PlanOperator op) {
    Counter c = counters.get(node);
    return c == null ? op : op.withActuals(c.rows, c.executions);
  }
}
