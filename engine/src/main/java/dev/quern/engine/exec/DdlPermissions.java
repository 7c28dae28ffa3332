package dev.quern.engine.exec;

import dev.quern.engine.ast.CreateFunctionStatement;
import dev.quern.engine.ast.CreateProcedureStatement;
import dev.quern.engine.ast.CreateTableStatement;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.DropProcedureStatement;
import dev.quern.engine.ast.DropTableStatement;
import dev.quern.engine.ast.DropViewStatement;
import dev.quern.engine.ast.StorageStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;

/**
 * The permissions a DDL statement needs before it runs ("CREATE TABLE (Transact-SQL)",
 * Permissions): CREATE TABLE / VIEW / PROCEDURE / FUNCTION in the database (262) and ALTER on the
 * schema it goes into (2760); ALTER … / CREATE OR ALTER and DROP need ALTER on the object (through
 * its schema or the database), else the not-found-or-no-permission error (3701 for DROP, 1088 for
 * ALTER TABLE, TRUNCATE, indexes, triggers and IDENTITY_INSERT). CREATE and
 * DROP DATABASE take dbcreator (or sysadmin).
 */
final class DdlPermissions {
  private DdlPermissions() {}

  static void check(SessionState state, StorageStatement s) {
    if (state.security().isSa()) {
      return;
    }
    switch (s) {
      case CreateTableStatement c -> create(state, "CREATE TABLE", c.name());
      case CreateViewStatement v -> create(state, "CREATE VIEW", v.name());
      case CreateProcedureStatement p -> create(state, "CREATE PROCEDURE", p.name());
      case CreateFunctionStatement f -> create(state, "CREATE FUNCTION", f.name());
      case DropTableStatement d -> drop(state, "table", d.names());
      case DropViewStatement d -> drop(state, "view", d.names());
      case DropProcedureStatement d -> drop(state, "procedure", d.names());
      case dev.quern.engine.ast.CreateDatabaseStatement c -> {
        if (!state.isServerRoleMember("dbcreator").orElse(false)) {
          throw dev.quern.engine.error.SecurityErrors.PERMISSION_DENIED_IN_DATABASE.raise("CREATE DATABASE", "master");
        }
      }
      case dev.quern.engine.ast.DropDatabaseStatement d -> {
        if (!state.isServerRoleMember("dbcreator").orElse(false)) {
          throw SqlErrors.CANNOT_DROP_DATABASE.raise(d.name());
        }
      }
      case dev.quern.engine.ast.SelectIntoStatement i -> create(state, "CREATE TABLE", i.table());
      case dev.quern.engine.ast.CreateSequenceStatement c -> create(state, "CREATE SEQUENCE", c.name());
      case dev.quern.engine.ast.CreateTypeStatement c -> create(state, "CREATE TYPE", c.name());
      case dev.quern.engine.ast.DropTypeStatement d -> alter(state, d.name());
      case dev.quern.engine.ast.CreateSynonymStatement c -> create(state, "CREATE SYNONYM", c.name());
      case dev.quern.engine.ast.DropSynonymStatement d -> drop(state, "synonym", List.of(d.name()));
      case dev.quern.engine.ast.CreateSchemaStatement c -> PermissionGate.database(state, "CREATE SCHEMA");
      case dev.quern.engine.ast.CreateTriggerStatement t -> ddlTrigger(state, t.parentClass(), t.table());
      case dev.quern.engine.ast.AlterTableStatement a -> {
        alter(state, a.table());
        if (a.action() instanceof dev.quern.engine.ast.AlterTableStatement.Switch w) {
          alter(state, w.target()); // SWITCH changes both tables
        }
      }
      case dev.quern.engine.ast.TruncateTableStatement t -> alter(state, t.name());
      case dev.quern.engine.ast.CreateIndexStatement c -> alter(state, c.table());
      case dev.quern.engine.ast.TableMaintenanceStatement m -> alter(state, m.table());
      case dev.quern.engine.ast.StatisticsStatement st -> {
        if (st.kind() != dev.quern.engine.ast.StatisticsStatement.Kind.DROP) {
          alter(state, st.table());
        }
        for (List<String> name : st.drops()) {
          alter(state, name.subList(0, Math.max(0, name.size() - 1)));
        }
      }
      case dev.quern.engine.ast.AlterDatabaseStatement a -> PermissionGate.database(state, "ALTER");
      case dev.quern.engine.ast.CheckpointStatement c -> PermissionGate.database(state, "CHECKPOINT");
      case dev.quern.engine.ast.DropIndexStatement d -> alter(state, d.table());
      case dev.quern.engine.ast.SetIdentityInsertStatement i -> alter(state, i.table());
      case dev.quern.engine.ast.EnableTriggerStatement e -> ddlTrigger(state, e.parentClass(), e.table());
      case dev.quern.engine.ast.AlterSequenceStatement a -> alter(state, a.name());
      case dev.quern.engine.ast.DropFunctionStatement d -> drop(state, "function", d.names());
      case dev.quern.engine.ast.DropSequenceStatement d -> drop(state, "sequence", d.names());
      case dev.quern.engine.ast.DropTriggerStatement d -> {
        if (d.parentClass() == dev.quern.catalog.meta.Trigger.OBJECT) {
          drop(state, "trigger", d.names());
        } else {
          ddlTrigger(state, d.parentClass(), List.of());
        }
      }
      case dev.quern.engine.ast.DropSchemaStatement d -> PermissionGate.database(state, "ALTER");
      default -> {}
    }
  }

