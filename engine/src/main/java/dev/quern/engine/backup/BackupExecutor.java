package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.BackupSet;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.DatabaseImage;
import dev.quern.catalog.meta.LogState;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TransactionLog;
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
 * recorded in msdb's history. A full backup takes a checkpoint LSN first ({@link TransactionLog}):
 * in FULL or BULK_LOGGED recovery the first one starts the database's log chain, and unless
 * COPY_ONLY it becomes the differential base. BACKUP LOG is {@link LogBackup}; WITH DIFFERENTIAL
 * is refused (40517) where a base exists.
 */
public final class BackupExecutor {
  private final SessionState state;

  public BackupExecutor(SessionState state) {
    this.state = state;
  }

  public void run(BackupStatement b, ResultSink sink) {
    String verb = b.log() ? "BACKUP LOG" : "BACKUP DATABASE";
    try {
      // A logical device (sp_addumpdevice) stands for its file from here on, history included.
      backup(b.logicalDevice() ? b.onDisk(BackupDevice.physical(state, b.device(), true)) : b, sink);
    } catch (SqlException e) {
      throw BackupErrors.terminating(verb, e);
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
      new LogBackup(state, b, db, main).run(sink);
      return;
    }
    LogState before = main.log().state(db.id());
    if (b.has("DIFFERENTIAL")) {
      differential(b, sink, db, main, before);
      return;
    }
    BackupFile file = BackupDevice.of(state, b.device());
    boolean copyOnly = b.has("COPY_ONLY");
    long checkpoint = main.log().checkpoint(db.id(), TransactionLog.fullBackup(!db.recoveryModel().equals("SIMPLE"),
        copyOnly));
    BackupSetHeader header;
    try {
      header = writeFull(b, sink, db, main, file, new BackupLsns(BackupLsns.FULL, checkpoint, 0, checkpoint,
          before.lastFullCheckpointLsn(), 0));
    } catch (RuntimeException e) {
      main.log().update(db.id(), s -> before); // a backup that failed starts no chain and moves no base
      throw e;
    }
    if (!copyOnly) {
      main.log().update(db.id(), TransactionLog.baseAt(header.lsns().last(), checkpoint));
    }
    record(main, header, b.device(), db.recoveryModel());
    progress(b, sink).processed(header);
    progress(b, sink).succeeded("BACKUP DATABASE", header);
  }

  /**
   * WITH DIFFERENTIAL ("Differential backups"): the whole catalog, and the rows of the tables
   * changed (or defined anew) since the differential base, the latest full backup that was not
   * COPY_ONLY; the other tables are named as the base's. 3035 without a base.
   */
  private void differential(BackupStatement b, ResultSink sink, Database db, Catalog main, LogState log) {
    if (!log.tracking()) {
      throw BackupErrors.NO_DIFFERENTIAL_BASE.raise(db.name());
    }
    BackupFile file = BackupDevice.of(state, b.device());
    long checkpoint = main.log().checkpoint(db.id(), lsn -> same -> same);
    BackupSetHeader header = writeSet(b, sink, db, main, file, new BackupLsns(BackupLsns.DIFFERENTIAL, checkpoint, 0,
        checkpoint, log.lastFullCheckpointLsn(), log.diffBaseCheckpointLsn()), log.diffBaseLsn());
    record(main, header, b.device(), db.recoveryModel());
    progress(b, sink).processed(header);
    progress(b, sink).succeeded("BACKUP DATABASE WITH DIFFERENTIAL", header);
  }

  /** The statement's progress reporter, made on first use (its clock starts then). */
  private BackupProgress progress(BackupStatement b, ResultSink sink) {
    if (progress == null) {
      progress = new BackupProgress(sink, stats(b.options()));
    }
    return progress;
  }

  private BackupProgress progress;

  /** Writes the full backup set: the database image as one snapshot sees it, ending at its LastLSN. */
  private BackupSetHeader writeFull(BackupStatement b, ResultSink sink, Database db, Catalog main, BackupFile file,
      BackupLsns lsns) {
    return writeSet(b, sink, db, main, file, lsns, -1);
  }

  /**
   * Writes a data backup set from one snapshot: every table's rows, or ({@code changedSince} not -1)
   * only those of tables marked changed at or after that LSN.
   */
  private BackupSetHeader writeSet(BackupStatement b, ResultSink sink, Database db, Catalog main, BackupFile file,
      BackupLsns lsns, long changedSince) {
    BackupProgress progress = progress(b, sink);
    long start = System.currentTimeMillis();
    BackupSetHeader header;
    try (KvTxn snapshot = main.store().beginReadOnly()) {
      Metadata m = main.metadata(snapshot);
      long tables = m.schemas(db.id()).stream().mapToLong(s -> m.objects(s.id()).stream()
          .filter(o -> o instanceof Table).count()).sum();
      BackupSetHeader started = new BackupSetHeader(0, db.name(), db.id(), db.collation(), text(b, "NAME"),
          text(b, "DESCRIPTION"), state.serverName(), state.loginName(), start, 0, new BackupLsns(lsns.type(),
          lsns.first(), TransactionLog.lastLsn(snapshot, db.id()) + 1, lsns.checkpoint(), lsns.databaseBackup(),
          lsns.differentialBase()),
          b.has("COPY_ONLY"), byDefault(b, "COMPRESSION", ServerConfiguration.BACKUP_COMPRESSION_DEFAULT),
          byDefault(b, "CHECKSUM", ServerConfiguration.BACKUP_CHECKSUM_DEFAULT), 0, 0);
      long[] tablesDone = {0};
      java.util.Set<Integer> changed = changedSince < 0 ? null
          : TransactionLog.changedTables(snapshot, db.id(), changedSince);
      header = file.write(b.has("INIT") || b.has("FORMAT"), started, out -> DatabaseImage.export(main, snapshot,
          db.id(), (kind, payload) -> {
            if (kind == DatabaseImage.TABLE_ROWS) {
              progress.progress(tablesDone[0]++, tables);
            }
            out.entry(kind, payload);
          }, id -> changed == null || changed.contains(id)));
    }
    progress.progress(1, 1);
    return header;
  }

  /** BACKUP DATABASE needs sysadmin, or db_owner or db_backupoperator in the database (262). */
  void checkPermission(Database db) {
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

  static void record(Catalog main, BackupSetHeader h, String device, String recoveryModel) {
    BackupLsns l = h.lsns();
    main.backups().save(new BackupSet(main.backups().newId(), h.name(), h.description(), h.databaseName(),
        h.startMillis(), h.finishMillis(), l.historyType(), h.setBytes(), h.copyOnly(), h.position(), device,
        l.first(), l.last(), h.checksums(), h.userName(), h.serverName(), l.checkpoint(), l.databaseBackup(),
        l.differentialBase(), recoveryModel));
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
  boolean byDefault(BackupStatement b, String option, String serverDefault) {
    if (b.has(option) || b.has("NO_" + option)) {
      return b.has(option);
    }
    return state.server().external().configuration().runValue(serverDefault) == 1;
  }

  static String text(BackupStatement b, String option) {
    return b.options().get(option) instanceof String s ? s : null;
  }
}
