package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.WindowFrame;
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
 * come out in input order with one more column per function. Aggregates, FIRST_VALUE and
 * LAST_VALUE are computed over each row's frame ({@link Frames}).
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
      case NEXT_VALUE -> {
        for (int i = start; i < end; i++) {
          ctx.row = in.get(order[i]);
          result[order[i]] = fn.args().getFirst().eval(ctx);
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
      case PERCENT_RANK, CUME_DIST -> {
        int i = start;
        while (i < end) {
          int peersEnd = i + 1;
          while (peersEnd < end && orderCmp.compare(keys[order[i]], keys[order[peersEnd]]) == 0) {
            peersEnd++;
          }
          // PERCENT_RANK: (RANK - 1) / (rows - 1); CUME_DIST: rows up to the last peer / rows.
          double value = fn.kind() == WindowNode.Kind.CUME_DIST
              ? (double) (peersEnd - start) / size
              : size == 1 ? 0.0 : (double) (i - start) / (size - 1);
          for (int k = i; k < peersEnd; k++) {
            result[order[k]] = value;
          }
          i = peersEnd;
        }
      }
      case PERCENTILE_CONT, PERCENTILE_DISC -> {
        ctx.row = in.get(order[start]);
        Object value = Percentiles.of(fn, fn.args().getFirst().eval(ctx), keys, order, start, end);
        for (int i = start; i < end; i++) {
          result[order[i]] = value;
        }
      }
      case AGGREGATE -> aggregate(fn, in, new Frames(fn, keys, order, start, end, orderCmp), result);
      case FIRST_VALUE, LAST_VALUE -> {
        Frames frames = new Frames(fn, keys, order, start, end, orderCmp);
        for (int i = start; i < end; i++) {
          int at = fn.kind() == WindowNode.Kind.FIRST_VALUE ? frames.first(i) : frames.last(i);
          if (frames.first(i) > frames.last(i)) {
            result[order[i]] = null; // an empty frame
          } else {
            ctx.row = in.get(order[at]);
            result[order[i]] = fn.args().getFirst().eval(ctx);
          }
        }
      }
    }
  }

  /**
   * An aggregate over each row's frame. A frame that starts at the partition's start grows with
   * the rows (its end never moves back), so one accumulator walks forward; one that ends at the
   * partition's end is walked backward the same way; a frame bounded on both sides is added up
   * per row (its width is bounded by its offsets or by the row's peers), reusing the previous
   * row's value when the frame is the same.
   */
  private void aggregate(WindowNode.Function fn, List<Object[]> in, Frames frames, Object[] result) {
    Integer[] order = frames.order;
    int start = frames.start;
    int end = frames.end;
    if (frames.fromPartitionStart()) {
      Accumulator acc = new Accumulator(fn.aggregate());
      int added = start;
      for (int i = start; i < end; i++) {
        for (int last = frames.last(i); added <= last; added++) {
          add(acc, fn, in.get(order[added]));
        }
        result[order[i]] = acc.result();
      }
      nullEliminated |= acc.sawNull;
    } else if (frames.toPartitionEnd()) {
      Accumulator acc = new Accumulator(fn.aggregate());
      int added = end - 1;
      for (int i = end - 1; i >= start; i--) {
        for (int first = frames.first(i); added >= first; added--) {
          add(acc, fn, in.get(order[added]));
        }
        result[order[i]] = acc.result();
      }
      nullEliminated |= acc.sawNull;
    } else {
      int prevFirst = -1;
      int prevLast = -1;
      Object prev = null;
      for (int i = start; i < end; i++) {
        int first = frames.first(i);
        int last = frames.last(i);
        if (i == start || first != prevFirst || last != prevLast) {
          Accumulator acc = new Accumulator(fn.aggregate());
          for (int j = first; j <= last; j++) {
            add(acc, fn, in.get(order[j]));
          }
          nullEliminated |= acc.sawNull;
          prev = acc.result();
          prevFirst = first;
          prevLast = last;
        }
        result[order[i]] = prev;
      }
    }
  }

  /**
   * The frames of one partition's rows, {@code order[start..end)} in window order: for sorted
   * position i, the positions of the frame's first and last rows, clipped to the partition (the
   * frame is empty when first > last). Without a frame clause the frame is the whole partition,
   * or (ordered) RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: up to the row's last peer.
   */
  private static final class Frames {
    private static final WindowFrame UNORDERED = new WindowFrame(
        false, new WindowFrame.Bound(WindowFrame.Kind.UNBOUNDED_PRECEDING, 0),
        new WindowFrame.Bound(WindowFrame.Kind.UNBOUNDED_FOLLOWING, 0));
    private static final WindowFrame ORDERED_DEFAULT = new WindowFrame(
        true, new WindowFrame.Bound(WindowFrame.Kind.UNBOUNDED_PRECEDING, 0),
        new WindowFrame.Bound(WindowFrame.Kind.CURRENT_ROW, 0));

    final Integer[] order;
    final int start;
    final int end;
    private final WindowFrame frame;
    /** RANGE's CURRENT ROW: each position's first peer and one past its last peer. */
    private final int[] peerStart;
    private final int[] peerEnd;

    Frames(WindowNode.Function fn, Object[][] keys, Integer[] order, int start, int end,
        Comparator<Object[]> orderCmp) {
      this.order = order;
      this.start = start;
      this.end = end;
      this.frame = fn.frame() != null ? fn.frame() : fn.order().isEmpty() ? UNORDERED : ORDERED_DEFAULT;
      if (frame.range()) {
        peerStart = new int[end - start];
        peerEnd = new int[end - start];
        int i = start;
        while (i < end) {
          int j = i + 1;
          while (j < end && orderCmp.compare(keys[order[i]], keys[order[j]]) == 0) {
            j++;
          }
          for (int k = i; k < j; k++) {
            peerStart[k - start] = i;
            peerEnd[k - start] = j;
          }
          i = j;
        }
      } else {
        peerStart = null;
        peerEnd = null;
      }
    }

    boolean fromPartitionStart() {
      return frame.start().kind() == WindowFrame.Kind.UNBOUNDED_PRECEDING;
    }

    boolean toPartitionEnd() {
      return frame.end().kind() == WindowFrame.Kind.UNBOUNDED_FOLLOWING;
    }

    /** The frame's first row for position i (at least the partition's start). */
    int first(int i) {
      return (int) Math.max(start, position(frame.start(), i, true));
    }

    /** The frame's last row for position i (at most the partition's last). */
    int last(int i) {
      return (int) Math.min(end - 1L, position(frame.end(), i, false));
    }

    private long position(WindowFrame.Bound bound, int i, boolean isStart) {
      return switch (bound.kind()) {
        case UNBOUNDED_PRECEDING -> start;
        case UNBOUNDED_FOLLOWING -> end - 1;
        // Offsets past the partition clip to it (and cannot overflow).
        case PRECEDING -> (long) i - Math.min(bound.offset(), end);
        case FOLLOWING -> (long) i + Math.min(bound.offset(), end);
        case CURRENT_ROW -> frame.range() ? (isStart ? peerStart[i - start] : peerEnd[i - start] - 1) : i;
      };
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
    dev.quern.catalog.value.Collation[] collations = new dev.quern.catalog.value.Collation[to - from];
    for (int k = from; k < to; k++) {
      columns[k - from] = k;
      if (k < pk) {
        types[k - from] = fn.partition().get(k).type();
        collations[k - from] = dev.quern.engine.expr.ExprCollations.carried(fn.partition().get(k));
      } else {
        types[k - from] = fn.order().get(k - pk).expr().type();
        collations[k - from] = dev.quern.engine.expr.ExprCollations.carried(fn.order().get(k - pk).expr());
        desc[k - from] = fn.order().get(k - pk).descending();
      }
    }
    return new RowComparator(columns, desc, types, collations);
  }
}
