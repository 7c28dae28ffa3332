package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.engine.session.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A parallel whole-table aggregate, as SQL Server's Parallelism (Gather Streams) over partial
 * Stream Aggregates: each key range's rows are aggregated into accumulators of its own, the
 * ranges at once on {@link ParallelScanWorkers}, then the partial results are merged in key order
 * ({@link Accumulator#merge}).
 *
 * <p>The calling thread reads the first range itself, then any range no worker has started yet
 * (a busy pool never leaves a query waiting). The first error of any range (an overflow, a
 * cancel) stops the others at their next check and is what the query raises; the call returns
 * or throws only once no range is being read any more, so no thread still reads the statement's
 * snapshot after it.
 */
final class GatherStreams {
  /** A range's run: who read it, how many rows, for tests that must tell one thread from two. */
  record PartRun(String thread, long rows) {}

  /** The ranges the last parallel aggregate of the current thread read (package-private hook). */
  private static final ThreadLocal<List<PartRun>> LAST_RUN = new ThreadLocal<>();

  private final List<Part> parts = new ArrayList<>();
  private final Runnable cancelCheck;
  private final AtomicBoolean stop = new AtomicBoolean();
  /** The first failure of any range (a RuntimeException or an Error): what the query raises. */
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final CountDownLatch finished;

  /** One key range: its cursor, reader and accumulators; run once, by whoever claims it. */
  private final class Part implements Runnable {
    final StoredRowCursor cursor;
    final StoredRowAggregation reader;
    final Accumulator[] accumulators;
    final AtomicBoolean claimed = new AtomicBoolean();
    volatile String thread;

    Part(StoredRowCursor cursor, StoredRowAggregation reader, Accumulator[] accumulators) {
      this.cursor = cursor;
      this.reader = reader;
      this.accumulators = accumulators;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return; // the calling thread took it
      }
      try {
        thread = Thread.currentThread().getName();
        if (!stop.get()) {
          reader.consume(cursor, accumulators, GatherStreams.this::check);
        }
      } catch (Stopped e) {
        // Another range failed first: its failure is the query's.
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        stop.set(true);
      } finally {
        cursor.close(); // early; the statement closes it again (closing twice is harmless)
        finished.countDown();
      }
    }
  }

  /** Stops a range quickly once another failed (the thrown exception is never reported). */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped", null, false, false);
    }
  }

  private GatherStreams(
      List<StoredRowCursor> cursors, Supplier<StoredRowAggregation> readers,
      Supplier<Accumulator[]> accumulators, Runnable cancelCheck) {
    this.cancelCheck = cancelCheck;
    this.finished = new CountDownLatch(cursors.size());
    for (StoredRowCursor c : cursors) {
      parts.add(new Part(c, readers.get(), accumulators.get()));
    }
  }

  /**
   * Aggregates the rows of {@code cursors} (consecutive key ranges, in order), each into its own
   * accumulators from {@code accumulators} read by its own reader from {@code readers}, and
   * returns the first range's accumulators with the others merged in; {@code cancelCheck} runs
   * on every thread every 1024 rows.
   */
  static Accumulator[] run(
      List<StoredRowCursor> cursors, Supplier<StoredRowAggregation> readers,
      Supplier<Accumulator[]> accumulators, Runnable cancelCheck, LongConsumer rangeRead) {
    return new GatherStreams(cursors, readers, accumulators, cancelCheck).run(rangeRead);
  }

  /** Runs the ranges; {@code rangeRead} is told each range's row count once all ended, failed or not. */
  private Accumulator[] run(LongConsumer rangeRead) {
    for (int i = 1; i < parts.size(); i++) {
      ParallelScanWorkers.submit(parts.get(i));
    }
    for (Part p : parts) {
      p.run(); // the first range, then those no worker has claimed yet
    }
    awaitAll();
    List<PartRun> runs = new ArrayList<>();
    for (Part p : parts) {
      rangeRead.accept(p.reader.rows());
      runs.add(new PartRun(p.thread, p.reader.rows()));
    }
    LAST_RUN.set(List.copyOf(runs));
    switch (failure.get()) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable t -> throw new IllegalStateException(t);
    }
    Accumulator[] merged = parts.getFirst().accumulators;
    for (Part p : parts.subList(1, parts.size())) {
      for (int i = 0; i < merged.length; i++) {
        merged[i].merge(p.accumulators[i]);
      }
    }
    return merged;
  }

  /**
   * Waits until every range is read. An interrupt (ATTENTION) stops the ranges, still waits for
   * them to let go of the snapshot, then unwinds as a cancel.
   */
  private void awaitAll() {
    boolean interrupted = false;
    while (true) {
      try {
        finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        failure.compareAndSet(null, CancelledException.INSTANCE);
        stop.set(true);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Run by each range every 1024 rows: stops when another range failed or the request was cancelled. */
  private void check() {
    if (stop.get()) {
      throw new Stopped();
    }
    cancelCheck.run();
  }

  /**
   * The ranges the last parallel aggregate run on this thread read, forgotten now; null if none
   * ran here since the last call.
   */
  static List<PartRun> takeLastRun() {
    List<PartRun> last = LAST_RUN.get();
    LAST_RUN.remove();
    return last;
  }
}
