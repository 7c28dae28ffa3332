package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * sys.dm_sql_referenced_entities and sys.dm_sql_referencing_entities (name, class): what one
 * module refers to, with a row per column it reads or writes, and which modules refer to one
 * object. Only class OBJECT has entities here (DDL triggers, types and XML schema collections are
 * not tracked): another class gives no rows. Error 2020 follows the rows of a module that names
 * an object or a column that does not exist now, as in SQL Server.
 */
final class ReferencedEntities {
  private static final SqlType NAME = SqlType.ofLength(TypeId.NVARCHAR, 517);
  private static final SqlType CLASS = SqlType.ofLength(TypeId.NVARCHAR, 60);

  private ReferencedEntities() {}

  static SystemFunction referenced() {
    List<ResultColumn> columns = List.of(
        integer("referencing_minor_id", true), sysname("referenced_server_name", true),
        sysname("referenced_database_name", true), sysname("referenced_schema_name", true),
        sysname("referenced_entity_name", true), sysname("referenced_minor_name", true),
        integer("referenced_id", true), integer("referenced_minor_id", true), tinyint("referenced_class", true),
        nvarchar("referenced_class_desc", 60, true), bit("is_caller_dependent", true), bit("is_ambiguous", true),
        bit("is_selected", true), bit("is_updated", true), bit("is_select_all", true),
        bit("is_all_columns_found", true), bit("is_insert_all", true), bit("is_incomplete", true));
    return function("dm_sql_referenced_entities", columns, ReferencedEntities::referencedRows);
  }

  static SystemFunction referencing() {
    List<ResultColumn> columns = List.of(
        sysname("referencing_schema_name", true), sysname("referencing_entity_name", true),
        integer("referencing_id", true), tinyint("referencing_class", true),
        nvarchar("referencing_class_desc", 60, true), bit("is_caller_dependent", true));
    return function("dm_sql_referencing_entities", columns, ReferencedEntities::referencingRows);
  }

  private interface RowSource {
    SystemFunction.Rows rows(SessionState session, CatalogObjects.Entry entity, Dependencies.Objects all,
        String written);
  }

  private static SystemFunction function(String name, List<ResultColumn> columns, RowSource source) {
    return new SystemFunction() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<SqlType> parameters() {
        return List.of(NAME, CLASS);
      }

      @Override
      public List<ResultColumn> columns() {
        return columns;
      }

      @Override
      public Rows rows(SessionState session, Object[] args) {
        if (args[0] == null || args[1] == null
            || !args[1].toString().strip().toUpperCase(Locale.ROOT).equals("OBJECT")) {
          return Rows.of(List.of());
        }
        Dependencies.Objects all = Dependencies.objects(session);
        Optional<CatalogObjects.Entry> entity = entity(session, args[0].toString(), all);
        return entity.map(e -> source.rows(session, e, all, args[0].toString())).orElse(Rows.of(List.of()));
      }
    };
  }

  /** The object {@code name} designates in the current database (no rows for another). */
  private static Optional<CatalogObjects.Entry> entity(SessionState session, String name,
      Dependencies.Objects all) {
    Optional<Integer> id = session.objectId(name, null);
    return id.flatMap(i -> all.list().stream().filter(e -> e.object().id() == i).findFirst());
  }

  /**
   * A module's references; for a table, those of its computed columns (referencing_minor_id their
   * column_id), as SQL Server lists them for a table.
   */
  private static SystemFunction.Rows referencedRows(SessionState session, CatalogObjects.Entry entity,
      Dependencies.Objects all, String written) {
    List<Dependencies.Module> modules = entity.object() instanceof dev.quern.catalog.meta.Table
        ? Dependencies.expressions(session, entity, all).stream().filter(m -> m.referencingMinorId() != 0).toList()
        : List.of(Dependencies.of(session, entity, all));
    List<Object[]> out = new ArrayList<>();
    boolean complete = true;
    for (Dependencies.Module m : modules) {
      complete &= m.complete();
      int minor = m.referencingMinorId();
      for (Dependencies.Reference r : m.references()) {
        var u = r.usage();
        boolean found = r.target() != null && r.allColumnsFound();
        out.add(row(minor, r, null, null, !u.executed && u.selected, u.updated, u.selectAll, found, u.insertAll));
        r.columns().forEach((c, use) -> out.add(
            row(minor, r, c.name(), c.columnId(), use.selected(), use.updated(), u.selectAll, found, u.insertAll)));
      }
    }
    return new SystemFunction.Rows(out, complete ? null : SqlErrors.DEPENDENCIES_INCOMPLETE.raise(written));
  }

  private static Object[] row(int referencingMinor, Dependencies.Reference r, String column, Integer columnId,
      boolean selected, boolean updated, boolean selectAll, boolean allFound, boolean insertAll) {
    return new Object[] {
      referencingMinor, r.server(), r.database(), r.schema(), r.entity(), column,
      r.target() == null ? null : r.target().id(), columnId == null ? 0 : columnId, 1,
      SqlExpressionDependenciesView.OBJECT_OR_COLUMN, false, false, selected, updated, selectAll, allFound, insertAll,
      false
    };
  }

  private static SystemFunction.Rows referencingRows(SessionState session, CatalogObjects.Entry entity,
      Dependencies.Objects all, String written) {
    List<Object[]> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (Dependencies.Module m : Dependencies.all(session)) {
      var e = m.entry();
      // A table's own computed columns and constraints naming its columns do not make it refer to itself.
      boolean self = m.schemaBound() && e.object().id() == entity.object().id();
      if (!self && m.references().stream().anyMatch(r -> r.target() != null && r.target().id() == entity.object().id())
          && seen.add(e.object().id())) {
        out.add(new Object[] {
          e.schema().name(), e.object().name(), e.object().id(), 1, SqlExpressionDependenciesView.OBJECT_OR_COLUMN,
          false
        });
      }
    }
    return SystemFunction.Rows.of(out);
  }
}
