package dev.quern.engine.exec.op;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads the ranges of parallel scans run on ({@link GatherStreams}), shared by every
 * session: one fewer than the machine's processors (at least one), since the requesting thread
 * reads a range too. Platform daemon threads, started when first needed; a range waiting for a
 * free one is read by its requesting thread instead, so a busy pool only makes a query serial.
 */
final class ParallelScanWorkers {
  private ParallelScanWorkers() {}

  /** The largest degree a parallel scan may use: the processors the JVM may run on. */
  static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The pool, made when the first parallel scan runs (lazy holder). */
  private static final class Pool {
    static final ExecutorService THREADS = Executors.newFixedThreadPool(
        Math.max(1, processors() - 1), Thread.ofPlatform().daemon().name("quern-parallel-scan-", 0).factory());
  }

  /** Runs {@code range} on a worker when one is free. */
  static void submit(Runnable range) {
    Pool.THREADS.execute(range);
  }
}
