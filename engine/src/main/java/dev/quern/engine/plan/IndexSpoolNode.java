package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL Server's eager index spool, for a correlated subquery whose table no index seeks: the first
 * run of the subquery in a statement reads {@code scan} once into a hash index on the key columns,
 * and every run (each enclosing row) reads only the rows whose keys equal {@code values}, evaluated
 * for that run (columns of the enclosing row). A NULL value matches nothing; the WHERE stays above,
 * so the spool only narrows. {@link HashJoinNode.Key#left()} is a position in {@code values},
 * {@link HashJoinNode.Key#right()} the table column.
 */
public record IndexSpoolNode(TableScanNode scan, List<BoundExpr> values, List<HashJoinNode.Key> keys)
    implements PlanNode {
  public IndexSpoolNode {
    values = List.copyOf(values);
    keys = List.copyOf(keys);
  }

  @Override
  public List<ResultColumn> columns() {
    return scan.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(scan);
  }

  @Override
  public String describe() {
    List<String> ks = new ArrayList<>();
    for (HashJoinNode.Key k : keys) {
      ks.add(scan.columns().get(k.right()).name() + " = " + values.get(k.left()).toSql());
    }
    return "IndexSpool(" + String.join(", ", ks) + ")";
  }
}
