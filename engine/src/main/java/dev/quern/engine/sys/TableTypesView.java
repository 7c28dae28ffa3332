package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.UserType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.table_types: the table types of the current database (CREATE TYPE … AS TABLE), sys.types'
 * columns and the object id of the table behind the type. Quern keeps no such table apart from the
 * type: {@code type_table_object_id} is the type's own id.
 */
final class TableTypesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), tinyint("system_type_id", false), integer("user_type_id", false),
          integer("schema_id", false), integer("principal_id", true), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          bit("is_nullable", true), bit("is_user_defined", false), bit("is_assembly_type", false),
          integer("default_object_id", false), integer("rule_object_id", false), bit("is_table_type", false),
          integer("type_table_object_id", false), bit("is_memory_optimized", true));

  @Override
  public String name() {
    return "table_types";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Metadata md = CatalogObjects.metadata(session);
    List<Object[]> out = new ArrayList<>();
    for (Schema schema : md.schemas(session.databaseId())) {
      for (UserType t : md.userTypes(schema.id())) {
        if (t.isTableType()) {
          out.add(new Object[] {t.name(), TypesView.TABLE_TYPE_SYSTEM_ID, t.id(), SchemaIds.visible(schema), null, -1, 0, 0, null,
            false, true, false, 0, 0, true, t.id(), false});
        }
      }
    }
    return out;
  }
}
