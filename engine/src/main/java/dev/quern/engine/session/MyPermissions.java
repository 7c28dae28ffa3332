package dev.quern.engine.session;

import dev.quern.engine.security.BuiltinPermissions;
import dev.quern.engine.security.ObjectPermissionApplicability;
import dev.quern.engine.security.Principals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows of fn_my_permissions(securable, class): each permission fn_builtin_permissions lists for
 * the class that the session holds, with the entity named as SQL Server names it ("server",
 * "database", or the securable as given); for an object, those that apply to its kind ({@link
 * ObjectPermissionApplicability}). Server, database, schema and object permissions are
 * asked as HAS_PERMS_BY_NAME answers them (so a sysadmin or db_owner holds every one); a
 * certificate's or symmetric key's as {@link KeyPermissions} answers; a principal's (user, role,
 * application role, login, server role) through the permission of its container that implies it (ALTER ANY USER on the database gives ALTER on a user). Every login holds
 * CONNECT SQL and VIEW ANY DATABASE, as SQL Server grants them to each login and to public. For a
 * table, each column then has a row (subentity_name the column) for each of SELECT, UPDATE and
 * REFERENCES held on it, through the table or a column GRANT, as SQL Server lists them.
 */
public final class MyPermissions {
  /** What every login holds on the server without any GRANT of its own. */
  private static final Set<String> EVERY_LOGIN = Set.of("CONNECT SQL", "VIEW ANY DATABASE");

  private MyPermissions() {}

  public static List<Object[]> rows(SessionState s, String securable, String securableClass) {
    List<Object[]> out = new ArrayList<>();
    if (securableClass == null) {
      return out;
    }
    String cls = securableClass.strip().toUpperCase(Locale.ROOT);
    String target = securable == null || securable.isEmpty() ? null : securable;
    if (!exists(s, cls, target)) {
      return out;
    }
    String entity = switch (cls) {
      case "SERVER" -> "server";
      case "DATABASE" -> "database";
      default -> target;
    };
    String objectType = cls.equals("OBJECT") ? objectType(s, target) : null;
    for (BuiltinPermissions.Entry e : BuiltinPermissions.of(cls)) {
      if (objectType != null && !ObjectPermissionApplicability.applies(objectType, e.permission())) {
        continue;
      }
      if (holds(s, cls, target, e)) {
        out.add(new Object[] {entity, "", e.permission()});
      }
    }
    if (cls.equals("OBJECT")) {
      columnRows(s, target, out);
    }
    return out;
  }

  private static boolean holds(SessionState s, String cls, String target, BuiltinPermissions.Entry e) {
    return switch (cls) {
      case "SERVER" -> EVERY_LOGIN.contains(e.permission()) || s.isSysadmin();
      case "DATABASE" -> e.permission().equals("CONNECT")
          ? s.security().isSa() || s.user(s.databaseId()).isPresent()
          : PermissionLookup.hasPermsByName(s, target, cls, e.permission()).orElse(false);
      case "SCHEMA", "OBJECT" -> PermissionLookup.hasPermsByName(s, target, cls, e.permission()).orElse(false);
      case "CERTIFICATE", "SYMMETRIC KEY" -> KeyPermissions.holds(s, cls, target, e);
      default -> e.parentClass() != null && (e.parentClass().equals("SERVER")
          ? s.isSysadmin()
          : PermissionLookup.hasPermsByName(s, null, "DATABASE", e.parentCovering()).orElse(false));
    };
  }

  /** Whether the securable named exists (the server and the current database always do). */
  private static boolean exists(SessionState s, String cls, String target) {
    var sec = s.securityRecords();
    return switch (cls) {
      case "SERVER" -> true;
      case "DATABASE" -> target == null || s.server().databases().byName(target).isPresent();
      case "SCHEMA", "OBJECT" -> target != null && PermissionLookup.hasPermsByName(s, target, cls, "CONTROL").isPresent();
      case "USER" -> target != null && databasePrincipal(s, target).filter(p -> p.type() == 'S').isPresent();
      case "ROLE" -> target != null && databasePrincipal(s, target).filter(p -> p.type() == 'R').isPresent();
      case "APPLICATION ROLE" -> target != null && databasePrincipal(s, target).filter(p -> p.type() == 'A').isPresent();
      case "LOGIN" -> target != null && (target.equalsIgnoreCase(Principals.SA) || sec.login(target).isPresent());
      case "SERVER ROLE" -> target != null && Principals.serverPrincipal(target).filter(p -> p.type().equals("R")).isPresent();
      case "CERTIFICATE", "SYMMETRIC KEY" -> KeyPermissions.exists(s, cls, target);
      default -> false;
    };
  }

  /** The object's sys.objects type (U, V, P …). */
  private static String objectType(SessionState s, String target) {
    var md = s.store().snapshot(s.store().storage().catalog(s.databaseId()));
    return dev.quern.engine.store.ObjectNames.objectId(s.store(), s.databaseName(), target, null).flatMap(md::object)
        .map(dev.quern.catalog.meta.SchemaObject::typeCode).orElse("");
  }

  /** A user or role of the current database, built-in or created, with its type. */
  private static java.util.Optional<Typed> databasePrincipal(SessionState s, String name) {
    var builtin = Principals.databasePrincipal(name).map(p -> new Typed(p.type().charAt(0)));
    return builtin.isPresent() ? builtin
        : s.securityRecords().principal(s.databaseId(), name).map(p -> new Typed(p.type()));
  }

  private record Typed(char type) {}

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
}
