package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.sql_expression_dependencies: one row per user-defined entity a view, procedure, function or
 * trigger of the current database names ("sys.sql_expression_dependencies (Transact-SQL)"), the
 * names as written (schema NULL when unqualified) and referenced_id NULL when the name finds no
 * object now (deferred name resolution, a dropped object, another database): object-level rows
 * (referenced_minor_id 0), as Quern has no schema-bound modules. A computed column
 * (referencing_minor_id its column_id), CHECK or DEFAULT constraint gives schema-bound rows: a row
 * per column of its table it names, and one per function it calls.
 */
final class SqlExpressionDependenciesView implements SystemView {
  static final String OBJECT_OR_COLUMN = "OBJECT_OR_COLUMN";
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("referencing_id", false), integer("referencing_minor_id", false),
          tinyint("referencing_class", true), nvarchar("referencing_class_desc", 60, true),
          bit("is_schema_bound_reference", false), tinyint("referenced_class", true),
          nvarchar("referenced_class_desc", 60, true), sysname("referenced_server_name", true),
          sysname("referenced_database_name", true), sysname("referenced_schema_name", true),
          sysname("referenced_entity_name", true), integer("referenced_id", true),
          integer("referenced_minor_id", false), bit("is_caller_dependent", false), bit("is_ambiguous", false));

  @Override
  public String name() {
    return "sql_expression_dependencies";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (Dependencies.Module m : Dependencies.all(session)) {
      for (Dependencies.Reference r : m.references()) {
        if (m.schemaBound() && !r.columns().isEmpty()) {
          // A schema-bound reference names the columns it depends on, a row each.
          r.columns().keySet().forEach(c -> out.add(row(m, r, c.columnId())));
        } else {
          out.add(row(m, r, 0));
        }
      }
    }
    return out;
  }

  private static Object[] row(Dependencies.Module m, Dependencies.Reference r, int minor) {
    return new Object[] {
      m.referencingId(), m.referencingMinorId(), 1, OBJECT_OR_COLUMN, m.schemaBound(), 1, OBJECT_OR_COLUMN,
      r.server(), r.database(), r.schema(), r.entity(), r.target() == null ? null : r.target().id(), minor, false,
      false
    };
  }
}
