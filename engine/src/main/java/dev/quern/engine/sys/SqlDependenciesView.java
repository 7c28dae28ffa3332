package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.sql_dependencies (deprecated in SQL Server, still read by old tools): the references of
 * sys.sql_expression_dependencies that resolve to an object now, one row per column used of a
 * table (referenced_minor_id its column_id) or one object row (0) for anything else. Class 0 for
 * modules; 1 (schema-bound) for computed columns and CHECK and DEFAULT constraints.
 */
final class SqlDependenciesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          tinyint("class", false), nvarchar("class_desc", 60, true), integer("object_id", false),
          integer("column_id", false), integer("referenced_major_id", false), integer("referenced_minor_id", false),
          bit("is_selected", false), bit("is_updated", false), bit("is_select_all", false));

  @Override
  public String name() {
    return "sql_dependencies";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (Dependencies.Module m : Dependencies.all(session)) {
      int id = m.referencingId();
      int column = m.referencingMinorId();
      int kind = m.schemaBound() ? 1 : 0;
      for (Dependencies.Reference r : m.references()) {
        if (r.target() == null) {
          continue;
        }
        var u = r.usage();
        if (r.columns().isEmpty()) {
          out.add(row(kind, id, column, r.target().id(), 0, u.selected, u.updated, u.selectAll));
        }
        r.columns().forEach((c, use) ->
            out.add(row(kind, id, column, r.target().id(), c.columnId(), use.selected(), use.updated(), u.selectAll)));
      }
    }
    return out;
  }

  private static Object[] row(int kind, int id, int column, int referenced, int minor, boolean selected,
      boolean updated, boolean all) {
    return new Object[] {
      kind, kind == 0 ? "OBJECT_OR_COLUMN_REFERENCE_NON_SCHEMA_BOUND" : "OBJECT_OR_COLUMN_REFERENCE_SCHEMA_BOUND", id, column, referenced, minor,
      selected, updated, all};
  }
}
