package dev.quern.engine.session;

import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.security.Permissions;
import dev.quern.engine.store.ObjectNames;
import java.util.Optional;

/**
 * HAS_PERMS_BY_NAME for a session: resolves the securable (DATABASE by name or NULL for the current
 * one, SCHEMA and OBJECT in the current database, SERVER) and asks {@link Permissions}, as the
 * statements' own checks do. Only sysadmins hold server permissions here.
 */
final class PermissionLookup {
  private PermissionLookup() {}

  static Optional<Boolean> hasPermsByName(SessionState s, String securable, String cls, String permission) {
    var sec = s.securityRecords();
    switch (cls) {
      case "SERVER" -> {
        return Optional.of(s.isSysadmin());
      }
      case "DATABASE" -> {
        Optional<Databases.Database> db = securable == null
            ? s.server().databases().byId(s.databaseId())
            : s.server().databases().byName(securable);
        return db.map(d -> s.user(d.id())
            .map(u -> Permissions.has(sec, u, d.id(), Permissions.Securable.DATABASE, permission))
            .orElse(false));
      }
      case "SCHEMA", "OBJECT" -> {
        if (securable == null) {
          return Optional.empty();
        }
        Metadata md = s.store().snapshot(s.store().storage().catalog(s.databaseId()));
        Optional<Permissions.Securable> on = cls.equals("SCHEMA")
            ? md.schema(s.databaseId(), securable).map(Permissions.Securable::schema)
            : ObjectNames.objectId(s.store(), s.databaseName(), securable, null)
                .flatMap(md::object)
                .flatMap(o -> md.schema(o.schemaId()).map(sch -> Permissions.Securable.object(o.id(), sch)));
        Optional<DatabaseUser> user = s.user(s.databaseId());
        return on.map(o -> user.map(u -> Permissions.has(sec, u, s.databaseId(), o, permission)).orElse(false));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** HAS_PERMS_BY_NAME(object, 'OBJECT', permission, column, 'COLUMN'): empty when no such table or column. */
  static Optional<Boolean> hasColumnPerms(SessionState s, String securable, String column, String permission) {
    Metadata md = s.store().snapshot(s.store().storage().catalog(s.databaseId()));
    Optional<dev.quern.catalog.meta.Table> table = ObjectNames.objectId(s.store(), s.databaseName(), securable, null)
        .flatMap(md::table);
    Optional<dev.quern.catalog.meta.Column> col = table.flatMap(t -> t.columns().stream()
        .filter(c -> c.name().equalsIgnoreCase(column)).findFirst());
    if (col.isEmpty()) {
      return Optional.empty();
    }
    if (s.security().isSa()) {
      return Optional.of(true);
    }
    var on = md.schema(table.get().schemaId()).map(sch -> Permissions.Securable.object(table.get().id(), sch)).orElseThrow();
    return Optional.of(s.user(s.databaseId())
        .map(u -> Permissions.has(s.securityRecords(), u, s.databaseId(), on, col.get().columnId(), permission))
        .orElse(false));
  }
}
