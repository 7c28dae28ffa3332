package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Groups input rows by {@code keys} and computes {@code aggregates}; output rows are the key
 * values followed by the aggregate results. Without keys it yields exactly one row.
 *
 * <p>With {@code groupingSets} (ROLLUP, CUBE, GROUPING SETS; null otherwise) the rows are grouped
 * once per set, by the keys of that set only; a row's keys outside its set are NULL, and a
 * grouping mask follows the keys (bit i set: key i is not in the row's set) for GROUPING and
 * GROUPING_ID. A set without keys yields its one row even for empty input.
 */
public record AggregateNode(
    PlanNode input, List<BoundExpr> keys, List<AggregateCall> aggregates, List<ResultColumn> columns,
    List<java.util.BitSet> groupingSets)
    implements PlanNode {
  /** A plain GROUP BY: one grouping set of every key. */
  public AggregateNode(PlanNode input, List<BoundExpr> keys, List<AggregateCall> aggregates, List<ResultColumn> columns) {
    this(input, keys, aggregates, columns, null);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "Aggregate(keys=["
        + keys.stream().map(BoundExpr::toSql).collect(Collectors.joining(", "))
        + "], aggs=["
        + aggregates.stream().map(AggregateCall::toSql).collect(Collectors.joining(", "))
        + "])";
  }
}
