package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.LogRecord;
import dev.quern.catalog.meta.LogReplay;
import dev.quern.catalog.meta.RestoreChain;
import dev.quern.catalog.meta.TransactionLog;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.RestoreStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.store.FilterPredicate;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The steps after a full restore WITH NORECOVERY ("Restore a SQL Server Database to a Point in Time
 * (Full Recovery Model)"): RESTORE LOG rolls the RESTORING database forward through a log backup
 * that spans its redo LSN (else 4305 too recent, 4326 too early), up to STOPAT when given (4338
 * when the database is already past it; a STOPAT after the backup's end applies it all and leaves
 * the database RESTORING, 4322), then recovers it unless NORECOVERY; RESTORE DATABASE … WITH
 * RECOVERY alone recovers it where it stands. Each step is one transaction.
 */
final class RestoreSequence {
  private final SessionState state;

  RestoreSequence(dev.quern.engine.session.SessionState state) {
    this.state = new SessionState(state);
  }

  /** The session, with what the steps need of it. */
  private record SessionState(dev.quern.engine.session.SessionState session) {
    Catalog main() {
      return session.store().storage().main();
    }
  }

  void restoreLog(RestoreStatement r, BackupFile file, BackupSetHeader h, ResultSink sink) {
    Catalog main = state.main();
    Database db = state.session().store().metadata(main).database(r.database())
        .orElseThrow(BackupErrors.NOTHING_TO_ROLL_FORWARD::raise);
    RestoreChain chain = chain(main, db).orElseThrow(BackupErrors.NOTHING_TO_ROLL_FORWARD::raise);
    long redo = chain.redoLsn();
    if (h.lsns().type() != BackupLsns.LOG || chain.stopped()) {
      throw BackupErrors.NOTHING_TO_ROLL_FORWARD.raise();
    }
    if (h.lsns().last() <= redo) {
      throw BackupErrors.LOG_TOO_EARLY.raise(lsn(h.lsns().last()), lsn(redo));
    }
    if (h.lsns().first() > redo) {
      throw BackupErrors.LOG_TOO_RECENT.raise(lsn(h.lsns().first()), lsn(redo));
    }
    Long stopAt = stopAt(r);
    if (stopAt != null && stopAt < chain.pointMillis()) {
      throw BackupErrors.STOPAT_TOO_EARLY.raise();
    }
    boolean inside = stopAt != null && stopAt < h.startMillis();
    boolean recover = !r.has("NORECOVERY") && (stopAt == null || inside);
    BackupProgress progress = new BackupProgress(sink, BackupExecutor.stats(r.options()));
    try (KvTxn txn = main.store().begin(KvTxnOptions.DEFAULT)) {
      LogReplay replay = new LogReplay(main, txn, chain.tables(), FilterPredicate::indexFilter);
      long[] reached = {redo};
      file.read(h.position(), (kind, payload) -> {
        if (kind != LogBackup.RECORD) {
          return;
        }
        LogRecord record = LogRecord.decode(payload);
        if (record.lsn() >= redo && (stopAt == null || record.commitMillis() <= stopAt)) {
          apply(replay, record, db);
          reached[0] = record.lsn() + 1;
        }
      });
      if (recover) {
        RestoringState.recover(main, txn, db, inside ? reached[0] : h.lsns().last());
      } else {
        TransactionLog.saveChain(txn, db.id(), chain.advanced(h.lsns().last(), inside ? stopAt : h.startMillis(),
            inside));
      }
      txn.commit();
    }
    if (stopAt != null && !inside) {
      sink.message(BackupErrors.LEFT_RESTORING.message());
    }
    RestoreHistory.record(main, h, r.device(), db.name(), state.session().loginName(), false, recover);
    progress.progress(1, 1);
    sink.message(BackupErrors.PROCESSED.message(0L, db.name(), db.name(), h.position()));
    progress.processedLog(renamed(h, db.name()));
    progress.succeeded("RESTORE LOG", h);
  }

  /** RESTORE DATABASE name WITH RECOVERY: a RESTORING database comes online where it stands. */
  void recoverOnly(RestoreStatement r, ResultSink sink) {
    Catalog main = state.main();
    Database db = state.session().store().metadata(main).database(r.database())
        .orElseThrow(() -> SqlErrors.DATABASE_NOT_EXIST.raise(r.database()));
    RestoreChain chain = chain(main, db).orElse(null);
    if (chain == null && !db.restoring()) {
      throw BackupErrors.RECOVER_ONLINE.raise();
    }
    if (r.has("NORECOVERY")) {
      return;
    }
    BackupProgress progress = new BackupProgress(sink, null);
    try (KvTxn txn = main.store().begin(KvTxnOptions.DEFAULT)) {
      RestoringState.recover(main, txn, db, chain == null ? 0 : chain.redoLsn());
      txn.commit();
    }
    progress.succeeded("RESTORE DATABASE", new BackupSetHeader(1, db.name(), db.id(), db.collation(), null, null,
        null, null, 0, 0, BackupLsns.ofSnapshot(0), false, false, false, 0, 0));
  }

  private void apply(LogReplay replay, LogRecord record, Database db) {
    try {
      replay.apply(record);
    } catch (LogReplay.Mismatch e) {
      throw BackupErrors.CANNOT_REDO.raise(lsn(record.lsn()), db.name(), db.id());
    }
  }

  private static java.util.Optional<RestoreChain> chain(Catalog main, Database db) {
    try (KvTxn t = main.store().beginReadOnly()) {
      return TransactionLog.chain(t, db.id());
    }
  }

  private static BackupSetHeader renamed(BackupSetHeader h, String name) {
    return new BackupSetHeader(h.position(), name, h.databaseId(), h.collation(), h.name(), h.description(),
        h.serverName(), h.userName(), h.startMillis(), h.finishMillis(), h.lsns(), h.copyOnly(), h.compressed(),
        h.checksums(), h.imageBytes(), h.setBytes());
  }

  static String lsn(long lsn) {
    return BigDecimal.valueOf(lsn).toPlainString();
  }

  /** STOPAT = 'datetime' as server local time in epoch milliseconds; null without STOPAT. */
  private static Long stopAt(RestoreStatement r) {
    if (!(r.options().get("STOPAT") instanceof String text)) {
      return null;
    }
    try {
      String written = text.trim().replace(' ', 'T');
      LocalDateTime t = written.contains("T") ? LocalDateTime.parse(written)
          : java.time.LocalDate.parse(written).atStartOfDay();
      return t.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw BackupErrors.BAD_STOPAT.raise();
    }
  }
}
