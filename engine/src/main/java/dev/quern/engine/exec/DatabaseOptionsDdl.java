package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.engine.ast.AlterDatabaseStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import java.util.Map;
import java.util.Set;

/**
 * ALTER DATABASE … SET: the options are kept in the database's catalog record (transactional, and
 * after a restart) and shown by sys.databases. Quern takes every option whose value leaves the
 * database as it behaves; the values that would change who may connect or whether it can be
 * written (SINGLE_USER, RESTRICTED_USER, READ_ONLY, OFFLINE, EMERGENCY, delayed durability) are
 * refused (40517) rather than recorded without effect. Recovery model, page verification,
 * statistics and snapshot settings are recorded: Quern's store keeps its WAL whatever the recovery
 * model, checksums every block, plans without statistics, and reads committed data without
 * waiting for writers either way.
 */
final class DatabaseOptionsDdl {
  private static final Set<String> COMPATIBILITY_LEVELS = Set.of("100", "110", "120", "130", "140", "150", "160");

  /** The values of the options whose others Quern refuses. */
  private static final Map<String, String> ONLY = Map.of(
      "USER_ACCESS", "MULTI_USER", "UPDATEABILITY", "READ_WRITE", "STATE", "ONLINE", "DELAYED_DURABILITY", "DISABLED");

  private final SessionState state;

  DatabaseOptionsDdl(SessionState state) {
    this.state = state;
  }

  void alter(AlterDatabaseStatement s) {
    String name = s.database() == null ? state.databaseName() : s.database();
    var registered = state.server().databases().byName(name);
    if (registered.isEmpty()) {
      throw SqlErrors.ALTER_DATABASE_FAILED.raise().precededBy(SqlErrors.ALTER_DATABASE_DENIED.raise(name));
    }
    int id = registered.get().id();
    Catalog catalog = state.store().storage().catalog(id);
    Database db = state.store().metadata(catalog).database(id)
        .orElseThrow(() -> SqlErrors.ALTER_DATABASE_FAILED.raise().precededBy(SqlErrors.ALTER_DATABASE_DENIED.raise(name)));
    if (s.collation() != null) {
      new DatabaseCollationDdl(state).alter(s, db);
      return;
    }
    if (s.options().containsKey("CHANGE_TRACKING")) {
      var txn = state.store().txn(catalog);
      catalog.alterDatabase(txn, new ChangeTrackingDdl(state).alterDatabase(catalog, txn, db, s.options()));
      state.store().markDdl();
      return;
    }
    for (Map.Entry<String, String> o : s.options().entrySet()) {
      String only = ONLY.get(o.getKey());
      if (only != null && !only.equals(o.getValue())) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER DATABASE SET " + o.getValue());
      }
      if (o.getKey().equals("COMPATIBILITY_LEVEL") && !COMPATIBILITY_LEVELS.contains(o.getValue())) {
        throw SqlErrors.BAD_COMPATIBILITY_LEVEL.raise();
      }
      if (o.getKey().equals("RECOVERY") && db.name().equalsIgnoreCase("tempdb")) {
        throw SqlErrors.OPTION_NOT_IN_DATABASE.raise(o.getKey(), db.name());
      }
    }
    catalog.alterDatabase(state.store().txn(catalog), db.withOptions(s.options()));
    state.store().markDdl();
    if ("SIMPLE".equals(s.options().get("RECOVERY"))) {
      catalog.log().stopLogging(id); // the log chain breaks: BACKUP LOG needs a new full backup (4214)
    }
  }
}
