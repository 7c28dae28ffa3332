package dev.quern.engine.exec;

import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.ast.SecurityStatement.Action;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Set;

/**
 * GRANT, DENY and REVOKE on objects, schemas and the current database ("GRANT Object Permissions",
 * "GRANT Schema Permissions", "GRANT Database Permissions"). One sys.database_permissions row per
 * (securable, grantee, permission): GRANT writes state G (W WITH GRANT OPTION), DENY state D, REVOKE
 * removes the row (REVOKE GRANT OPTION FOR turns W back into G). Only db_owner, db_securityadmin
 * and sysadmin members grant here (4613 for others): a grantee's own GRANT OPTION is recorded but
 * not yet a right to grant.
 */
final class PermissionDdl {
  private static final Set<String> OBJECT_PERMISSIONS =
      Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "EXECUTE", "REFERENCES", "CONTROL", "ALTER", "VIEW DEFINITION",
          "TAKE OWNERSHIP", "VIEW CHANGE TRACKING");
  private static final Set<String> DATABASE_PERMISSIONS =
      Set.of("CREATE TABLE", "CREATE VIEW", "CREATE PROCEDURE", "CREATE FUNCTION", "CREATE SCHEMA", "CREATE ROLE",
          "CREATE SEQUENCE", "ALTER", "CONTROL", "CONNECT", "EXECUTE ANY EXTERNAL SCRIPT", "ALTER ANY USER",
          "ALTER ANY ROLE", "ALTER ANY SCHEMA", "VIEW DEFINITION", "SHOWPLAN", "SELECT", "INSERT", "UPDATE", "DELETE",
          "EXECUTE", "REFERENCES", "VIEW DATABASE STATE", "CREATE EXTERNAL LIBRARY", "ALTER ANY EXTERNAL LIBRARY");
  /** ALL [PRIVILEGES]: deprecated, still accepted; what it stands for on an object. */
  private static final List<String> ALL_ON_OBJECT = List.of("DELETE", "INSERT", "REFERENCES", "SELECT", "UPDATE");
  private static final List<String> ALL_ON_DATABASE =
      List.of("CREATE FUNCTION", "CREATE PROCEDURE", "CREATE TABLE", "CREATE VIEW");

  private final SecurityDdl ctx;
  private final int db;

  PermissionDdl(SecurityDdl ctx) {
    this.ctx = ctx;
    this.db = ctx.state().databaseId();
  }

  void run(SecurityStatement.Grant g) {
    if (!ctx.mayAlterDatabasePrincipals()) {
      throw SecurityErrors.GRANTOR_LACKS_PERMISSION.raise();
    }
    Target target = target(g);
    Security sec = ctx.records();
    PrincipalDdl principals = new PrincipalDdl(ctx);
    List<String> permissions = expand(g.permissions(), target.classId());
    for (String name : g.principals()) {
      int grantee = principals.principalId(sec, name)
          .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("user", name));
      for (String perm : permissions) {
        apply(g, sec, new Permission(db, target.classId(), target.majorId(), grantee, perm, 'G', ctx.state().user(db)
            .map(u -> u.id()).orElse(1)));
      }
    }
    ctx.written();
  }

  private void apply(SecurityStatement.Grant g, Security sec, Permission p) {
    Permission existing = sec.permissions(db).stream()
        .filter(e -> e.classId() == p.classId() && e.majorId() == p.majorId() && e.granteeId() == p.granteeId()
            && e.permission().equals(p.permission()))
        .findFirst().orElse(null);
    var store = ctx.main().security();
    switch (g.action()) {
      case GRANT -> store.savePermission(ctx.txn(), withState(p, g.withGrantOption() ? 'W' : 'G'));
      case DENY -> {
        if (existing != null && existing.state() == 'W' && !g.cascade()) {
          throw SecurityErrors.CASCADE_REQUIRED.raise();
        }
        store.savePermission(ctx.txn(), withState(p, 'D'));
      }
      case REVOKE -> {
        if (existing == null) {
          return;
        }
        if (existing.state() == 'W' && !g.cascade() && !g.grantOptionFor()) {
          throw SecurityErrors.CASCADE_REQUIRED.raise();
        }
        if (g.grantOptionFor()) {
          if (existing.state() == 'W') {
            store.savePermission(ctx.txn(), withState(existing, 'G'));
          }
        } else {
          store.deletePermission(ctx.txn(), existing);
        }
      }
    }
  }

  private static Permission withState(Permission p, char state) {
    return new Permission(p.databaseId(), p.classId(), p.majorId(), p.granteeId(), p.permission(), state, p.grantorId());
  }

  private record Target(int classId, int majorId) {}

  private Target target(SecurityStatement.Grant g) {
    switch (g.on()) {
      case DATABASE -> {
        if (!g.securable().isEmpty() && !g.securable().getLast().equalsIgnoreCase(ctx.state().databaseName())) {
          throw SecurityErrors.CANNOT_FIND.raise("database", g.securable().getLast());
        }
        return new Target(Permission.DATABASE, 0);
      }
      case SCHEMA -> {
        String name = g.securable().getLast();
        Schema s = ctx.state().store().metadata(ctx.state().store().storage().catalog(db)).schema(db, name)
            .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("schema", name));
        return new Target(Permission.SCHEMA, s.id());
      }
      default -> {
        String written = String.join(".", g.securable());
        var found = ObjectNames.object(ctx.state().store(), ctx.state().databaseName(), g.securable())
            .filter(f -> f.target().database().id() == db)
            .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("object", written));
        return new Target(Permission.OBJECT, found.object().id());
      }
    }
  }

  private static List<String> expand(List<String> names, int classId) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (String n : names) {
      if (n.equals("ALL") || n.equals("ALL PRIVILEGES")) {
        out.addAll(classId == Permission.DATABASE ? ALL_ON_DATABASE : ALL_ON_OBJECT);
        continue;
      }
      Set<String> valid = classId == Permission.DATABASE ? DATABASE_PERMISSIONS : OBJECT_PERMISSIONS;
      if (!valid.contains(n)) {
        throw SqlErrors.SYNTAX_NEAR.raise(n);
      }
      out.add(n);
    }
    return out;
  }
}
