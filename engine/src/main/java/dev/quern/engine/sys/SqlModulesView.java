package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.sql_modules: the definition text of each view and stored procedure of the current database
 * (a view's as Quern stores it, its query rewritten; a procedure's as it was written).
 * is_recompiled is read from that text (CREATE PROCEDURE … WITH RECOMPILE), is_schema_bound too
 * (a view or function WITH SCHEMABINDING, {@link dev.quern.engine.store.ModuleOptions}); uses_database_collation
 * is 0, as for every module not schema-bound to a contained database.
 */
final class SqlModulesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), new ResultColumn("definition", SqlTypes.NVARCHAR_MAX, true),
          bit("uses_ansi_nulls", true), bit("uses_quoted_identifier", true), bit("is_schema_bound", true),
          bit("uses_database_collation", true), bit("is_recompiled", true));

  @Override
  public String name() {
    return "sql_modules";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      String definition = dev.quern.engine.store.ObjectNames.definitionOf(e.object());
      if (definition != null) {
        boolean recompiled = dev.quern.engine.parser.Parser.procedureRecompiles(definition);
        String shown = dev.quern.engine.store.ModuleOptions.shownDefinition(e.object());
        out.add(new Object[] {e.object().id(), shown, true, true, dev.quern.engine.store.ModuleOptions.schemaBound(e.object()), false, recompiled});
      }
    }
    // A database's DDL triggers are modules too; the server's are in sys.server_sql_modules.
    for (var t : CatalogObjects.databaseTriggers(session)) {
      out.add(new Object[] {t.id(), t.definition(), true, true, false, false, false});
    }
    return out;
  }
}
