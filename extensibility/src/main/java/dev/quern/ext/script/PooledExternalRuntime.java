package dev.quern.ext.script;

import dev.quern.ext.governor.Admission;
import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.pool.HostStartException;
import dev.quern.ext.pool.Lease;
import dev.quern.ext.pool.PoolKey;
import dev.quern.ext.pool.Satellite;
import dev.quern.ext.pool.SatelliteHostFactory;
import dev.quern.ext.pool.SatellitePool;
import dev.quern.ext.spi.ExternalRuntime;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalScriptCancelledException;
import dev.quern.ext.spi.ExternalScriptErrors;
import dev.quern.ext.spi.ExternalScriptException;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.ExternalScriptSink;
import dev.quern.ext.stats.Phase;
import dev.quern.ext.stats.RequestRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The language-neutral part of every call: register it for the DMVs, admit it into its external
 * resource pool (queueing at MAX_PROCESSES), take a warm satellite of (language, login, pool),
 * wire cancellation to killing that satellite, and end the lease exactly once. With {@code
 * @parallel = 1} it takes up to {@link dev.quern.ext.pool.PoolSettings#maxDop()} satellites, as far
 * as the pool admits them at once. A call of a session ({@link ExternalScriptRequest#session})
 * that runs on one satellite takes the one its session's last call left parked, when that one
 * would run under the same limits and libraries ({@link CallProfile}), and parks its own after it
 * completed when the satellite can serve another call. A runtime supplies the satellites ({@link SatelliteHostFactory}) and the conversation with one ({@link #call}).
 */
public abstract class PooledExternalRuntime<S extends Satellite> implements ExternalRuntime {
  protected final ExternalRuntimeContext context;
  private final SatellitePool<S> pool;

  protected PooledExternalRuntime(ExternalRuntimeContext context, SatelliteHostFactory<S> factory) {
    this.context = context;
    this.pool = new SatellitePool<>(factory, context.poolSettings());
  }

  /** The pool (tests and DMVs). */
  public SatellitePool<S> pool() {
    return pool;
  }

  /** The OS account a login's satellites run as ({@code external_user_name}). */
  protected abstract String externalUserName(String login);

  /**
   * Runs the call on the leased satellites (more than one only for {@code @parallel = 1}). Throws
   * {@link ExternalScriptException} for failures; after a cancellation the caller turns whatever
   * is thrown into {@link ExternalScriptCancelledException}.
   */
  protected abstract void call(
      List<Lease<S>> leases,
      ExternalScriptRequest request,
      ExternalScriptSink sink,
      RequestRecord record,
      ExternalResourcePool limits);

  /** Whether a request can use several satellites: the runtime must be able to split its input. */
  protected boolean canRunInParallel(ExternalScriptRequest request) {
    return request.parallel() && request.input() != null && request.rowsPerRead() == 0;
  }

  @Override
  public final void execute(ExternalScriptRequest request, ExternalScriptSink sink) {
    try (RequestRecord record =
        context
            .stats()
            .begin(
                request.requestId(),
                language(),
                1,
                externalUserName(request.loginName()),
                request.rowsPerRead() > 0,
                request.parallel())) {
      try {
        admitAndRun(request, sink, record);
      } catch (ExternalScriptCancelledException e) {
        throw e; // cancelled, not failed: not an execution error
      } catch (RuntimeException e) {
        record.markFailed();
        throw e;
      }
    }
  }

  private void admitAndRun(ExternalScriptRequest request, ExternalScriptSink sink, RequestRecord record) {
    long t0 = System.nanoTime();
    List<Admission> admissions = new ArrayList<>();
    List<Lease<S>> leases = new ArrayList<>();
    try {
      admissions.add(context.governor().admit(request.resourcePool(), request.cancellation()));
      if (canRunInParallel(request)) {
        // Extra satellites only as far as the pool has room now: parallelism is a hint.
        for (int i = 1; i < context.poolSettings().maxDop(); i++) {
          java.util.Optional<Admission> extra = context.governor().tryAdmit(request.resourcePool());
          if (extra.isEmpty()) {
            break;
          }
          admissions.add(extra.get());
        }
      }
      long t1 = System.nanoTime();
      record.addPhase(Phase.ADMIT, t1 - t0);
      ExternalResourcePool limits = admissions.getFirst().pool();
      // One satellite per call may be kept for the session's next call (parallel calls take spares).
      CallProfile profile = request.session() != null && admissions.size() == 1
          ? CallProfile.of(limits, request.libraries()) : null;
      Lease<S> kept = profile == null ? null : pool.takeParked(request.session(), poolKey(request), profile);
      if (kept != null) {
        leases.add(kept);
      }
      while (leases.size() < admissions.size()) {
        leases.add(acquire(request));
      }
      record.addPhase(Phase.ACQUIRE, System.nanoTime() - t1);
      record.setDegreeOfParallelism(leases.size());
      runOnLeases(leases, request, sink, record, limits, profile);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExternalScriptCancelledException();
    } finally {
      leases.forEach(Lease::kill); // no-op for leases already ended
      admissions.forEach(Admission::close);
    }
  }

  /**
   * Asks the host that serves {@code request}'s login and pool to load {@code modules} ahead of
   * the satellites it starts from now on ({@link dev.quern.ext.pool.SatelliteHost#preload}).
   */
  protected void preload(ExternalScriptRequest request, Collection<String> modules) {
    if (!modules.isEmpty()) {
      pool.preload(poolKey(request), modules);
    }
  }

  private PoolKey poolKey(ExternalScriptRequest request) {
    return new PoolKey(language(), request.loginName(), request.resourcePool());
  }

  private Lease<S> acquire(ExternalScriptRequest request) throws InterruptedException {
    try {
      return pool.acquire(poolKey(request), request.cancellation());
    } catch (HostStartException e) {
      throw ExternalScriptErrors.launchFailed(language(), request.requestId(), e.getMessage());
    }
  }

  private void runOnLeases(
      List<Lease<S>> leases,
      ExternalScriptRequest request,
      ExternalScriptSink sink,
      RequestRecord record,
      ExternalResourcePool limits,
      CallProfile profile) {
    Runnable unregister = request.cancellation().onCancel(() -> leases.forEach(Lease::kill));
    boolean completed = false;
    try {
      call(leases, request, sink, record, limits);
      completed = true;
    } catch (RuntimeException e) {
      // An interrupt (the engine's other way to cancel) closes the socket mid-call: same outcome.
      if (request.cancellation().isCancelled() || Thread.currentThread().isInterrupted()) {
        throw new ExternalScriptCancelledException();
      }
      throw e;
    } finally {
      unregister.run();
      for (Lease<S> lease : leases) {
        if (!completed) {
          lease.kill();
        } else if (profile != null && lease.satellite().reusable() && lease.detach()) {
          pool.park(request.session(), poolKey(request), profile, lease.satellite());
        } else {
          lease.release();
        }
      }
    }
    if (request.cancellation().isCancelled() && leases.stream().anyMatch(Lease::isKilled)) {
      throw new ExternalScriptCancelledException();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
