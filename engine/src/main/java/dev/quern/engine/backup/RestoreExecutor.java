package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.DatabaseImageLoader;
import dev.quern.catalog.meta.RestoreChain;
import dev.quern.catalog.meta.TransactionLog;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.RestoreStatement;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.security.PrincipalLookup;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.FilterPredicate;
import dev.quern.engine.store.Storage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RESTORE DATABASE (a full backup set written back as a database, under its own or a new name,
 * in one transaction: a failure leaves no half database; with REPLACE the existing database is
 * dropped in that same transaction), RESTORE HEADERONLY / FILELISTONLY and VERIFYONLY. MOVE is
 * accepted and ignored: Quern keeps every database in one store, with no data files to place.
 * WITH NORECOVERY leaves the database RESTORING with its {@link RestoreChain}, for RESTORE LOG and
 * RESTORE DATABASE … WITH RECOVERY ({@link RestoreSequence}); STANDBY is refused.
 */
public final class RestoreExecutor {
  private final SessionState state;

  public RestoreExecutor(SessionState state) {
    this.state = state;
  }

  public void run(RestoreStatement statement, ResultSink sink) {
    RestoreStatement r = statement;
    try {
      if (state.store().inUserTransaction()) {
        throw BackupErrors.IN_TRANSACTION.raise();
      }
      if (r.logicalDevice()) {
        r = r.onDisk(BackupDevice.physical(state, r.device(), true)); // its file from here on, history included
      }
      if (r.device() == null) {
        new RestoreSequence(state).recoverOnly(r, sink);
        return;
      }
      BackupFile file = BackupDevice.of(state, r.device());
      switch (r.kind()) {
        case HEADERONLY -> RestoreInfoResults.headers(sink, file.sets());
        // Every database but tempdb lives in the main store, master's.
        case FILELISTONLY -> RestoreInfoResults.files(sink, set(file, r), state.store().storage().directory(1));
        case VERIFYONLY -> {
          BackupSetHeader h = file.read(position(r), (kind, payload) -> {});
          sink.message(BackupErrors.VALID.message(h.position()));
        }
        case LOG -> new RestoreSequence(state).restoreLog(r, file, sink);
        case DATABASE -> restore(r, file, sink);
      }
    } catch (SqlException e) {
      throw BackupErrors.terminating(r.verb(), e);
    }
  }

  static int position(RestoreStatement r) {
    return r.options().get("FILE") instanceof Long n ? n.intValue() : 1;
  }

  static BackupSetHeader set(BackupFile file, RestoreStatement r) {
    List<BackupSetHeader> sets = file.sets();
    int position = position(r);
    if (position < 1 || position > sets.size()) {
      throw BackupErrors.NO_SUCH_FILE.raise(position, r.device());
    }
    return sets.get(position - 1);
  }

