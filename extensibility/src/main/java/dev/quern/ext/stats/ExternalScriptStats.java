package dev.quern.ext.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counters behind the external-script DMVs: running requests for {@code
 * sys.dm_external_script_requests}, cumulative per-language counters for {@code
 * sys.dm_external_script_execution_stats}, and the {@code SQLServer:External Scripts} performance
 * counters. Each finished call is also logged at debug level with rows and time per phase.
 *
 * <p>Counters per language: {@code script_executions} (the name SQL Server's extensibility
 * framework reports), {@code streaming_executions}, {@code parallel_executions}, {@code
 * execution_errors}, {@code rows_in}, {@code rows_out}, {@code execution_time_ms} and {@code
 * <phase>_time_ms} for every {@link Phase}. They count since server start (SQL Server persists
 * them; Quern does not yet).
 */
public final class ExternalScriptStats {
  private static final Logger LOG = LoggerFactory.getLogger(ExternalScriptStats.class);

  private final Map<UUID, RequestRecord> running = new ConcurrentHashMap<>();
  private final Map<String, Map<String, LongAdder>> counters = new ConcurrentHashMap<>();

  /** Registers a call that starts now. */
  public RequestRecord begin(
      UUID id, String language, int dop, String externalUser, boolean streaming, boolean parallel) {
    RequestRecord r =
        new RequestRecord(this, new RunningRequest(id, language, dop, externalUser), streaming, parallel);
    running.put(id, r);
    return r;
  }

  /** {@code sys.dm_external_script_requests}: the calls running now. */
  public List<RunningRequest> runningRequests() {
    return running.values().stream().map(RequestRecord::request).toList();
  }

  /** {@code sys.dm_external_script_execution_stats}, ordered by language and counter name. */
  public List<ExecutionCounter> executionStats() {
    List<ExecutionCounter> out = new ArrayList<>();
    new TreeMap<>(counters)
        .forEach(
            (lang, byName) ->
                new TreeMap<>(byName)
                    .forEach((name, v) -> out.add(new ExecutionCounter(lang, name, v.sum()))));
    return out;
  }

  /** The SQLServer:External Scripts performance counters, all languages together. */
  public List<ExecutionCounter> performanceCounters() {
    return List.of(
        perf("Total Executions", "script_executions"),
        perf("Parallel Executions", "parallel_executions"),
        new ExecutionCounter("", "SQL CC Executions", 0),
        perf("Streaming Executions", "streaming_executions"),
        new ExecutionCounter("", "Implied Auth. Logins", 0),
        perf("Total Execution Time (ms)", "execution_time_ms"),
        perf("Execution Errors", "execution_errors"));
  }

  /** One counter's current value (0 when never counted). */
  public long counter(String language, String name) {
    Map<String, LongAdder> byName = counters.get(language);
    LongAdder a = byName == null ? null : byName.get(name);
    return a == null ? 0 : a.sum();
  }

  void end(RequestRecord r) {
    running.remove(r.id());
    String lang = r.request().language();
    long ms = r.elapsedNanos() / 1_000_000;
    add(lang, "script_executions", 1);
    add(lang, "streaming_executions", r.streaming() ? 1 : 0);
    add(lang, "parallel_executions", r.parallel() ? 1 : 0);
    add(lang, "execution_errors", r.failed() ? 1 : 0);
    add(lang, "rows_in", r.rowsIn());
    add(lang, "rows_out", r.rowsOut());
    add(lang, "execution_time_ms", ms);
    Map<Phase, Long> phases = r.phases();
    phases.forEach((p, nanos) -> add(lang, p.name().toLowerCase(java.util.Locale.ROOT) + "_time_ms", nanos / 1_000_000));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "external script {} ({}) {} in {} ms: rows in {}, rows out {}, phases (us) {}",
          r.id(),
          lang,
          r.failed() ? "failed" : "done",
          ms,
          r.rowsIn(),
          r.rowsOut(),
          micros(phases));
    }
  }

  private static Map<Phase, Long> micros(Map<Phase, Long> nanos) {
    Map<Phase, Long> out = new TreeMap<>();
    nanos.forEach((p, n) -> out.put(p, n / 1_000));
    return out;
  }

  private void add(String lang, String name, long v) {
    counters
        .computeIfAbsent(lang, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(name, k -> new LongAdder())
        .add(v);
  }

  private ExecutionCounter perf(String perfName, String counter) {
    long sum = 0;
    for (String lang : counters.keySet()) {
      sum += counter(lang, counter);
    }
    return new ExecutionCounter("", perfName, sum);
  }
}
