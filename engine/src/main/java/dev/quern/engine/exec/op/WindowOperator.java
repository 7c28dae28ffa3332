package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.WindowNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Computes window functions: reads all input rows, then for each function sorts them by partition
 * and order keys, walks each partition, and appends the function's value to every row; the rows
 * come out in input order with one more column per function.
 */
final class WindowOperator implements Operator {
  private final Operator input;
  private final List<WindowNode.Function> functions;
  private final EvalContext ctx;
  private final Runnable cancelCheck;
  /** Told when an aggregate skipped a NULL (the ANSI_WARNINGS message 8153, as for GROUP BY). */
  private final Runnable onNullEliminated;
  private List<Object[]> rows;
  private boolean nullEliminated;
  private int next;

  WindowOperator(
      Operator input, List<WindowNode.Function> functions, EvalContext ctx, Runnable cancelCheck,
      Runnable onNullEliminated) {
    this.input = input;
    this.functions = functions;
    this.ctx = ctx;
    this.cancelCheck = cancelCheck;
    this.onNullEliminated = onNullEliminated;
  }

  @Override
  public Object[] next() {
    if (rows == null) {
      rows = compute();
    }
    return next < rows.size() ? rows.get(next++) : null;
  }

  private List<Object[]> compute() {
    List<Object[]> in = new ArrayList<>();
    for (Object[] r; (r = input.next()) != null; ) {
      cancelCheck.run();
      in.add(r);
    }
    int width = in.isEmpty() ? 0 : in.getFirst().length;
    Object[][] values = new Object[functions.size()][];
    for (int f = 0; f < functions.size(); f++) {
      values[f] = compute(functions.get(f), in);
    }
    if (nullEliminated) {
      onNullEliminated.run(); // once for the statement's operator, as GROUP BY reports it
    }
    List<Object[]> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Object[] row = Arrays.copyOf(in.get(i), width + functions.size());
      for (int f = 0; f < functions.size(); f++) {
        row[width + f] = values[f][i];
      }
      out.add(row);
    }
    return out;
  }

  /** One function's value for each input row (by input position). */
  private Object[] compute(WindowNode.Function fn, List<Object[]> in) {
    int n = in.size();
    int pk = fn.partition().size();
    int ok = fn.order().size();
    Object[][] keys = new Object[n][];
    for (int i = 0; i < n; i++) {
      ctx.row = in.get(i);
      Object[] k = new Object[pk + ok];
      for (int j = 0; j < pk; j++) {
        k[j] = fn.partition().get(j).eval(ctx);
      }
      for (int j = 0; j < ok; j++) {
        k[pk + j] = fn.order().get(j).expr().eval(ctx);
      }
      keys[i] = k;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Comparator<Object[]> partitionCmp = comparator(fn, 0, pk);
    Comparator<Object[]> orderCmp = comparator(fn, pk, pk + ok);
    Arrays.sort(order, (a, b) -> {
      int c = partitionCmp.compare(keys[a], keys[b]);
      return c != 0 ? c : orderCmp.compare(keys[a], keys[b]);
    });
    Object[] result = new Object[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && partitionCmp.compare(keys[order[start]], keys[order[end]]) == 0) {
        end++;
      }
      partition(fn, in, keys, order, start, end, orderCmp, result);
      start = end;
    }
    return result;
  }

  /** The values of one partition: rows {@code order[start..end)} in window order. */
  private void partition(
      WindowNode.Function fn, List<Object[]> in, Object[][] keys, Integer[] order, int start, int end,
      Comparator<Object[]> orderCmp, Object[] result) {
    int size = end - start;
    switch (fn.kind()) {
      case ROW_NUMBER -> {
        for (int i = start; i < end; i++) {
          result[order[i]] = (long) (i - start + 1);
        }
      }
      case RANK, DENSE_RANK -> {
        long rank = 0;
        long dense = 0;
        for (int i = start; i < end; i++) {
          if (i == start || orderCmp.compare(keys[order[i - 1]], keys[order[i]]) != 0) {
            rank = i - start + 1;
            dense++;
          }
          result[order[i]] = fn.kind() == WindowNode.Kind.RANK ? rank : dense;
        }
      }
      case NTILE -> {
        long buckets = buckets(fn, in.get(order[start]));
        long base = size / buckets;
        long extra = size % buckets; // the first groups get one row more
        int i = start;
        for (long g = 1; g <= buckets && i < end; g++) {
          long rowsIn = base + (g <= extra ? 1 : 0);
          for (long r = 0; r < rowsIn && i < end; r++) {
            result[order[i++]] = g;
          }
        }
      }
      case LAG, LEAD -> {
        for (int i = start; i < end; i++) {
          ctx.row = in.get(order[i]);
          long offset = fn.args().size() > 1 ? offset(fn.args().get(1).eval(ctx)) : 1;
          int at = (int) (fn.kind() == WindowNode.Kind.LAG ? i - offset : i + offset);
          if (at >= start && at < end) {
            ctx.row = in.get(order[at]);
            result[order[i]] = fn.args().getFirst().eval(ctx);
          } else {
            ctx.row = in.get(order[i]);
            result[order[i]] = fn.args().size() > 2 ? fn.args().get(2).eval(ctx) : null;
          }
        }
      }
      case AGGREGATE -> aggregate(fn, in, keys, order, start, end, orderCmp, result);
    }
  }

  /** Over the whole partition, or (ordered) up to and including each row's last peer. */
  private void aggregate(
      WindowNode.Function fn, List<Object[]> in, Object[][] keys, Integer[] order, int start, int end,
      Comparator<Object[]> orderCmp, Object[] result) {
    Accumulator acc = new Accumulator(fn.aggregate());
    try {
      accumulate(fn, in, keys, order, start, end, orderCmp, result, acc);
    } finally {
      nullEliminated |= acc.sawNull;
    }
  }

  private void accumulate(
      WindowNode.Function fn, List<Object[]> in, Object[][] keys, Integer[] order, int start, int end,
      Comparator<Object[]> orderCmp, Object[] result, Accumulator acc) {
    if (fn.order().isEmpty()) {
      for (int i = start; i < end; i++) {
        add(acc, fn, in.get(order[i]));
      }
      Object v = acc.result();
      for (int i = start; i < end; i++) {
        result[order[i]] = v;
      }
      return;
    }
    int i = start;
    while (i < end) {
      int peersEnd = i + 1;
      while (peersEnd < end && orderCmp.compare(keys[order[i]], keys[order[peersEnd]]) == 0) {
        peersEnd++;
      }
      for (int j = i; j < peersEnd; j++) {
        add(acc, fn, in.get(order[j]));
      }
      Object v = acc.result();
      for (int j = i; j < peersEnd; j++) {
        result[order[j]] = v;
      }
      i = peersEnd;
    }
  }

  private void add(Accumulator acc, WindowNode.Function fn, Object[] row) {
    ctx.row = row;
    acc.add(fn.aggregate().arg() == null ? null : fn.aggregate().arg().eval(ctx));
  }

  private long buckets(WindowNode.Function fn, Object[] row) {
    ctx.row = row;
    Object v = fn.args().getFirst().eval(ctx);
    if (!(v instanceof Number n) || n.longValue() <= 0) {
      throw SqlErrors.NTILE_POSITIVE.raise();
    }
    return n.longValue();
  }

  private static long offset(Object v) {
    if (!(v instanceof Number n) || n.longValue() < 0) {
      throw SqlErrors.LAG_OFFSET_NEGATIVE.raise();
    }
    return n.longValue();
  }

  /** Compares keys[from..to) with SQL Server's rules (NULL lowest); descending order keys reversed. */
  private static Comparator<Object[]> comparator(WindowNode.Function fn, int from, int to) {
    int pk = fn.partition().size();
    int[] columns = new int[to - from];
    SqlType[] types = new SqlType[to - from];
    boolean[] desc = new boolean[to - from];
    for (int k = from; k < to; k++) {
      columns[k - from] = k;
      if (k < pk) {
        types[k - from] = fn.partition().get(k).type();
      } else {
        types[k - from] = fn.order().get(k - pk).expr().type();
        desc[k - from] = fn.order().get(k - pk).descending();
      }
    }
    return new RowComparator(columns, desc, types);
  }
}
