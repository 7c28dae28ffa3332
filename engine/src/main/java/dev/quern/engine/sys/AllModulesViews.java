package dev.quern.engine.sys;

import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.all_sql_modules and sys.all_parameters ("sys.all_sql_modules (Transact-SQL)"): the user's
 * modules and parameters (sys.sql_modules, sys.parameters) and the system's. Quern's system views
 * and procedures are built into the server, not written in T-SQL: all_sql_modules lists each with
 * its sys.all_objects id and a NULL definition (uses_ansi_nulls and uses_quoted_identifier 1, as
 * SQL Server's system modules have them), and all_parameters holds no system procedure's
 * parameters, which Quern does not declare as metadata.
 */
final class AllModulesViews {
  private AllModulesViews() {}

  static SystemView sqlModules() {
    SystemView user = new SqlModulesView();
    return new DerivedView("all_sql_modules", user.columns(), s -> sqlModuleRows(user, s));
  }

  static SystemView parameters() {
    SystemView user = new ParametersView();
    return new DerivedView("all_parameters", user.columns(), user::rows);
  }

  private static List<Object[]> sqlModuleRows(SystemView user, SessionState session) {
    List<Object[]> out = new ArrayList<>(user.rows(session));
    int width = user.columns().size();
    for (SystemObjects.Entry e : SystemObjects.all()) {
      Object[] row = new Object[width];
      row[0] = e.id();
      row[2] = true;
      row[3] = true;
      row[4] = false;
      row[5] = false;
      row[6] = false;
      out.add(row);
    }
    return out;
  }
}
