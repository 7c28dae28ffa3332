package dev.quern.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task per thread, all at once, for a warm-up and then a measured window, and counts
 * what completed in the window: operations, rows, latencies. The first failure stops every
 * thread and is rethrown, so a broken statement is reported rather than timed.
 */
public final class TimedRun {
  private TimedRun() {}

  /** One operation (a statement round trip); returns the rows it wrote or read. */
  @FunctionalInterface
  public interface Task {
    long once() throws Exception;
  }

  /** What completed in the measured window, over all threads, and the CPU both sides spent. */
  public record Result(long operations, long rows, double seconds, Samples latencies, CpuMeter.Use cpu) {
    public double operationsPerSecond() {
      return operations / seconds;
    }

    public double rowsPerSecond() {
      return rows / seconds;
    }
  }

  /**
   * Runs {@code tasks} (one thread each) for {@code warmUp}, then measures for {@code window};
   * {@code cpu} is read at the window's start and once every thread has finished.
   */
  public static Result run(List<Task> tasks, Duration warmUp, Duration window, CpuMeter cpu) throws Exception {
    long measureFrom = System.nanoTime() + warmUp.toNanos();
    long measureUntil = measureFrom + window.toNanos();
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Worker> workers = new ArrayList<>();
    for (Task task : tasks) {
      workers.add(new Worker(task, measureFrom, measureUntil, failure));
    }
    List<Thread> threads = workers.stream().map(w -> Thread.ofPlatform().name("bench-worker").start(w)).toList();
    long untilWindow = measureFrom - System.nanoTime();
    if (untilWindow > 0) {
      Thread.sleep(untilWindow / 1_000_000, (int) (untilWindow % 1_000_000));
    }
    cpu.start();
    for (Thread t : threads) {
      t.join();
    }
    CpuMeter.Use used = cpu.stop();
    if (failure.get() != null) {
      throw failure.get();
    }
    Samples latencies = new Samples(1024);
    long operations = 0;
    long rows = 0;
    long lastEnd = measureFrom;
    for (Worker w : workers) {
      latencies.addAll(w.latencies);
      operations += w.operations;
      rows += w.rows;
      lastEnd = Math.max(lastEnd, w.lastEnd);
    }
    if (operations == 0) {
      throw new IllegalStateException("no operation completed in the measured window");
    }
    // The window ends when the last operation started inside it finished, so none is cut short.
    return new Result(operations, rows, (lastEnd - measureFrom) / 1e9, latencies, used);
  }

  private static final class Worker implements Runnable {
    private final Task task;
    private final long measureFrom;
    private final long measureUntil;
    private final AtomicReference<Exception> failure;
    private final Samples latencies = new Samples(1024);
    private long operations;
    private long rows;
    private long lastEnd;

    Worker(Task task, long measureFrom, long measureUntil, AtomicReference<Exception> failure) {
      this.task = task;
      this.measureFrom = measureFrom;
      this.measureUntil = measureUntil;
      this.failure = failure;
    }

    @Override
    public void run() {
      try {
        while (failure.get() == null && System.nanoTime() < measureFrom) {
          task.once();
        }
        long start = System.nanoTime();
        while (failure.get() == null && start < measureUntil) {
          long n = task.once();
          long end = System.nanoTime();
          latencies.add(end - start);
          operations++;
          rows += n;
          lastEnd = end;
          start = end;
        }
      } catch (Exception e) {
        failure.compareAndSet(null, e);
      }
    }
  }
}
