package dev.quern.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of fn_my_permissions(securable, class): each permission of the class's list that the
 * session holds (as HAS_PERMS_BY_NAME answers it), with the entity named as SQL Server names it
 * ("server", "database", or the securable as given). For a table, each column then has a row
 * (subentity_name the column) for each of SELECT, UPDATE and REFERENCES held on it, through the
 * table or a column GRANT, as SQL Server lists them.
 */
public final class MyPermissions {
  private static final List<String> SERVER = List.of("CONNECT SQL", "VIEW ANY DATABASE", "VIEW SERVER STATE",
      "ALTER ANY LOGIN", "ALTER SETTINGS", "CREATE ANY DATABASE", "CONTROL SERVER");
  private static final List<String> DATABASE = List.of("CONNECT", "CREATE TABLE", "CREATE VIEW", "CREATE PROCEDURE",
      "CREATE FUNCTION", "CREATE SCHEMA", "SELECT", "INSERT", "UPDATE", "DELETE", "EXECUTE", "REFERENCES", "ALTER",
      "EXECUTE ANY EXTERNAL SCRIPT", "VIEW DEFINITION", "CONTROL");
  private static final List<String> OBJECT = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES", "EXECUTE",
      "ALTER", "VIEW DEFINITION", "CONTROL");
  /** What applies to a table or view, and to a procedure or function ("Permissions (Database Engine)"). */
  private static final List<String> TABLE = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES", "ALTER",
      "VIEW DEFINITION", "CONTROL");
  private static final List<String> MODULE = List.of("EXECUTE", "REFERENCES", "ALTER", "VIEW DEFINITION", "CONTROL");

  private MyPermissions() {}

  public static List<Object[]> rows(SessionState s, String securable, String securableClass) {
    List<Object[]> out = new ArrayList<>();
    if (securableClass == null) {
      return out;
    }
    String cls = securableClass.toUpperCase(Locale.ROOT);
    String target = securable == null || securable.isEmpty() ? null : securable;
    List<String> candidates = switch (cls) {
      case "SERVER" -> SERVER;
      case "DATABASE" -> DATABASE;
      case "SCHEMA" -> OBJECT;
      case "OBJECT" -> target == null ? List.of() : objectPermissions(s, target);
      default -> List.of();
    };
    String entity = switch (cls) {
      case "SERVER" -> "server";
      case "DATABASE" -> "database";
      default -> target;
    };
    for (String permission : candidates) {
      boolean held = cls.equals("DATABASE") && permission.equals("CONNECT")
          ? s.security().isSa() || s.user(s.databaseId()).isPresent()
          : PermissionLookup.hasPermsByName(s, target, cls, permission).orElse(false);
      if (held) {
        out.add(new Object[] {entity, "", permission});
      }
    }
    if (cls.equals("OBJECT") && target != null) {
      columnRows(s, target, out);
    }
    return out;
  }

  private static final List<String> COLUMN = List.of("SELECT", "UPDATE", "REFERENCES");

  private static void columnRows(SessionState s, String target, List<Object[]> out) {
    var md = s.store().snapshot(s.store().storage().catalog(s.databaseId()));
    var table = dev.quern.engine.store.ObjectNames.objectId(s.store(), s.databaseName(), target, null).flatMap(md::table);
    if (table.isEmpty()) {
      return;
    }
    for (var c : table.get().columns()) {
      for (String permission : COLUMN) {
        if (PermissionLookup.hasColumnPerms(s, target, c.name(), permission).orElse(false)) {
          out.add(new Object[] {target, c.name(), permission});
        }
      }
    }
  }

  private static List<String> objectPermissions(SessionState s, String name) {
    var md = s.store().snapshot(s.store().storage().catalog(s.databaseId()));
    var object = dev.quern.engine.store.ObjectNames.objectId(s.store(), s.databaseName(), name, null).flatMap(md::object);
    if (object.isEmpty()) {
      return List.of();
    }
    return object.get() instanceof dev.quern.catalog.meta.Procedure
        || object.get() instanceof dev.quern.catalog.meta.UserFunction ? MODULE : TABLE;
  }
}
