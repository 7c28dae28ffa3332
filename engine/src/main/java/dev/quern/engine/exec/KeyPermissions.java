package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Permission;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Permissions on one symmetric key (class 24) or certificate (class 25), "GRANT Symmetric Key
 * Permissions": its owner and holders of CONTROL on the database hold everything; otherwise a DENY of
 * the permission or of CONTROL on the key, to the user or one of its roles, wins over a GRANT of
 * either.
 */
final class KeyPermissions {
  private final SessionState state;

  KeyPermissions(SessionState state) {
    this.state = state;
  }

  /** Whether the caller holds {@code permission} on securable {@code id} of {@code classId}. */
  boolean holds(int classId, int id, int ownerId, String permission) {
    if (full(ownerId)) {
      return true;
    }
    Set<Integer> who = grantees();
    boolean granted = false;
    for (Permission p : state.securityRecords().permissions(state.databaseId())) {
      if (p.classId() == classId && p.majorId() == id && who.contains(p.granteeId())
          && (p.permission().equals(permission) || p.permission().equals("CONTROL"))) {
        if (p.denied()) {
          return false;
        }
        granted = true;
      }
    }
    return granted;
  }

  /**
   * OPEN SYMMETRIC KEY's test: "some permission on the key", and VIEW DEFINITION not denied.
   */
  boolean holdsAny(int classId, int id, int ownerId) {
    if (full(ownerId)) {
      return true;
    }
    Set<Integer> who = grantees();
    boolean granted = false;
    for (Permission p : state.securityRecords().permissions(state.databaseId())) {
      if (p.classId() == classId && p.majorId() == id && who.contains(p.granteeId())) {
        if (p.denied() && (p.permission().equals("VIEW DEFINITION") || p.permission().equals("CONTROL"))) {
          return false;
        }
        granted |= !p.denied();
      }
    }
    return granted;
  }

  private boolean full(int ownerId) {
    return state.security().isSa() || PermissionGate.hasDatabasePermission(state, "CONTROL")
        || state.user(state.databaseId()).map(u -> u.id() == ownerId || u.roles().contains(ownerId)).orElse(false);
  }

  private Set<Integer> grantees() {
    Optional<DatabaseUser> user = state.user(state.databaseId());
    Set<Integer> who = new HashSet<>();
    user.ifPresent(u -> {
      who.addAll(u.roles());
      who.add(u.id());
    });
    return who;
  }

  /** Forgets the permissions on a dropped key or certificate: ids are handed out again. */
  void forget(int classId, int id) {
    Catalog main = state.store().storage().main();
    KvTxn txn = state.store().txn(main);
    for (Permission p : state.securityRecords().permissions(state.databaseId())) {
      if (p.classId() == classId && p.majorId() == id) {
        main.security().deletePermission(txn, p);
      }
    }
  }
}
