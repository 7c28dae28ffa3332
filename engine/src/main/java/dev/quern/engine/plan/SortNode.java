package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;
import java.util.stream.Collectors;

/** Sorts the input by column positions (NULLs first ascending, as SQL Server orders them). */
public record SortNode(PlanNode input, List<SortKey> keys) implements PlanNode {
  /** One sort key: a column position of the input and its direction. */
  public record SortKey(int column, boolean descending) {}

  @Override
  public List<ResultColumn> columns() {
    return input.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "Sort("
        + keys.stream().map(k -> "#" + k.column() + (k.descending() ? " DESC" : "")).collect(Collectors.joining(", "))
        + ")";
  }
}
