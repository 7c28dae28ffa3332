package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.engine.session.CancelledException;
import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A table's rows read in consecutive key ranges on several threads and handed on in key order,
 * as one scan would hand them: what a {@link ColumnarTableScan} of a big table does when its
 * statement may use more than one thread. It feeds an external script's input, where reading the
 * table on one thread (its rows one JNI round trip each) was the slowest stage of the call.
 *
 * <p>Each range ("part") is read into chunks of {@value #CHUNK_ROWS} rows by whoever claims it
 * first: a worker of {@link ParallelScanWorkers} or the calling thread. The caller drains the
 * parts in order, reading the one it is on a chunk at a time itself when no worker has started
 * it; when a worker reads it and has no chunk ready, the caller reads a later part that nobody has
 * started rather than wait. Only parts within {@code window}
 * of the one being drained are started, so what is held ahead is bounded by the parts' size.
 *
 * <p>The first failure of any part stops the others and is raised when the caller reaches that
 * part. The parts' cursors are closed through {@link #guard}: closing one stops every part and
 * waits until no thread reads it any more, so the statement's end never closes an iterator that
 * a worker is still reading.
 */
final class OrderedPartsScan {
  /** Rows per chunk handed from a part's reader to the caller. */
  static final int CHUNK_ROWS = 4096;

  /** How many parts the last scan opened on the current thread had (package-private hook for tests). */
  private static final ThreadLocal<Integer> LAST_PARTS = new ThreadLocal<>();

  /** Marks the end of a part's chunks (whole, stopped or failed). */
  private static final ColumnBatch END = new ColumnBatch(List.of(), 0);

  private final List<Part> parts = new ArrayList<>();
  private final List<ExternalColumn> columns;
  private final Supplier<StoredColumnsReader> readers;
  private final Runnable cancelCheck;
  private final int window;
  private final AtomicBoolean stop = new AtomicBoolean();
  /** The first failure of any part (a RuntimeException or an Error). */
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  /** Drained chunks, for the readers to fill again. */
  private final ConcurrentLinkedQueue<ColumnBatch> free = new ConcurrentLinkedQueue<>();
  /** The calling thread's own reader. */
  private final StoredColumnsReader own;
  /** The part being drained, the next part to hand to the workers, the chunk being drained. */
  private int current;
  private int submitted = 1;
  private ColumnBatch draining;
  private int drainedAt;

  /** One key range: read once, by whichever thread claims it, into its chunk queue. */
  private final class Part implements Runnable {
    final StoredRowCursor cursor;
    final AtomicBoolean claimed = new AtomicBoolean();
    final LinkedBlockingQueue<ColumnBatch> chunks = new LinkedBlockingQueue<>();
    /** Held while the cursor is read: closing waits for it. */
    final ReentrantLock reading = new ReentrantLock();
    /** Claimed by the calling thread when it became the part being drained (calling thread only). */
    boolean ownedHere;

    Part(StoredRowCursor cursor) {
      this.cursor = cursor;
    }

    /** On a worker: reads the part unless the calling thread claimed it first. */
    @Override
    public void run() {
      if (claimed.compareAndSet(false, true)) {
        read(readers.get());
      }
    }

    /** Reads every row into chunks, then END; stops early (still ending with END) on a stop. */
    void read(StoredColumnsReader reader) {
      while (readChunk(reader)) {
        // until the part has ended
      }
    }

    /**
     * Reads the next chunk of rows into the queue; false once the part has ended (END queued:
     * every row read, a stop, or a failure, which stops every part).
     */
    boolean readChunk(StoredColumnsReader reader) {
      boolean more = false;
      reading.lock();
      try {
        if (!stop.get()) {
          cancelCheck.run();
          ColumnBatch chunk = emptyChunk();
          int n = reader.read(cursor, chunk, CHUNK_ROWS);
          if (n > 0) {
            chunks.add(chunk);
          } else {
            free.add(chunk);
          }
          more = n == CHUNK_ROWS;
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        stop.set(true);
      } finally {
        reading.unlock();
      }
      if (!more) {
        chunks.add(END);
      }
      return more;
    }

    /** Stops every part, waits until nobody reads this one, closes its cursor. */
    void close() {
      stop.set(true);
      reading.lock();
      try {
        cursor.close();
      } finally {
        reading.unlock();
      }
    }
  }

  /**
   * @param cursors the table's consecutive key ranges, in key order (at least two)
   * @param columns the columns of the batches the rows go to
   * @param readers a reader for each thread that reads a part
   * @param window how many parts after the one being drained may be read meanwhile
   */
  OrderedPartsScan(List<StoredRowCursor> cursors, List<ExternalColumn> columns,
      Supplier<StoredColumnsReader> readers, Runnable cancelCheck, int window) {
    this.columns = columns;
    this.readers = readers;
    this.cancelCheck = cancelCheck;
    this.window = window;
    this.own = readers.get();
    for (StoredRowCursor c : cursors) {
      parts.add(new Part(c));
    }
    LAST_PARTS.set(parts.size());
    startAhead();
  }

  /** The number of parts of the last scan opened on this thread, forgotten now; null if none. */
  static Integer takeLastParts() {
    Integer last = LAST_PARTS.get();
    LAST_PARTS.remove();
    return last;
  }

  /** Part {@code i}'s cursor as the statement should close it (see the class comment). */
  AutoCloseable guard(int i) {
    return parts.get(i)::close;
  }

  int parts() {
    return parts.size();
  }

  /**
   * Appends up to {@code max} rows, in key order, to {@code out} (as far as it has room); 0 once
   * every part is drained.
   */
  int fill(ColumnBatch out, int max) {
    int room = Math.min(max, out.capacity() - out.rowCount());
    int k = 0;
    while (k < room) {
      if (draining == null) {
        if (current == parts.size()) {
          break;
        }
        ColumnBatch next = nextChunk(parts.get(current));
        if (next == END) {
          raiseFailure(); // a part that stopped early ended short: never hand on a partial table
          current++;
          startAhead();
          continue;
        }
        draining = next;
        drainedAt = 0;
      }
      int m = out.append(draining, drainedAt, room - k);
      k += m;
      drainedAt += m;
      if (drainedAt == draining.rowCount()) {
        draining.clear();
        free.add(draining);
        draining = null;
      }
    }
    return k;
  }

  /**
   * The next chunk (or END) of {@code p}: read here if nobody has started it; else, while none is
   * ready, a later part nobody has started is read here instead of waiting.
   */
  private ColumnBatch nextChunk(Part p) {
    if (p.claimed.compareAndSet(false, true)) {
      p.ownedHere = true;
    }
    if (p.ownedHere && p.chunks.isEmpty()) {
      p.readChunk(own); // the part being drained, read here a chunk at a time: rows go on at once
    }
    while (true) {
      ColumnBatch next = p.chunks.poll();
      if (next != null) {
        return next;
      }
      Part ahead = claimAhead();
      if (ahead != null) {
        ahead.read(own);
        continue;
      }
      try {
        next = p.chunks.poll(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        failure.compareAndSet(null, CancelledException.INSTANCE);
        stop.set(true);
        Thread.currentThread().interrupt();
        raiseFailure();
      }
      if (next != null) {
        return next;
      }
      cancelCheck.run();
    }
  }

  /** The first part after the current one, within the window, that nobody has started: claimed. */
  private Part claimAhead() {
    int last = Math.min(parts.size() - 1, current + window);
    for (int i = current + 1; i <= last; i++) {
      Part p = parts.get(i);
      if (p.claimed.compareAndSet(false, true)) {
        return p;
      }
    }
    return null;
  }

  /** Hands the workers the parts that entered the window. */
  private void startAhead() {
    int last = Math.min(parts.size() - 1, current + window);
    while (submitted <= last) {
      ParallelScanWorkers.submit(parts.get(submitted++));
    }
  }

  private ColumnBatch emptyChunk() {
    ColumnBatch chunk = free.poll();
    return chunk != null ? chunk : new ColumnBatch(columns, CHUNK_ROWS);
  }

  private void raiseFailure() {
    switch (failure.get()) {
      case null -> {}
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable t -> throw new IllegalStateException(t);
    }
  }
}
