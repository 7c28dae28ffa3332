package dev.quern.engine.exec;

import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.op.ColumnarProjection;
import dev.quern.engine.exec.op.ColumnarSource;
import dev.quern.engine.exec.op.ColumnarTableScan;
import dev.quern.engine.exec.op.Operator;
import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs SELECT statements: streams rows to the sink, or assigns them to variables. */
final class QueryExecutor {
  /** Rows of the first batch of a plain table read to a row sink ({@link #selectBatches}). */
  private static final int FIRST_BATCH_ROWS = 64;

  /** Rows of the next batches. */
  private static final int BATCH_ROWS = 4096;

  private final SessionState state;

  QueryExecutor(SessionState state) {
    this.state = state;
  }

  void select(StatementPlan.Select s, Frame frame, ResultSink sink) {
    QueryPlan q = s.query();
    int width = q.columns().size();
    SessionOptions o = state.sessionOptions();
    var actuals = state.actuals();
    if (actuals != null) {
      actuals.ran(q); // counted row by row: no columnar path
    }
    if (!o.flag("FMTONLY") && actuals == null) {
      if (sink instanceof ColumnarSink columnar) {
        ColumnarSource p = ColumnarProjection.of(q.root(), width, operators(frame, s.maxDop()), frame.eval);
        if (p == null) {
          p = tableScan(q, width, s);
        }
        if (p != null) {
          sink.columns(q.columns());
          ColumnBatch batch = columnar.columnBatch();
          if (batch != null) {
            selectColumnar(p, columnar, batch, frame);
            return;
          }
          // The sink takes this result set row by row after all: the plan runs as below.
          runRows(operators(frame, s.maxDop()).build(q.root()), width, frame, sink);
          return;
        }
      } else {
        ColumnarSource scan = tableScan(q, width, s);
        if (scan != null) {
          sink.columns(q.columns());
          selectBatches(scan, q.columns(), sink, frame);
          return;
        }
      }
    }
    Operator op = operators(frame, s.maxDop()).build(q.root());
    sink.columns(q.columns());
    runRows(op, width, frame, sink);
  }

  /** A plain read of a table's columns, by columns ({@link ColumnarTableScan}); null for other plans. */
  private ColumnarSource tableScan(QueryPlan q, int width, StatementPlan.Select s) {
    return ColumnarTableScan.of(q.root(), width, state.store(),
        () -> DegreeOfParallelism.of(state, s.maxDop()), state::checkCancelled);
  }

  /**
   * The rows of a plain table read handed to a row sink a batch at a time ({@link
   * ResultSink#rows}): the TDS encoder writes them from the columns, without an {@code Object[]},
   * boxed value or String per row; other sinks take them row by row. The first batch holds {@value
   * #FIRST_BATCH_ROWS} rows, so that a short result allocates little; the next ones {@value
   * #BATCH_ROWS}.
   */
  private void selectBatches(ColumnarSource p, List<ResultColumn> columns, ResultSink sink, Frame frame) {
    List<ExternalColumn> external = ColumnarSink.batchColumns(columns);
    fillBatches(p, new ColumnBatch(external, FIRST_BATCH_ROWS), filled -> {
      sink.rows(filled);
      ColumnBatch next = filled.capacity() == FIRST_BATCH_ROWS ? new ColumnBatch(external, BATCH_ROWS) : filled;
      next.clear();
      return next;
    }, sink, frame);
  }

  /** The rows of a columnar plan written into the sink's batches (as {@link #runRows}). */
  private void selectColumnar(ColumnarSource p, ColumnarSink sink, ColumnBatch first, Frame frame) {
    fillBatches(p, first, filled -> sink.columnBatch(), sink, frame);
  }

