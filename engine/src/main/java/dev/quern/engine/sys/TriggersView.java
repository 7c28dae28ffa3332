package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.triggers: the DML triggers of the current database's tables and views (parent class 1, an
 * object), AFTER and INSTEAD OF, then its DDL triggers ON DATABASE (parent class 0, parent id 0).
 */
final class TriggersView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), integer("object_id", false), tinyint("parent_class", false),
          nvarchar("parent_class_desc", 60, true), integer("parent_id", false), nvarchar("type", 2, false),
          nvarchar("type_desc", 60, true), bit("is_ms_shipped", false), bit("is_disabled", false),
          bit("is_not_for_replication", false), bit("is_instead_of_trigger", false));

  @Override
  public String name() {
    return "triggers";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Trigger t) {
        out.add(new Object[] {t.name(), t.id(), 1, "OBJECT_OR_COLUMN", t.parentId(), "TR",
            CatalogObjects.typeDescription("TR"), false, t.disabled(), false, t.insteadOf()});
      }
    }
    for (Trigger t : CatalogObjects.databaseTriggers(session)) {
      out.add(new Object[] {t.name(), t.id(), 0, "DATABASE", 0, "TR", CatalogObjects.typeDescription("TR"), false,
          t.disabled(), false, false});
    }
    return out;
  }
}
