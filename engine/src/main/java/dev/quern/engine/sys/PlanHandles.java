package dev.quern.engine.sys;

import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.CachedPlan;

/** The sql_handle and plan_handle of a cached plan, as the plan cache DMVs show them. */
final class PlanHandles {
  private PlanHandles() {}

  static byte[] sqlHandle(SessionState viewer, CachedPlan p) {
    return viewer.server().sqlTexts().handle(p.text());
  }

  static byte[] planHandle(SessionState viewer, CachedPlan p) {
    return viewer.server().sqlTexts().planHandle(p.text(), p.kind().module(), p.databaseId(), p.serial());
  }
}
