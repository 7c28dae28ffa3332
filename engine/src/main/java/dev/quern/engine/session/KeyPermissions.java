package dev.quern.engine.session;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.engine.security.BuiltinPermissions;
import dev.quern.engine.security.DatabaseUser;
import java.util.Optional;

/**
 * What fn_my_permissions answers for a certificate or symmetric key of the current database: db_owner
 * members and the key's owner hold everything; otherwise a DENY of the permission or of CONTROL on
 * the key to the user or one of its roles wins, then such a GRANT, then the database permission
 * that implies it (fn_builtin_permissions' parent covering permission, ALTER ANY SYMMETRIC KEY …).
 */
final class KeyPermissions {
  /** A key's class (sys.database_permissions), id and owner. */
  private record Key(int classId, int id, int ownerId) {}

  private KeyPermissions() {}

  /** Whether the key named exists in the current database. */
  static boolean exists(SessionState s, String cls, String name) {
    return name != null && key(s, cls, name).isPresent();
  }

  static boolean holds(SessionState s, String cls, String name, BuiltinPermissions.Entry e) {
    Optional<Key> key = key(s, cls, name);
    Optional<DatabaseUser> user = s.user(s.databaseId());
    if (key.isEmpty() || user.isEmpty()) {
      return false;
    }
    DatabaseUser u = user.get();
    if (u.isOwner() || key.get().ownerId() == u.id() || u.roles().contains(key.get().ownerId())) {
      return true;
    }
    boolean granted = false;
    for (Permission p : s.securityRecords().permissions(s.databaseId())) {
      boolean mine = p.granteeId() == u.id() || u.roles().contains(p.granteeId());
      boolean covers = p.permission().equals(e.permission()) || p.permission().equals("CONTROL");
      if (mine && covers && p.classId() == key.get().classId() && p.majorId() == key.get().id()) {
        if (p.denied()) {
          return false;
        }
        granted = true;
      }
    }
    return granted || PermissionLookup.hasPermsByName(s, null, "DATABASE", e.parentCovering()).orElse(false);
  }

  private static Optional<Key> key(SessionState s, String cls, String name) {
    var keys = s.store().snapshot(s.store().storage().catalog(s.databaseId())).encryption();
    int db = s.databaseId();
    return cls.equals("SYMMETRIC KEY")
        ? keys.symmetricKey(db, name).map((SymmetricKey k) -> new Key(Permission.SYMMETRIC_KEY, k.keyId(), k.principalId()))
        : keys.certificate(db, name).map((Certificate c) -> new Key(Permission.CERTIFICATE, c.certificateId(), c.principalId()));
  }
}
