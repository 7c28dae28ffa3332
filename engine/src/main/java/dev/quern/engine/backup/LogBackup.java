package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.LogState;
import dev.quern.catalog.meta.TransactionLog;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.BackupStatement;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.session.SessionState;

/**
 * BACKUP LOG ("Transaction log backups"): the log records committed since the previous log backup
 * (or since the full backup that started the chain), read from one snapshot, become a backup set
 * whose FirstLSN is where the previous one ended and whose LastLSN is the next LSN to come; then,
 * unless COPY_ONLY, the chain moves on and the records backed up are truncated (NO_TRUNCATE keeps
 * them until the next truncation). WITH NORECOVERY (a tail-log backup) leaves the database
 * RESTORING. Refused as SQL Server refuses it: master (4212), SIMPLE recovery (4208), no full
 * backup since the log began or since a switch to SIMPLE (4214).
 */
final class LogBackup {
  /** The entry kind of one {@link dev.quern.catalog.meta.LogRecord} in a log backup set. */
  static final int RECORD = 60;

  private final SessionState state;
  private final BackupStatement b;
  private final Database db;
  private final Catalog main;

  LogBackup(SessionState state, BackupStatement b, Database db, Catalog main) {
    this.state = state;
    this.b = b;
    this.db = db;
    this.main = main;
  }

  void run(ResultSink sink) {
    if (db.name().equalsIgnoreCase("master")) {
      throw BackupErrors.MASTER_LOG.raise();
    }
    if (db.recoveryModel().equals("SIMPLE")) {
      throw BackupErrors.LOG_NOT_ALLOWED.raise();
    }
    LogState log = main.log().state(db.id());
    if (!log.logging()) {
      throw BackupErrors.NO_CURRENT_BACKUP.raise();
    }
    BackupFile file = BackupDevice.of(state, b.device());
    BackupProgress progress = new BackupProgress(sink, BackupExecutor.stats(b.options()));
    BackupSetHeader header;
    long first = log.nextLogBackupLsn();
    main.log().checkpoint(db.id(), lsn -> same -> same); // the backup's own LSN: LastLSN always moves past the last restore point
    try (KvTxn snapshot = main.store().beginReadOnly()) {
      long last = Math.max(first, TransactionLog.lastLsn(snapshot, db.id()) + 1);
      long start = System.currentTimeMillis();
      BackupSetHeader started = new BackupSetHeader(0, db.name(), db.id(), db.collation(),
          BackupExecutor.text(b, "NAME"), BackupExecutor.text(b, "DESCRIPTION"), state.serverName(),
          state.loginName(), start, 0, new BackupLsns(BackupLsns.LOG, first, last, log.lastFullCheckpointLsn(),
          log.lastFullCheckpointLsn(), 0), b.has("COPY_ONLY"),
          byDefault("COMPRESSION", ServerConfiguration.BACKUP_COMPRESSION_DEFAULT),
          byDefault("CHECKSUM", ServerConfiguration.BACKUP_CHECKSUM_DEFAULT), 0, 0);
      header = file.write(b.has("INIT") || b.has("FORMAT"), started, out -> TransactionLog.records(snapshot, db.id(),
          first, last, r -> out.entry(RECORD, r.encode())));
    }
    if (!b.has("COPY_ONLY")) {
      long last = header.lsns().last();
      main.log().update(db.id(), TransactionLog.logBackedUp(last));
      if (!b.has("NO_TRUNCATE")) {
        main.log().truncate(db.id(), last);
      }
    }
    if (b.has("NORECOVERY")) {
      RestoringState.enter(main, db);
    }
    progress.progress(1, 1);
    BackupExecutor.record(main, header, b.device(), db.recoveryModel());
    progress.processedLog(header);
    progress.succeeded("BACKUP LOG", header);
  }

  private boolean byDefault(String option, String serverDefault) {
    if (b.has(option) || b.has("NO_" + option)) {
      return b.has(option);
    }
    return state.server().external().configuration().runValue(serverDefault) == 1;
  }
}
