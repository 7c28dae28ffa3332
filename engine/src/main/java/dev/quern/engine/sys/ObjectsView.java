package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.objects (user objects of the current database: tables, views, sequences, constraints; in
 * msdb also the objects msdb ships, {@link MsdbObjects}).
 */
final class ObjectsView implements SystemView {
  /** sys.objects' columns, which the views of one kind of object (sys.procedures …) start with. */
  static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), integer("object_id", false), integer("principal_id", true),
          integer("schema_id", false), integer("parent_object_id", false), nvarchar("type", 2, true),
          nvarchar("type_desc", 60, true), datetime("create_date", true), datetime("modify_date", true),
          bit("is_ms_shipped", false), bit("is_published", false), bit("is_schema_published", false));

  @Override
  public String name() {
    return "objects";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      String type = e.object().typeCode();
      out.add(row(e.object().name(), e.object().id(), SchemaIds.visible(e.schema()), CatalogObjects.parentId(e.object()), type,
          e.dates(), false));
      if (e.object() instanceof Table t) {
        // A constraint is created and altered with its table.
        for (Constraint c : t.constraints()) {
          out.add(row(c.name(), c.objectId(), SchemaIds.visible(e.schema()), t.id(), c.typeCode(), e.dates(), false));
        }
      }
    }
    out.addAll(MsdbObjects.rows(session));
    return out;
  }

  /**
   * A row of {@link #COLUMNS}: no owner apart from the schema's (principal_id NULL), nothing
   * published; {@code shipped} for the system's own objects; {@code dates} null when not kept (the
   * system's objects, and objects from before Quern kept dates).
   */
  static Object[] row(String name, int id, int schemaId, int parentId, String type,
      dev.quern.catalog.meta.ObjectDates dates, boolean shipped) {
    return new Object[] {name, id, null, schemaId, parentId, pad(type), CatalogObjects.typeDescription(type),
      dates == null ? null : Columns.localDatetime(dates.created()),
      dates == null ? null : Columns.localDatetime(dates.modified()), shipped, false, false};
  }

  /** sys.objects.type is char(2): 'U ', 'V '. */
  static String pad(String code) {
    return code.length() == 1 ? code + " " : code;
  }
}
