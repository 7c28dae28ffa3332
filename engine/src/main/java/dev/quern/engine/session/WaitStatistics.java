package dev.quern.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Waits finished since the server started, by wait type (sys.dm_os_wait_stats). The wait types
 * Quern reports are listed with zeros before their first wait, as SQL Server lists every type.
 * A session keeps its own too ({@link #forSession()}, sys.dm_exec_session_wait_stats), listing only
 * the types it has waited for.
 */
public final class WaitStatistics {
  /** Waiting for WAITFOR DELAY / TIME to pass. */
  public static final String WAITFOR = "WAITFOR";

  /** Waiting for the client to read results it asked for (the connection is not writable). */
  public static final String ASYNC_NETWORK_IO = "ASYNC_NETWORK_IO";

  /** Waiting for an external script: its satellite, its input and its results. */
  public static final String EXTERNAL_SCRIPT_NETWORK_IO = "EXTERNAL_SCRIPT_NETWORK_IO";

  /**
   * A commit waiting for its changes to reach the log on disk (the WAL's write and fsync, shared
   * with the commits of the same group).
   */
  public static final String WRITELOG = "WRITELOG";

  private static final List<String> REPORTED =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(ASYNC_NETWORK_IO, EXTERNAL_SCRIPT_NETWORK_IO, WAITFOR, WRITELOG),
              java.util.Arrays.stream(dev.quern.catalog.kv.KvLockWaits.Mode.values())
                  .map(dev.quern.catalog.kv.KvLockWaits.Mode::waitType))
          .toList();

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  public WaitStatistics() {
    REPORTED.forEach(t -> counters.put(t, new Counter()));
  }

  private WaitStatistics(boolean listEveryType) {
    if (listEveryType) {
      REPORTED.forEach(t -> counters.put(t, new Counter()));
    }
  }

  /** One session's waits: only the types it waited for are listed, as SQL Server lists them. */
  public static WaitStatistics forSession() {
    return new WaitStatistics(false);
  }

  /** One wait of {@code type} ended after {@code nanos}. */
  public void record(String type, long nanos) {
    counters.computeIfAbsent(type, t -> new Counter()).add(nanos);
  }

  /**
   * Starts every counter again from zero (DBCC SQLPERF('sys.dm_os_wait_stats', CLEAR)); a wait
   * ending meanwhile counts in the old counters or the new ones.
   */
  public void clear() {
    counters.replaceAll((type, c) -> new Counter());
  }

  /** Forgets every wait and type (a session's, when its pooled connection is reset). */
  public void forget() {
    counters.clear();
  }

  /** A row per wait type, ordered by name. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    counters.forEach(
        (type, c) ->
            rows.add(new Row(type, c.count.sum(), c.totalNanos.sum() / 1_000_000, c.maxNanos.get() / 1_000_000)));
    rows.sort(java.util.Comparator.comparing(Row::waitType));
    return rows;
  }

  /** sys.dm_os_wait_stats' counters for one wait type (times in milliseconds). */
  public record Row(String waitType, long waitingTasks, long waitTimeMs, long maxWaitTimeMs) {}

  private static final class Counter {
    final LongAdder count = new LongAdder();
    final LongAdder totalNanos = new LongAdder();
    final AtomicLong maxNanos = new AtomicLong();

    void add(long nanos) {
      count.increment();
      totalNanos.add(nanos);
      maxNanos.accumulateAndGet(nanos, Math::max);
    }
  }
}
