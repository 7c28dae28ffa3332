package dev.quern.engine.proc;

import dev.quern.catalog.meta.Schema;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.CachedPlan;
import dev.quern.engine.stats.PlanKind;

/**
 * Counts the calls of scalar functions for sys.dm_exec_function_stats. A compiled body is linked
 * to its entry in the plan cache ({@link PlanKind#FUNCTION}) once, through its plan's attachment
 * (a function's body is never linked by the batch executor, which skips it), so a call costs two
 * clock readings and one update of the entry's totals, not a lookup. Worker time is measured as
 * for procedures: the elapsed time less the session's waits meanwhile, no CPU clock reading, which
 * costs a system call and would show in a function called once per row. A call ended by an error
 * is not counted, as for procedures.
 */
final class FunctionCallStats {
  private final SessionState state;
  private final CachedPlan plan;
  private final long startNanos;
  private final long startWaits;

  private FunctionCallStats(SessionState state, CachedPlan plan) {
    this.state = state;
    this.plan = plan;
    this.startWaits = state.activity().waitedNanos();
    this.startNanos = System.nanoTime();
  }

  /** Starts timing a call of {@code found}'s compiled {@code body}; null when it has no text to count. */
  static FunctionCallStats start(SessionState state, BatchPlan body, UserFunctions.Found found) {
    if (body.text() == null) {
      return null;
    }
    return new FunctionCallStats(state, link(state, body, found));
  }

  /** The call returned: counts it. */
  void ended() {
    long end = System.nanoTime();
    long waited = state.activity().waitedNanos() - startWaits;
    plan.used(end);
    plan.recordCall(Math.max(0, end - startNanos - waited), end - startNanos, end);
  }

  private static CachedPlan link(SessionState state, BatchPlan body, UserFunctions.Found found) {
    if (body.attachment().get() instanceof CachedPlan p && !p.evicted()) {
      return p;
    }
    int databaseId = state.store().snapshot(state.store().storage().main())
        .schema(found.function().schemaId()).map(Schema::databaseId).orElse(state.databaseId());
    CachedPlan p = state.server().planCache().plan(body.text(), PlanKind.FUNCTION, databaseId, found.function().id());
    body.attachment().set(p);
    return p;
  }
}