  /**
   * Fills batches from {@code p} until it ends or SET ROWCOUNT is reached, starting with {@code
   * first}; {@code next} takes each filled batch and gives the one to fill next.
   */
  private void fillBatches(ColumnarSource p, ColumnBatch first, UnaryOperator<ColumnBatch> next, ResultSink sink, Frame frame) {
    long limit = state.sessionOptions().rowCountLimit;
    long n = 0;
    ColumnBatch batch = first;
    while (limit == 0 || n < limit) {
      state.checkCancelled();
      int k = p.fill(batch, limit == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, limit - n));
      if (k == 0) {
        break;
      }
      n += k;
      batch = next.apply(batch);
    }
    selected(n, sink, frame);
  }

  private void runRows(Operator op, int width, Frame frame, ResultSink sink) {
    SessionOptions o = state.sessionOptions();
    long limit = o.rowCountLimit;
    long n = 0;
    if (!o.flag("FMTONLY")) {
      Object[] row;
      while ((limit == 0 || n < limit) && (row = op.next()) != null) {
        state.checkCancelled();
        sink.row(row.length == width ? row : Arrays.copyOf(row, width));
        n++;
      }
    }
    selected(n, sink, frame);
  }

  /** A SELECT sent {@code n} rows: counted, @@ROWCOUNT set, DONE with the count. */
  private void selected(long n, ResultSink sink, Frame frame) {
    state.activity().rowsReturned(n);
    state.setRowCount(n);
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : n, frame.inProc);
  }

  void assign(StatementPlan.AssignSelect s, Frame frame, ResultSink sink) {
    if (state.actuals() != null) {
      state.actuals().ran(s.query());
    }
    if (s.direct() != null) {
      assignDirect(s, frame, sink);
      return;
    }
    Operator op = operators(frame, s.maxDop()).build(s.query().root());
    BoundExpr[] values = s.values().toArray(BoundExpr[]::new);
    Object[] computed = new Object[values.length];
    long limit = state.sessionOptions().rowCountLimit;
    long n = 0;
    Object[] row;
    while ((limit == 0 || n < limit) && (row = op.next()) != null) {
      state.checkCancelled();
      frame.eval.row = row;
      for (int i = 0; i < values.length; i++) {
        computed[i] = values[i].eval(frame.eval);
      }
      for (int i = 0; i < values.length; i++) {
        frame.variables[s.slots()[i]] = computed[i];
      }
      n++;
    }
    state.setRowCount(n);
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : n, frame.inProc);
  }

  /** Assignments evaluated left to right over the projection's input, each seeing the last. */
  private void assignDirect(StatementPlan.AssignSelect s, Frame frame, ResultSink sink) {
    var project = (dev.quern.engine.plan.ProjectNode) s.query().root();
    Operator op = operators(frame, s.maxDop()).build(project.input());
    BoundExpr[] values = s.direct().toArray(BoundExpr[]::new);
    int[] slots = s.slots();
    long limit = state.sessionOptions().rowCountLimit;
    long n = 0;
    Object[] row;
    while ((limit == 0 || n < limit) && (row = op.next()) != null) {
      state.checkCancelled();
      for (int i = 0; i < values.length; i++) {
        frame.eval.row = row;
        frame.variables[slots[i]] = values[i].eval(frame.eval);
      }
      n++;
    }
    state.setRowCount(n);
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : n, frame.inProc);
  }

  /** The operators of a SELECT with OPTION (MAXDOP {@code maxDop}) (-1: none), at its degree of parallelism. */
  private OperatorBuilder operators(Frame frame, int maxDop) {
    return operators(frame).parallel(() -> DegreeOfParallelism.of(state, maxDop));
  }

  private OperatorBuilder operators(Frame frame) {
    ResultSink sink = state.sink();
    Runnable nullEliminated =
        () -> {
          if (state.sessionOptions().has(SessionOptions.ANSI_WARNINGS)) {
            sink.message(SqlErrors.NULL_ELIMINATED.message());
          }
        };
    return new OperatorBuilder(frame.eval, state::checkCancelled, nullEliminated);
  }
}
