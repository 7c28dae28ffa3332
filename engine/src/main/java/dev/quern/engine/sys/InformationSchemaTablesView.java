package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** INFORMATION_SCHEMA.TABLES: the tables and views of the current database. */
final class InformationSchemaTablesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("TABLE_CATALOG", 128, true), nvarchar("TABLE_SCHEMA", 128, true),
          sysname("TABLE_NAME", false), new ResultColumn("TABLE_TYPE", dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.VARCHAR, 10), true));

  @Override
  public String name() {
    return "tables";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table || e.object() instanceof View) {
        out.add(new Object[] {session.databaseName(), e.schema().name(), e.object().name(),
            e.object() instanceof Table ? "BASE TABLE" : "VIEW"});
      }
    }
    return out;
  }
}
