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
 * its schema or the database), else the not-found-or-no-permission error (3701 for DROP). CREATE and
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
      default -> {}
    }
  }

  private static void create(SessionState state, String permission, List<String> name) {
    if (name.getLast().startsWith("#")) {
      return; // a temporary table: anyone may create one
    }
    PermissionGate.database(state, permission);
    ObjectNames.target(state.store(), state.databaseName(), name)
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
