package dev.quern.engine.stats;

/**
 * A consistent reading of execution counters: times in microseconds (SQL Server's unit for
 * worker and elapsed time), rows as counted, the last run's start and end as System.nanoTime
 * readings ({@link PlanCache#instant} turns them into wall-clock times).
 */
public record ExecutionTotals(
    long executionCount,
    long totalWorkerTime,
    long lastWorkerTime,
    long minWorkerTime,
    long maxWorkerTime,
    long totalElapsedTime,
    long lastElapsedTime,
    long minElapsedTime,
    long maxElapsedTime,
    long totalRows,
    long lastRows,
    long minRows,
    long maxRows,
    long lastStartNanos,
    long lastEndNanos) {}