  /**
   * A trigger: ALTER on its table (1088); a DDL trigger ON DATABASE needs ALTER ANY DATABASE DDL
   * TRIGGER (db_owner, db_ddladmin; 262), one ON ALL SERVER CONTROL SERVER (sysadmin; 15247).
   */
  private static void ddlTrigger(SessionState state, int parentClass, List<String> table) {
    switch (parentClass) {
      case dev.quern.catalog.meta.Trigger.DATABASE -> PermissionGate.database(state, "ALTER ANY DATABASE DDL TRIGGER");
      case dev.quern.catalog.meta.Trigger.SERVER -> {
        if (!state.isSysadmin()) {
          throw dev.quern.engine.error.SecurityErrors.NO_PERMISSION.raise();
        }
      }
      default -> alter(state, table);
    }
  }

  /** ALTER TABLE, TRUNCATE, indexes, triggers, IDENTITY_INSERT: ALTER on the object's schema, else 1088. */
  private static void alter(SessionState state, List<String> name) {
    if (name == null || name.isEmpty() || name.getLast().startsWith("#") || name.getLast().startsWith("@")) {
      return;
    }
    var target = ObjectNames.target(state.store(), state.databaseName(), name);
    if (target.isPresent()) {
      try {
        PermissionGate.alterSchema(state, target.get().schema());
      } catch (dev.quern.engine.error.SqlException e) {
        throw dev.quern.engine.error.SecurityErrors.CANNOT_FIND_OBJECT.raise(String.join(".", name));
      }
    }
  }

  private static void create(SessionState state, String permission, List<String> name) {
    if (name.getLast().startsWith("#")) {
      return; // a temporary table: anyone may create one
    }
    PermissionGate.database(state, permission);
    ObjectNames.creationTarget(state.store(), state.databaseName(), name)
        .ifPresent(t -> PermissionGate.alterSchema(state, t.schema()));
  }

  private static void drop(SessionState state, String kind, List<List<String>> names) {
    for (List<String> name : names) {
      if (name.getLast().startsWith("#")) {
        continue;
      }
      var target = ObjectNames.target(state.store(), state.databaseName(), name);
      if (target.isPresent()) {
        try {
          PermissionGate.alterSchema(state, target.get().schema());
        } catch (dev.quern.engine.error.SqlException e) {
          throw SqlErrors.CANNOT_DROP.raise(kind, String.join(".", name));
        }
      }
    }
  }
}
