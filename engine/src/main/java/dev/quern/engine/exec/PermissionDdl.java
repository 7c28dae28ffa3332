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
 * removes the row (REVOKE GRANT OPTION FOR turns W back into G). A column list (SELECT, UPDATE and
 * REFERENCES on a table's columns) makes one row per column, minor_id its column_id; a statement on
 * the whole table replaces the column rows of its permission and grantee. Only db_owner, db_securityadmin
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
          "EXECUTE", "REFERENCES", "VIEW DATABASE STATE", "CREATE EXTERNAL LIBRARY", "ALTER ANY EXTERNAL LIBRARY",
          "CREATE CERTIFICATE", "ALTER ANY SYMMETRIC KEY", "CREATE XML SCHEMA COLLECTION");
  /** What a symmetric key or certificate takes ("GRANT Symmetric Key Permissions", "GRANT Certificate Permissions"). */
  private static final Set<String> KEY_PERMISSIONS =
      Set.of("CONTROL", "ALTER", "REFERENCES", "TAKE OWNERSHIP", "VIEW DEFINITION");
  /** What an XML schema collection takes ("GRANT XML Schema Collection Permissions"). */
  private static final Set<String> XML_SCHEMA_COLLECTION_PERMISSIONS =
      Set.of("ALTER", "CONTROL", "EXECUTE", "REFERENCES", "TAKE OWNERSHIP", "VIEW DEFINITION");
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
    if (!g.columns().isEmpty() && target.classId() != Permission.OBJECT) {
      throw SqlErrors.SYNTAX_NEAR.raise("(");
    }
    Security sec = ctx.records();
    PrincipalDdl principals = new PrincipalDdl(ctx);
    List<String> permissions = expand(g.permissions(), target.classId());
    List<Integer> columns = g.columns().isEmpty() ? List.of(0) : ColumnPermissions.columnIds(g, permissions, target.object());
    int grantor = ctx.state().user(db).map(u -> u.id()).orElse(1);
    for (String name : g.principals()) {
      int grantee = principals.principalId(sec, name)
          .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("user", name));
      for (String perm : permissions) {
        for (int column : columns) {
          apply(g, sec, new Permission(db, target.classId(), target.majorId(), column, grantee, perm, 'G', grantor));
        }
        if (target.classId() == Permission.OBJECT && g.columns().isEmpty()) {
          dropColumnRows(sec, target.majorId(), grantee, perm);
        }
      }
    }
    ctx.written();
  }

  /** A statement on the whole object replaces what was said of its columns for that permission and grantee. */
  private void dropColumnRows(Security sec, int objectId, int grantee, String permission) {
    for (Permission p : sec.permissions(db)) {
      if (p.classId() == Permission.OBJECT && p.majorId() == objectId && p.minorId() != 0 && p.granteeId() == grantee
          && p.permission().equals(permission)) {
        ctx.main().security().deletePermission(ctx.txn(), p);
      }
    }
  }

  private void apply(SecurityStatement.Grant g, Security sec, Permission p) {
    Permission existing = sec.permissions(db).stream()
        .filter(e -> e.classId() == p.classId() && e.majorId() == p.majorId() && e.minorId() == p.minorId()
            && e.granteeId() == p.granteeId() && e.permission().equals(p.permission()))
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
    return p.withState(state);
  }

  /** The securable: its class and id, and for an object the object itself (what a column list names columns of). */
  private record Target(int classId, int majorId, dev.quern.catalog.meta.SchemaObject object) {
    Target(int classId, int majorId) {
      this(classId, majorId, null);
    }
  }

  private Target target(SecurityStatement.Grant g) {
    switch (g.on()) {
      case DATABASE -> {
        if (!g.securable().isEmpty() && !g.securable().getLast().equalsIgnoreCase(ctx.state().databaseName())) {
          throw SecurityErrors.CANNOT_FIND.raise("database", g.securable().getLast());
        }
        return new Target(Permission.DATABASE, 0);
      }
      case SYMMETRIC_KEY, CERTIFICATE -> {
        String name = g.securable().getLast();
        var keys = ctx.state().store().metadata(ctx.state().store().storage().catalog(db)).encryption();
        boolean key = g.on() == SecurityStatement.SecurableClass.SYMMETRIC_KEY;
        java.util.Optional<Integer> id = key
            ? keys.symmetricKey(db, name).map(dev.quern.catalog.meta.SymmetricKey::keyId)
            : keys.certificate(db, name).map(dev.quern.catalog.meta.Certificate::certificateId);
        return new Target(key ? Permission.SYMMETRIC_KEY : Permission.CERTIFICATE,
            id.orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise(key ? "symmetric key" : "certificate", name)));
      }
      case XML_SCHEMA_COLLECTION -> {
        List<String> n = g.securable();
        String written = String.join(".", n);
        return new Target(Permission.XML_SCHEMA_COLLECTION, dev.quern.engine.store.XmlSchemaCollections.find(
                ctx.state().store(), ctx.state().databaseName(), n.size() > 1 ? n.get(n.size() - 2) : null, n.getLast())
            .filter(c -> c.databaseId() == db)
            .map(dev.quern.catalog.meta.XmlSchemaCollection::collectionId)
            .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("xml schema collection", written)));
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
        return new Target(Permission.OBJECT, found.object().id(), found.object());
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
      Set<String> valid = switch (classId) {
        case Permission.DATABASE -> DATABASE_PERMISSIONS;
        case Permission.SYMMETRIC_KEY, Permission.CERTIFICATE -> KEY_PERMISSIONS;
        case Permission.XML_SCHEMA_COLLECTION -> XML_SCHEMA_COLLECTION_PERMISSIONS;
        default -> OBJECT_PERMISSIONS;
      };
      if (!valid.contains(n)) {
        throw SqlErrors.SYNTAX_NEAR.raise(n);
      }
      out.add(n);
    }
    return out;
  }
}
