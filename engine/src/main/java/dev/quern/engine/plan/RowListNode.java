package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * Rows the executor reads itself and hands to the plan before running it: MERGE's target rows,
 * read and locked first so that each joined row can name the target row it came from. The rows
 * are loaded before each run of the plan and let go after it, so a session may keep the plan for
 * its next run (runs of one session never overlap).
 */
public final class RowListNode implements PlanNode {
  private final String name;
  private final List<ResultColumn> columns;
  private List<Object[]> rows;

  public RowListNode(String name, List<ResultColumn> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** Sets the rows the plan reads (before it is built into operators); null lets them go. */
  public void load(List<Object[]> loaded) {
    rows = loaded;
  }

  /** The loaded rows. */
  public List<Object[]> rows() {
    if (rows == null) {
      throw new IllegalStateException("rows of " + name + " not loaded");
    }
    return rows;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "RowList(" + name + ")";
  }
}
