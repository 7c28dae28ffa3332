package dev.quern.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanCacheTest {
  @Test
  void sharesOnePlanPerTextKindAndDatabase() {
    PlanCache cache = new PlanCache();
    CachedPlan a = cache.plan("SELECT 1", PlanKind.ADHOC, 1, 0);
    assertThat(cache.plan("SELECT 1", PlanKind.ADHOC, 1, 0)).isSameAs(a);
    assertThat(cache.plan("SELECT 1", PlanKind.PREPARED, 1, 0)).isNotSameAs(a);
    assertThat(cache.plan("SELECT 1", PlanKind.ADHOC, 5, 0)).isNotSameAs(a);
  }

  @Test
  void countsRunsOfAStatement() {
    PlanCache cache = new PlanCache();
    CachedPlan p = cache.plan("SELECT 1; SELECT 2", PlanKind.ADHOC, 1, 0);
    StatementStats s = cache.statement(p, 10, 18, 7);
    s.record(3_000, 5_000, 1, 100);
    s.record(1_000, 9_000, 2, 200);
    ExecutionTotals t = s.totals();
    assertThat(t.executionCount()).isEqualTo(2);
    assertThat(t.totalWorkerTime()).isEqualTo(4);
    assertThat(t.minWorkerTime()).isEqualTo(1);
    assertThat(t.maxWorkerTime()).isEqualTo(3);
    assertThat(t.lastElapsedTime()).isEqualTo(9);
    assertThat(t.totalRows()).isEqualTo(3);
    assertThat(cache.statement(p, 10, 18, 7)).isSameAs(s);
  }

  @Test
  void staysBoundedByEvictingTheLeastRecentlyUsed() {
    PlanCache cache = new PlanCache();
    CachedPlan first = cache.plan("SELECT 0", PlanKind.ADHOC, 1, 0);
    for (int i = 1; i <= PlanCache.MAX_STATEMENTS + 100; i++) {
      first.used(System.nanoTime()); // kept in use: never the least recently used
      CachedPlan p = cache.plan("SELECT " + i, PlanKind.ADHOC, 1, 0);
      cache.statement(p, 0, 8, 0);
    }
    assertThat(cache.plans().size()).isLessThanOrEqualTo(PlanCache.MAX_PLANS);
    assertThat(cache.statementCount()).isLessThanOrEqualTo(PlanCache.MAX_STATEMENTS);
    assertThat(first.evicted()).isFalse();
    assertThat(cache.plans()).contains(first);
  }

  @Test
  void staysBoundedInTextByEvictingTheLeastRecentlyUsed() {
    PlanCache cache = new PlanCache();
    String big = "x".repeat(1 << 20);
    for (int i = 0; i < 100; i++) {
      cache.plan("SELECT " + i + " /*" + big + "*/", PlanKind.ADHOC, 1, 0);
    }
    assertThat(cache.textChars()).isLessThanOrEqualTo(PlanCache.MAX_TEXT_CHARS);
    assertThat(cache.plans().size()).isLessThan(100);
  }

  @Test
  void clearingEvictsEveryPlan() {
    PlanCache cache = new PlanCache();
    CachedPlan p = cache.plan("SELECT 1", PlanKind.ADHOC, 1, 0);
    cache.clear();
    assertThat(p.evicted()).isTrue();
    assertThat(cache.plans()).isEmpty();
    assertThat(cache.plan("SELECT 1", PlanKind.ADHOC, 1, 0)).isNotSameAs(p);
  }

  @Test
  void hashesTextWithoutLiteralsCaseOrSpacing() {
    assertThat(QueryHash.normalise("SELECT  v FROM t\n WHERE id = 42 AND s = N'x''y' -- note"))
        .isEqualTo("select v from t where id = ? and s = ?");
    assertThat(QueryHash.of("select * from t1 where a = 1")).isEqualTo(QueryHash.of("SELECT * FROM t1 WHERE a = 2"));
    assertThat(QueryHash.of("select * from t1")).isNotEqualTo(QueryHash.of("select * from t2"));
  }
}
