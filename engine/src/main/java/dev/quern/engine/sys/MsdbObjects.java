package dev.quern.engine.sys;

import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects msdb ships that Quern implements in code rather than stores: today the scalar
 * function dbo.agent_datetime, which msdb's sys.objects lists (type FN, is_ms_shipped 1). SQL
 * Server gives msdb's objects ordinary positive ids; Quern gives them ids from -3000 down, so they
 * never meet an id the catalog hands out to a user object.
 */
final class MsdbObjects {
  private static final List<String> FUNCTIONS = List.of(dev.quern.engine.func.AgentDatetimeFunction.NAME);
  private static final int FIRST_ID = -3000;

  private MsdbObjects() {}

  /** sys.objects rows for msdb's shipped objects; none outside msdb. */
  static List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    if (!"msdb".equalsIgnoreCase(session.databaseName())) {
      return out;
    }
    int dbo = 1; // dbo's schema_id, as every database shows it (SchemaIds)
    for (int i = 0; i < FUNCTIONS.size(); i++) {
      out.add(ObjectsView.row(FUNCTIONS.get(i), FIRST_ID - i, dbo, 0, "FN", null, true));
    }
    return out;
  }
}
