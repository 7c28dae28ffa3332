package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.BackupSet;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.DatabaseImage;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.BackupStatement;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.security.PrincipalLookup;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;

/**
 * BACKUP DATABASE: one database, read from a snapshot of the store ({@code beginReadOnly}: no
 * lock, writers go on, the backup holds every committed transaction of that instant or none of
 * it), streamed into a new backup set of the DISK file ({@link BackupFile}); then the set is
 * recorded in msdb's history. BACKUP LOG and WITH DIFFERENTIAL are refused: Quern keeps no log
 * chain and no differential base (every database backs up as under the SIMPLE recovery model).
 */
public final class BackupExecutor {
  private final SessionState state;

  public BackupExecutor(SessionState state) {
    this.state = state;
  }

  public void run(BackupStatement b, ResultSink sink) {
    String verb = b.log() ? "BACKUP LOG" : "BACKUP DATABASE";
    try {
      backup(b, sink);
    } catch (SqlException e) {
      throw BackupErrors.terminating(verb, e);
    }
  }

  /**
   * BACKUP LOG: SQL Server's errors where it refuses one (master's log 4212, SIMPLE recovery 4208,
   * no full backup yet 4214). Where SQL Server would back the log up, Quern cannot: its write-ahead
   * log is RocksDB's, truncated by the store itself, so there is no chain of log records to copy
   * and restore to a point in time; that is 40517 (as Azure SQL Database answers), not a backup
   * that could not be restored.
   */
  private void refuseLog(Database db, Catalog main) {
    if (db.name().equalsIgnoreCase("master")) {
      throw BackupErrors.MASTER_LOG.raise();
    }
    if (db.recoveryModel().equals("SIMPLE")) {
      throw BackupErrors.LOG_NOT_ALLOWED.raise();
    }
    if (!hasFullBackup(db, main)) {
      throw BackupErrors.NO_CURRENT_BACKUP.raise();
    }
    throw SqlErrors.OPTION_NOT_SUPPORTED.raise("BACKUP LOG");
  }

  /** Whether msdb's history has a full backup of {@code db} (COPY_ONLY ones included, as a base here). */
  private boolean hasFullBackup(Database db, Catalog main) {
    try (KvTxn t = main.store().beginReadOnly()) {
      return main.backups().all(t).stream().anyMatch(s -> s.type() == 'D' && s.databaseName().equalsIgnoreCase(db.name()));
    }
  }

  private void backup(BackupStatement b, ResultSink sink) {
    if (state.store().inUserTransaction()) {
      throw BackupErrors.IN_TRANSACTION.raise();
    }
    Catalog main = state.store().storage().main();
    Database db = state.store().metadata(main).database(b.database())
        .orElseThrow(() -> SqlErrors.DATABASE_NOT_EXIST.raise(b.database()));
    if (db.id() == Storage.TEMPDB_ID) {
      throw BackupErrors.TEMPDB.raise();
    }
    checkPermission(db);
    if (b.log()) {
      refuseLog(db, main);
    }
    if (b.has("DIFFERENTIAL")) {
      if (!hasFullBackup(db, main)) {
        throw BackupErrors.NO_DIFFERENTIAL_BASE.raise(db.name());
      }
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("DIFFERENTIAL");
    }
    String physical = BackupDevice.physical(state, b.device(), b.logicalDevice());
    BackupFile file = BackupDevice.of(state, physical);
    BackupProgress progress = new BackupProgress(sink, stats(b.options()));
    long start = System.currentTimeMillis();
    BackupSetHeader header;
    try (KvTxn snapshot = main.store().beginReadOnly()) {
      Metadata m = main.metadata(snapshot);
      long tables = m.schemas(db.id()).stream().mapToLong(s -> m.objects(s.id()).stream()
          .filter(o -> o instanceof Table).count()).sum();
      BackupSetHeader started = new BackupSetHeader(0, db.name(), db.id(), db.collation(), text(b, "NAME"),
          text(b, "DESCRIPTION"), state.serverName(), state.loginName(), start, 0, start * 1000,
          b.has("COPY_ONLY"), byDefault(b, "COMPRESSION", ServerConfiguration.BACKUP_COMPRESSION_DEFAULT),
          byDefault(b, "CHECKSUM", ServerConfiguration.BACKUP_CHECKSUM_DEFAULT), 0, 0);
      long[] tablesDone = {0};
      header = file.write(b.has("INIT") || b.has("FORMAT"), started, out -> DatabaseImage.export(main, snapshot,
          db.id(), (kind, payload) -> {
            if (kind == DatabaseImage.TABLE_ROWS) {
              progress.progress(tablesDone[0]++, tables);
            }
            out.entry(kind, payload);
          }));
    }
    progress.progress(1, 1);
    record(main, header, physical);
    progress.processed(header);
    progress.succeeded("BACKUP DATABASE", header);
  }

  /** BACKUP DATABASE needs sysadmin, or db_owner or db_backupoperator in the database (262). */
  private void checkPermission(Database db) {
    if (state.isSysadmin()) {
      return;
    }
    var sec = state.securityRecords();
    var user = state.user(db.id());
    boolean allowed = PrincipalLookup.isMember(sec, db.id(), user, "db_owner").orElse(false)
        || PrincipalLookup.isMember(sec, db.id(), user, "db_backupoperator").orElse(false);
    if (!allowed) {
      throw SecurityErrors.PERMISSION_DENIED_IN_DATABASE.raise("BACKUP DATABASE", db.name());
    }
  }

  private static void record(Catalog main, BackupSetHeader h, String device) {
    main.backups().save(new BackupSet(main.backups().newId(), h.name(), h.description(), h.databaseName(),
        h.startMillis(), h.finishMillis(), 'D', h.setBytes(), h.copyOnly(), h.position(), device,
        h.snapshotLsn(), h.snapshotLsn(), h.checksums(), h.userName(), h.serverName()));
  }

  /** The STATS option's value: null without STATS, 0 for STATS alone (every 10 percent). */
  static Long stats(java.util.Map<String, Object> options) {
    if (!options.containsKey("STATS")) {
      return null;
    }
    return options.get("STATS") instanceof Long n ? n : 0L;
  }

  /**
   * Whether {@code option} (COMPRESSION, CHECKSUM) is in force: named, or neither it nor its NO_
   * form named and the server's default option (sp_configure) is 1.
   */
  private boolean byDefault(BackupStatement b, String option, String serverDefault) {
    if (b.has(option) || b.has("NO_" + option)) {
      return b.has(option);
    }
    return state.server().external().configuration().runValue(serverDefault) == 1;
  }

  private static String text(BackupStatement b, String option) {
    return b.options().get(option) instanceof String s ? s : null;
  }
}
