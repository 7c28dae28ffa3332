package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.CachedPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * sys.dm_exec_plan_attributes(plan_handle) ("sys.dm_exec_plan_attributes"): one row per
 * attribute of a cached plan. Quern keys a cached plan by its text, its kind and its database, so
 * it reports the attributes it knows: dbid (the database the plan was compiled in) and objectid
 * (the module's object id, or the plan's serial for ad hoc and prepared text, as SQL Server hashes
 * a batch's text there), both cache keys. The SET options, language and user SQL Server also keys
 * plans on are not part of a Quern plan's identity, so they are not listed. A handle no cached plan
 * has gives no rows.
 */
final class PlanAttributes implements SystemFunction {
  private static final List<ResultColumn> COLUMNS =
      List.of(varchar("attribute", 128, false), variant("value", true), bit("is_cache_key", false));

  @Override
  public String name() {
    return "dm_exec_plan_attributes";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlType.ofLength(dev.quern.catalog.type.TypeId.VARBINARY, 64));
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    byte[] handle = (byte[]) args[0];
    List<Object[]> out = new ArrayList<>();
    if (handle == null) {
      return Rows.of(out);
    }
    for (CachedPlan p : session.server().planCache().plans()) {
      if (Arrays.equals(handle, PlanHandles.planHandle(session, p))) {
        int objectId = p.objectId() != 0 ? p.objectId() : (int) p.serial();
        out.add(new Object[] {"dbid", new SqlVariant(SqlTypes.INT, p.databaseId()), true});
        out.add(new Object[] {"objectid", new SqlVariant(SqlTypes.INT, objectId), true});
        break;
      }
    }
    return Rows.of(out);
  }
}
