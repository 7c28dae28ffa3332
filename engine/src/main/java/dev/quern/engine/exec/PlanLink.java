package dev.quern.engine.exec;

import dev.quern.engine.ast.SourceSpan;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.stats.CachedPlan;
import dev.quern.engine.stats.PlanCache;
import dev.quern.engine.stats.PlanKind;
import dev.quern.engine.stats.QueryHash;
import dev.quern.engine.stats.StatementStats;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled batch linked to its entry in the plan cache statistics: the cached plan and, for
 * each statement the DMVs count, its {@link StatementStats}. Built at the plan's first run and
 * kept in the plan's {@link dev.quern.engine.plan.PlanAttachment}; a run finds its statement's
 * counters with one identity lookup.
 *
 * <p>Counted are the statements SQL Server compiles a query plan for: SELECT (with or without
 * FROM, assigning or not) and every statement over tables (DML and DDL). Control-of-flow,
 * DECLARE, SET and PRINT have no plan in SQL Server either.
 */
final class PlanLink {
  final CachedPlan cached;
  final PlanKind kind;
  final int databaseId;
  private final Map<StatementPlan, StatementStats> statements = new IdentityHashMap<>();

  private PlanLink(CachedPlan cached, PlanKind kind, int databaseId) {
    this.cached = cached;
    this.kind = kind;
    this.databaseId = databaseId;
  }

  /** The link of {@code plan} run as {@code kind} in {@code databaseId}, made on first use. */
  static PlanLink of(BatchPlan plan, PlanKind kind, int databaseId, int objectId, PlanCache cache) {
    if (plan.attachment().get() instanceof PlanLink l
        && l.kind == kind && l.databaseId == databaseId && !l.cached.evicted()) {
      return l;
    }
    PlanLink l = new PlanLink(cache.plan(plan.text(), kind, databaseId, objectId), kind, databaseId);
    l.add(plan.statements(), plan.spans(), cache);
    plan.attachment().set(l);
    return l;
  }

  /** The counters of {@code s}, or null for a statement not counted. */
  StatementStats statement(StatementPlan s) {
    return statements.get(s);
  }

  private void add(List<StatementPlan> list, Map<StatementPlan, SourceSpan> spans, PlanCache cache) {
    for (StatementPlan s : list) {
      add(s, spans, cache);
    }
  }

  private void add(StatementPlan s, Map<StatementPlan, SourceSpan> spans, PlanCache cache) {
    switch (s) {
      case StatementPlan.If i -> {
        add(i.then(), spans, cache);
        if (i.otherwise() != null) {
          add(i.otherwise(), spans, cache);
        }
      }
      case StatementPlan.Block b -> add(b.body(), spans, cache);
      case StatementPlan.While w -> add(w.body(), spans, cache);
      case StatementPlan.TryCatch t -> {
        add(t.tryBody(), spans, cache);
        add(t.catchBody(), spans, cache);
      }
      case StatementPlan.Select sel -> counted(s, spans, cache, sel.query().explain());
      case StatementPlan.AssignSelect a -> counted(s, spans, cache, "AssignSelect");
      // Security statements carry passwords and, like SQL Server's DDL, get no cached plan entry.
      case StatementPlan.LateBound l when l.statement() instanceof dev.quern.engine.ast.SecurityStatement -> {}
      case StatementPlan.LateBound l -> counted(s, spans, cache, l.statement().getClass().getSimpleName());
      default -> {}
    }
  }

  /**
   * Counts {@code s} when it has a place in the text. {@code shape} stands in for its plan in
   * query_plan_hash: a SELECT's plan as EXPLAIN prints it; a statement bound as it runs has no
   * plan yet, so its kind and text.
   */
  private void counted(StatementPlan s, Map<StatementPlan, SourceSpan> spans, PlanCache cache, String shape) {
    SourceSpan span = spans.get(s);
    if (span == null || span.end() > cached.text().length() || span.start() >= span.end()) {
      return;
    }
    String text = cached.text().substring(span.start(), span.end());
    long planHash = s instanceof StatementPlan.Select ? QueryHash.exact(shape) : QueryHash.of(shape + ":" + text);
    statements.put(s, cache.statement(cached, span.start(), span.end(), planHash));
  }
}
