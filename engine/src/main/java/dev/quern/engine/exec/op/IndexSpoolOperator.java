package dev.quern.engine.exec.op;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.IndexSpoolNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An eager index spool (see {@link IndexSpoolNode}): the table's rows, hashed by their keys, are
 * built on the first run in the statement's execution and kept in its {@link EvalContext#onceValues}
 * (a context without that store builds them for this run alone); each run returns the rows under
 * its own key.
 */
final class IndexSpoolOperator implements Operator {
  private static final List<Object[]> NONE = List.of();

  private final IndexSpoolNode node;
  private final EvalContext ctx;
  private final Supplier<Operator> scan;
  private final Runnable cancelCheck;
  private List<Object[]> rows;
  private int position;

  IndexSpoolOperator(IndexSpoolNode node, EvalContext ctx, Supplier<Operator> scan, Runnable cancelCheck) {
    this.node = node;
    this.ctx = ctx;
    this.scan = scan;
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (rows == null) {
      rows = matching();
    }
    return position < rows.size() ? rows.get(position++) : null;
  }

  private List<Object[]> matching() {
    Object[] values = new Object[node.values().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = node.values().get(i).eval(ctx);
    }
    Object key = HashKeys.of(values, node.keys(), true);
    if (key == null) {
      return NONE;
    }
    @SuppressWarnings("unchecked")
    Map<Object, List<Object[]>> index = ctx.onceValues == null
        ? build()
        : (Map<Object, List<Object[]>>) ctx.onceValues.computeIfAbsent(node, n -> build());
    return index.getOrDefault(key, NONE);
  }

  private Map<Object, List<Object[]>> build() {
    Map<Object, List<Object[]>> index = new HashMap<>();
    Operator rows = scan.get();
    for (Object[] r; (r = rows.next()) != null; ) {
      cancelCheck.run();
      Object[] row = r.clone();
      Object key = HashKeys.of(row, node.keys(), false);
      if (key != null) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
    return index;
  }
}
