package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.server_triggers and sys.server_sql_modules: the DDL triggers ON ALL SERVER (parent class
 * 100, SERVER), kept in master, from whichever database they are read.
 */
final class ServerTriggersView implements SystemView {
  private final String name;
  private final List<ResultColumn> columns;
  private final java.util.function.Function<Trigger, Object[]> row;

  private ServerTriggersView(String name, List<ResultColumn> columns, java.util.function.Function<Trigger, Object[]> row) {
    this.name = name;
    this.columns = columns;
    this.row = row;
  }

  static ServerTriggersView triggers() {
    return new ServerTriggersView("server_triggers",
        List.of(sysname("name", false), integer("object_id", false), tinyint("parent_class", false),
            nvarchar("parent_class_desc", 60, true), integer("parent_id", false), nvarchar("type", 2, false),
            nvarchar("type_desc", 60, true), bit("is_ms_shipped", false), bit("is_disabled", false)),
        t -> new Object[] {t.name(), t.id(), Trigger.SERVER, "SERVER", 0, "TR",
            CatalogObjects.typeDescription("TR"), false, t.disabled()});
  }

  static ServerTriggersView modules() {
    return new ServerTriggersView("server_sql_modules",
        List.of(integer("object_id", false), new ResultColumn("definition", SqlTypes.NVARCHAR_MAX, true),
            bit("uses_ansi_nulls", true), bit("uses_quoted_identifier", true),
            integer("execute_as_principal_id", true)),
        t -> new Object[] {t.id(), t.definition(), true, true, null});
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (Trigger t : CatalogObjects.serverTriggers(session)) {
      out.add(row.apply(t));
    }
    return out;
  }
}
