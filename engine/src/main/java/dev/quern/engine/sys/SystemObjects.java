package dev.quern.engine.sys;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.SystemProcedures;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The system objects every database shows in sys.all_objects and sys.system_objects: the sys views
 * (schema sys), the INFORMATION_SCHEMA views (schema INFORMATION_SCHEMA, upper-case names as in
 * SQL Server) and the system procedures (schema sys). System objects have negative ids, as in SQL
 * Server; a sys view keeps the id sys.system_views gives it (-100 - its position), the
 * INFORMATION_SCHEMA views count down from -1000 and the procedures from -2000 (by name).
 *
 * <p>SQL Server types the procedures written in C (sp_executesql, sp_prepare …) X, extended
 * stored procedure, and the rest P; Quern implements them all alike and types them all P.
 */
final class SystemObjects {
  /** One system object; {@code columns} is empty for a procedure. */
  record Entry(String name, int id, String schema, String type, List<ResultColumn> columns) {}

  private static final List<Entry> ALL = build();

  private SystemObjects() {}

  static List<Entry> all() {
    return ALL;
  }

  /** The id the current database gives the object's schema (sys, INFORMATION_SCHEMA). */
  static int schemaId(SessionState session, Entry e) {
    return CatalogObjects.metadata(session).schema(session.databaseId(), e.schema()).map(SchemaIds::visible).orElseThrow();
  }

  private static List<Entry> build() {
    List<Entry> out = new ArrayList<>();
    List<SystemView> views = SystemViews.all();
    for (int i = 0; i < views.size(); i++) {
      out.add(new Entry(views.get(i).name(), -100 - i, "sys", "V", views.get(i).columns()));
    }
    List<SystemView> iso = SystemViews.informationSchema();
    for (int i = 0; i < iso.size(); i++) {
      out.add(new Entry(iso.get(i).name().toUpperCase(Locale.ROOT), -1000 - i, "INFORMATION_SCHEMA", "V",
          iso.get(i).columns()));
    }
    List<String> procs = SystemProcedures.names();
    for (int i = 0; i < procs.size(); i++) {
      out.add(new Entry(procs.get(i), -2000 - i, "sys", "P", List.of()));
    }
    return List.copyOf(out);
  }
}