  private void restore(RestoreStatement r, BackupFile file, ResultSink sink) {
    refuseUnsupported(r);
    String target = r.database();
    checkTarget(target);
    Catalog main = state.store().storage().main();
    Optional<Database> existing = state.store().metadata(main).database(target);
    checkPermission(existing);
    BackupSetHeader header = set(file, r);
    if (header.lsns().type() == BackupLsns.DIFFERENTIAL) {
      new RestoreSequence(state).restoreDifferential(r, file, header, existing, sink);
      return;
    }
    if (header.lsns().type() == BackupLsns.LOG) {
      throw BackupErrors.WRONG_BACKUP_KIND.raise(r.device(), "BACKUP LOG");
    }
    existing.ifPresent(db -> checkReplace(r, header, db));
    BackupProgress progress = new BackupProgress(sink, BackupExecutor.stats(r.options()));
    Database restored;
    try (KvTxn txn = main.store().begin(KvTxnOptions.DEFAULT)) {
      existing.ifPresent(db -> main.dropDatabase(txn, db.id()));
      DatabaseImageLoader loader = new DatabaseImageLoader(main, txn, target, FilterPredicate::indexFilter);
      long[] done = {0};
      file.read(header.position(), (kind, payload) -> {
        loader.accept(kind, payload);
        done[0] += 5L + payload.length;
        progress.progress(done[0], header.imageBytes());
      });
      restored = loader.finish();
      BackupLsns lsns = header.lsns();
      if (r.has("NORECOVERY")) {
        main.alterDatabase(txn, restored.withOptions(java.util.Map.of(Database.RESTORING, "ON")));
        TransactionLog.saveChain(txn, restored.id(), new RestoreChain(header.databaseId(), header.databaseName(),
            lsns.checkpoint(), false, lsns.last(), header.startMillis(), false, loader.restoredTables()));
      } else {
        main.log().restored(txn, restored.id(), lsns.last());
      }
      txn.commit();
    }
    existing.ifPresent(db -> {
      state.server().databases().remove(db.id());
      main.reclaimGarbage();
    });
    state.server().databases().add(new Databases.Database(restored.id(), restored.name()), restored.collation());
    RestoreHistory.record(main, header, r.device(), target, state.loginName(), existing.isPresent(),
        !r.has("NORECOVERY"));
    progress.progress(1, 1);
    progress.processed(header);
    progress.succeeded("RESTORE DATABASE", header);
  }

  /** STANDBY (a read-only restoring database) and log marks are not offered: 3032. */
  static void refuseUnsupported(RestoreStatement r) {
    for (String refused : List.of("STANDBY", "STOPATMARK", "STOPBEFOREMARK")) {
      if (r.has(refused)) {
        throw BackupErrors.UNSUPPORTED_OPTION.raise(refused);
      }
    }
  }

  /** tempdb never (3147); master needs single-user mode (3108); model and msdb are in use (3101). */
  private static void checkTarget(String target) {
    switch (target.toLowerCase(Locale.ROOT)) {
      case "tempdb" -> throw BackupErrors.TEMPDB.raise();
      case "master" -> throw BackupErrors.MASTER_SINGLE_USER.raise();
      case "model", "msdb" -> throw BackupErrors.EXCLUSIVE_ACCESS.raise();
      default -> {}
    }
  }

  /** A new database needs CREATE DATABASE (dbcreator); overwriting one also its db_owner. */
  private void checkPermission(Optional<Database> existing) {
    if (state.isServerRoleMember("dbcreator").orElse(false)) {
      return;
    }
    boolean owner = existing.isPresent() && PrincipalLookup.isMember(state.securityRecords(), existing.get().id(),
        state.user(existing.get().id()), "db_owner").orElse(false);
    if (!owner) {
      throw SecurityErrors.PERMISSION_DENIED_IN_DATABASE.raise("CREATE DATABASE", "master");
    }
  }

  /**
   * Over an existing database: never the session's own (3102) nor one another session uses (3101);
   * without REPLACE only a backup of that same database (3154), and only where no log could be lost
   * (3159, unless the database's recovery model is SIMPLE, as SQL Server allows).
   */
  private void checkReplace(RestoreStatement r, BackupSetHeader header, Database db) {
    if (state.databaseId() == db.id()) {
      throw BackupErrors.IN_USE_BY_THIS_SESSION.raise(db.name());
    }
    if (!r.has("REPLACE")) {
      if (!header.databaseName().equalsIgnoreCase(db.name())) {
        throw BackupErrors.OTHER_DATABASE.raise(db.name());
      }
      if (!db.recoveryModel().equals("SIMPLE") && !db.restoring()) {
        throw BackupErrors.TAIL_NOT_BACKED_UP.raise(db.name());
      }
    }
    for (SessionState other : state.server().sessions()) {
      if (other != state && other.databaseId() == db.id()) {
        throw BackupErrors.EXCLUSIVE_ACCESS.raise();
      }
    }
  }
}
