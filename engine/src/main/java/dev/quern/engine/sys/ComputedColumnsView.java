package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.computed_columns: the sys.columns rows of computed columns with their definition (in SQL
 * Server's normalized form, see {@link DefinitionText}) and whether they are PERSISTED.
 */
final class ComputedColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("column_id", false),
          tinyint("system_type_id", false), integer("user_type_id", false), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          bit("is_nullable", true), bit("is_identity", false), bit("is_computed", false),
          nvarchar("definition", 4000, true), bit("uses_database_collation", false),
          bit("is_persisted", false));

  @Override
  public String name() {
    return "computed_columns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        for (Column c : t.columns()) {
          if (c.computed() == null) {
            continue;
          }
          int typeId = SqlTypes.systemTypeId(c.type().id());
          out.add(new Object[] {t.id(), c.name(), c.columnId(), typeId, SqlTypes.userTypeId(c.type().id()),
              ColumnsView.maxLength(c.type()), TypeFacets.precision(c.type()), TypeFacets.scale(c.type()), c.collation(),
              c.nullable(), false, true, definition(c.computed().expression()), true,
              c.computed().persisted()});
        }
      }
    }
    return out;
  }

  private static String definition(String stored) {
    return DefinitionText.of(dev.quern.engine.binder.ComputedColumnBinder.parse(stored));
  }
}
