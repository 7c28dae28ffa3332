package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL Server 2000 compatibility views of keys and constraints, computed from the modern views
 * so the ids agree: sys.sysindexkeys ("sys.sysindexkeys (Transact-SQL)", the key columns of
 * sys.index_columns), sys.sysforeignkeys (sys.foreign_key_columns) and sys.sysconstraints (the
 * constraints of sys.key_constraints, sys.foreign_keys, sys.check_constraints and
 * sys.default_constraints, with the documented status: the kind 1-5 plus 16 for a constraint on
 * one column, 32 for a table constraint). The reserved columns (spare1, actions, error) are 0.
 */
final class SysKeyViews {
  private SysKeyViews() {}

  static SystemView indexKeys() {
    return new DerivedView("sysindexkeys",
        List.of(integer("id", false), smallint("indid", true), smallint("colid", true), smallint("keyno", true)),
        SysKeyViews::indexKeyRows);
  }

  static SystemView foreignKeys() {
    return new DerivedView("sysforeignkeys",
        List.of(integer("constid", false), integer("fkeyid", false), integer("rkeyid", false), smallint("fkey", true),
            smallint("rkey", true), smallint("keyno", true)),
        s -> ViewRows.of("foreign_key_columns", s).stream()
            .map(r -> new Object[] {r.get("constraint_object_id"), r.get("parent_object_id"),
              r.get("referenced_object_id"), r.get("parent_column_id"), r.get("referenced_column_id"),
              r.get("constraint_column_id")})
            .toList());
  }

  static SystemView constraints() {
    return new DerivedView("sysconstraints",
        List.of(integer("constid", true), integer("id", true), smallint("colid", true), tinyint("spare1", true),
            integer("status", true), integer("actions", true), integer("error", true)),
        SysKeyViews::constraintRows);
  }

  private static List<Object[]> indexKeyRows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row r : ViewRows.of("index_columns", session)) {
      if (r.integer("key_ordinal") > 0) {
        out.add(new Object[] {r.get("object_id"), r.get("index_id"), r.get("column_id"), r.get("key_ordinal")});
      }
    }
    return out;
  }

  private static List<Object[]> constraintRows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row r : ViewRows.of("key_constraints", session)) {
      out.add(row(r, "PK".equals(((String) r.get("type")).trim()) ? 1 : 2, 0));
    }
    for (ViewRows.Row r : ViewRows.of("foreign_keys", session)) {
      out.add(row(r, 3, 0));
    }
    for (ViewRows.Row r : ViewRows.of("check_constraints", session)) {
      out.add(row(r, 4, r.integer("parent_column_id")));
    }
    for (ViewRows.Row r : ViewRows.of("default_constraints", session)) {
      out.add(row(r, 5, r.integer("parent_column_id")));
    }
    return out;
  }

  private static Object[] row(ViewRows.Row r, int kind, int column) {
    return new Object[] {r.get("object_id"), r.get("parent_object_id"), column, 0, kind + (column > 0 ? 16 : 32), 0, 0};
  }
}
