package dev.quern.ext.stats;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The accounting of one running call: listed in {@code sys.dm_external_script_requests} from
 * {@link ExternalScriptStats#begin} until {@link #close()}, which adds it to the totals.
 */
public final class RequestRecord implements AutoCloseable {
  private final ExternalScriptStats owner;
  private volatile RunningRequest request;
  private final boolean streaming;
  private final boolean parallel;
  private final long startNanos = System.nanoTime();
  private final Map<Phase, Long> phaseNanos = new EnumMap<>(Phase.class);
  private final AtomicBoolean closed = new AtomicBoolean();
  private long rowsIn;
  private long rowsOut;
  private boolean failed;

  RequestRecord(ExternalScriptStats owner, RunningRequest request, boolean streaming, boolean parallel) {
    this.owner = owner;
    this.request = request;
    this.streaming = streaming;
    this.parallel = parallel;
  }

  public UUID id() {
    return request.externalScriptRequestId();
  }

  RunningRequest request() {
    return request;
  }

  /** The satellites actually used ({@code degree_of_parallelism}), known once they are leased. */
  public void setDegreeOfParallelism(int dop) {
    RunningRequest r = request;
    request = new RunningRequest(r.externalScriptRequestId(), r.language(), dop, r.externalUserName());
  }

  public synchronized void addPhase(Phase phase, long nanos) {
    phaseNanos.merge(phase, nanos, Long::sum);
  }

  public synchronized void addRowsIn(long n) {
    rowsIn += n;
  }

  public synchronized void addRowsOut(long n) {
    rowsOut += n;
  }

  public synchronized void markFailed() {
    failed = true;
  }

  synchronized long rowsIn() {
    return rowsIn;
  }

  synchronized long rowsOut() {
    return rowsOut;
  }

  synchronized boolean failed() {
    return failed;
  }

  synchronized Map<Phase, Long> phases() {
    return new EnumMap<>(phaseNanos);
  }

  boolean streaming() {
    return streaming;
  }

  boolean parallel() {
    return parallel;
  }

  long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      owner.end(this);
    }
  }
}
