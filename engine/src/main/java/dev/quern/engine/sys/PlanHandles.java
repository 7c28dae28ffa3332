package dev.quern.engine.sys;

import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.SqlTexts;
import dev.quern.engine.stats.CachedPlan;

/** The sql_handle and plan_handle of a cached plan, as the plan cache DMVs show them. */
final class PlanHandles {
  private PlanHandles() {}

  static byte[] sqlHandle(SessionState viewer, CachedPlan p) {
    SqlTexts.Source module = moduleSource(viewer, p);
    return module == null ? viewer.server().sqlTexts().handle(p.text()) : viewer.server().sqlTexts().handle(p.text(), module);
  }

  static byte[] planHandle(SessionState viewer, CachedPlan p) {
    return viewer.server().sqlTexts().planHandle(p.text(), moduleSource(viewer, p), p.databaseId(), p.serial());
  }

  /**
   * What sys.dm_exec_sql_text shows of the module {@code p} was compiled from (its text hidden when
   * it is WITH ENCRYPTION); null for a batch or prepared statement.
   */
  static SqlTexts.Source moduleSource(SessionState viewer, CachedPlan p) {
    if (!p.kind().module() || p.objectId() == 0) {
      return null;
    }
    var catalog = viewer.store().storage().catalog(p.databaseId());
    // A module dropped since its plan was cached is shown as its text reads.
    boolean encrypted = viewer.store().snapshot(catalog).object(p.objectId())
        .map(dev.quern.engine.store.ModuleOptions::encrypted).orElse(false);
    return SqlTexts.Source.module(p.text(), p.databaseId(), p.objectId(), encrypted);
  }
}
