package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.View;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.VIEWS ("VIEWS (Transact-SQL)"): one row per view of the current database,
 * its definition cut at 4000 characters. CHECK_OPTION is CASCADE for a view created WITH CHECK
 * OPTION, else NONE; IS_UPDATABLE is always NO, as SQL Server reports it whatever the view.
 */
final class InformationSchemaViewsView implements SystemView {
  private static final int DEFINITION_CHARS = 4000;
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("TABLE_CATALOG", 128, true), nvarchar("TABLE_SCHEMA", 128, true), sysname("TABLE_NAME", false),
          nvarchar("VIEW_DEFINITION", DEFINITION_CHARS, true),
          new ResultColumn("CHECK_OPTION", SqlType.ofLength(TypeId.VARCHAR, 7), true),
          new ResultColumn("IS_UPDATABLE", SqlType.ofLength(TypeId.VARCHAR, 2), true));

  @Override
  public String name() {
    return "views";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof View v) {
        String d = v.definition();
        String shown = dev.quern.engine.store.ModuleOptions.shownDefinition(v);
        out.add(new Object[] {session.databaseName(), e.schema().name(), v.name(),
            shown == null ? null : shown.length() > DEFINITION_CHARS ? shown.substring(0, DEFINITION_CHARS) : shown,
            d.endsWith(" WITH CHECK OPTION") ? "CASCADE" : "NONE", "NO"});
      }
    }
    return out;
  }
}
