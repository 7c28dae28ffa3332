package dev.quern.engine.stats;

/**
 * Counters over a series of executions: how many, and total/last/min/max of worker (CPU) time,
 * elapsed time and rows, as SQL Server's execution-statistics DMVs show them. Not thread-safe:
 * its owner synchronizes.
 */
final class Timings {
  long count;
  long totalCpuNanos;
  long lastCpuNanos;
  long minCpuNanos = Long.MAX_VALUE;
  long maxCpuNanos;
  long totalElapsedNanos;
  long lastElapsedNanos;
  long minElapsedNanos = Long.MAX_VALUE;
  long maxElapsedNanos;
  long totalRows;
  long lastRows;
  long minRows = Long.MAX_VALUE;
  long maxRows;
  /** System.nanoTime when the last execution ended; 0 before the first. */
  long lastEndNanos;
  /** System.nanoTime when the last execution started. */
  long lastStartNanos;

  void add(long cpuNanos, long elapsedNanos, long rows, long endNanos) {
    count++;
    totalCpuNanos += cpuNanos;
    lastCpuNanos = cpuNanos;
    minCpuNanos = Math.min(minCpuNanos, cpuNanos);
    maxCpuNanos = Math.max(maxCpuNanos, cpuNanos);
    totalElapsedNanos += elapsedNanos;
    lastElapsedNanos = elapsedNanos;
    minElapsedNanos = Math.min(minElapsedNanos, elapsedNanos);
    maxElapsedNanos = Math.max(maxElapsedNanos, elapsedNanos);
    totalRows += rows;
    lastRows = rows;
    minRows = Math.min(minRows, rows);
    maxRows = Math.max(maxRows, rows);
    lastEndNanos = endNanos;
    lastStartNanos = endNanos - elapsedNanos;
  }

  ExecutionTotals snapshot() {
    boolean none = count == 0;
    return new ExecutionTotals(
        count,
        micros(totalCpuNanos), micros(lastCpuNanos), none ? 0 : micros(minCpuNanos), micros(maxCpuNanos),
        micros(totalElapsedNanos), micros(lastElapsedNanos), none ? 0 : micros(minElapsedNanos),
        micros(maxElapsedNanos),
        totalRows, lastRows, none ? 0 : minRows, maxRows, lastStartNanos, lastEndNanos);
  }

  private static long micros(long nanos) {
    return nanos / 1_000;
  }
}
