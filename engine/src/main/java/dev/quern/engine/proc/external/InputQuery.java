package dev.quern.engine.proc.external;

import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.ast.SelectStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.RowSource;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The rows of {@code @input_data_1}, streamed: the query runs through the interpreter on a
 * virtual thread (so tables, transactions and late binding behave as in any SELECT) while the
 * calling thread is blocked in the runtime; rows pass through a bounded queue that the runtime
 * drains a batch at a time, so neither side ever holds the whole input. Rows cross the queue in
 * chunks of {@value #CHUNK_ROWS}: one hand-off (lock, wake-up) per row cost more than the
 * runtime's own work per row. A chunk is a {@link ColumnBatch} filled as each row is made (its
 * values taken apart while they are still in the CPU's caches, no copy of the row kept); drained
 * chunks go back to the producer for reuse.
 *
 * <pre>
 * producer (virtual thread): host.runCapturing(SELECT) → columns → column chunks → END
 * consumer (runtime, caller's thread): columns() waits for the columns; next(into, max) and
 *   next(batch) fill the whole batch (blocking) unless the input ends first
 * close(): stops the producer (its next row throws) and waits for it to finish
 * </pre>
 */
final class InputQuery implements RowSource, AutoCloseable {
  /** Rows per hand-off between the query and the runtime. */
  private static final int CHUNK_ROWS = 4096;

  /**
   * Chunks in flight: with the one being filled and the one being drained, at most 6 × {@value
   * #CHUNK_ROWS} rows are held whatever the input size (plus as many drained chunks kept for reuse).
   */
  private static final int QUEUE_CHUNKS = 4;

  private static final ColumnBatch END = new ColumnBatch(List.of(), 0);

  private final BlockingQueue<ColumnBatch> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
  /** Drained chunks, cleared, for the producer to fill again. */
  private final BlockingQueue<ColumnBatch> free = new ArrayBlockingQueue<>(QUEUE_CHUNKS + 2);
  private final CompletableFuture<List<ExternalColumn>> columns = new CompletableFuture<>();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private volatile boolean closed;
  private volatile SqlMessage error;
  private boolean ended;
  /** The consumer's current chunk and its next row. */
  private ColumnBatch draining = END;
  private int drained;

  private InputQuery() {}

  /** Checks that {@code sql} is one SELECT, compiles it (errors raised here) and starts it. */
  static InputQuery open(String sql, ProcedureHost host) {
    List<Statement> statements = Parser.parseBatch(sql, host.state().sessionOptions().has(
        dev.quern.engine.session.SessionOptions.QUOTED_IDENTIFIER));
    if (statements.size() != 1 || !(statements.getFirst() instanceof SelectStatement)) {
      throw SqlErrors.EXTERNAL_INPUT_NOT_SELECT.raise();
    }
    BatchPlan plan = host.compile(sql, List.of(), "");
    InputQuery q = new InputQuery();
    Thread.ofVirtual().name("input_data_1-" + host.state().spid()).start(() -> q.produce(plan, host));
    return q;
  }

  private void produce(BatchPlan plan, ProcedureHost host) {
    Capture capture = new Capture();
    try {
      host.runCapturing(plan, new Object[plan.frameSize()], capture);
      capture.flush();
    } catch (RuntimeException e) {
      if (error == null && !closed) {
        error = e instanceof SqlException s ? s.toMessage() : SqlErrors.INTERNAL_ERROR.message();
      }
    } finally {
      columns.complete(List.of());
      put(END);
      finished.complete(null);
    }
  }

  @Override
  public List<ExternalColumn> columns() {
    try {
      List<ExternalColumn> cols = columns.get();
      if (cols.isEmpty()) {
        throwIfFailed();
      }
      return cols;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for @input_data_1", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public int next(Object[][] batch) {
    int n = 0;
    while (n < batch.length && nextChunk()) {
      int k = Math.min(batch.length - n, draining.rowCount() - drained);
      for (int i = 0; i < k; i++) {
        batch[n++] = draining.row(drained++);
      }
    }
    return n;
  }

  @Override
  public int next(ColumnBatch into, int max) {
    int n = 0;
    while (n < max && !into.isFull() && nextChunk()) {
      int k = into.append(draining, drained, max - n);
      drained += k;
      n += k;
    }
    return n;
  }

  /**
   * Whether a chunk with rows left to drain is at hand, taking the next one (and handing the
   * drained one back) when needed; false at the end of the input.
   */
  private boolean nextChunk() {
    if (ended) {
      return false;
    }
    if (drained < draining.rowCount()) {
      return true;
    }
    try {
      if (draining != END) {
        draining.clear();
        free.offer(draining);
      }
      draining = queue.take();
      drained = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading @input_data_1", e);
    }
    if (draining == END) {
      ended = true;
      throwIfFailed();
      return false;
    }
    return true;
  }

  private void throwIfFailed() {
    SqlMessage m = error;
    if (m != null) {
      throw new SqlException(m.number(), m.severity(), m.state(), m.text(), Abort.STATEMENT);
    }
  }

  /** Stops the query if the runtime did not read it to the end, and waits until it stopped. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    finished.join();
  }

  private void put(ColumnBatch item) {
    try {
      while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        if (closed) {
          queue.clear();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Receives the query's output on the producer thread: the first result set only, a row at a
   * time or, for a query the engine evaluates by columns, written straight into the chunks.
   */
  private final class Capture extends DiscardingSink implements ColumnarSink {
    private int resultSets;
    private List<ExternalColumn> cols;
    private ColumnBatch chunk;

    @Override
    public void columns(List<ResultColumn> resultColumns) {
      if (resultSets++ == 0) {
        cols = ColumnarSink.batchColumns(resultColumns);
        chunk = new ColumnBatch(cols, CHUNK_ROWS);
        columns.complete(cols);
      }
    }

    @Override
    public void row(Object[] values) {
      checkOpen();
      if (resultSets == 1) {
        chunk.add(values); // copied out at once: the executor may reuse its row array
        handOnIfFull();
      }
    }

    @Override
    public ColumnBatch columnBatch() {
      checkOpen();
      if (resultSets != 1) {
        return null;
      }
      handOnIfFull();
      return chunk;
    }

    private void checkOpen() {
      if (closed) {
        // Nobody reads the rows any more: end the query as a SQL error (reported to this
        // capture, which ignores it once closed) rather than an engine defect.
        throw SqlErrors.EXTERNAL_INPUT_ABANDONED.raise();
      }
    }

    private void handOnIfFull() {
      if (chunk.isFull()) {
        put(chunk);
        ColumnBatch reused = free.poll();
        chunk = reused != null ? reused : new ColumnBatch(cols, CHUNK_ROWS);
      }
    }

    /** Hands over the rows of the last, partly filled chunk. */
    void flush() {
      if (chunk != null && chunk.rowCount() > 0) {
        put(chunk);
        chunk = null;
      }
    }

    @Override
    public void message(SqlMessage message) {
      if (message.isError() && error == null) {
        error = message;
      }
    }
  }
}
