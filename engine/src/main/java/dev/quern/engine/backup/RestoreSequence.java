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
import dev.quern.engine.session.SessionState;
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
  private final SessionState session;

  RestoreSequence(SessionState session) {
    this.session = session;
  }

  private Catalog main() {
    return session.store().storage().main();
  }

  void restoreLog(RestoreStatement r, BackupFile file, ResultSink sink) {
    RestoreExecutor.refuseUnsupported(r);
    Catalog main = main();
    Database db = session.store().metadata(main).database(r.database())
        .orElseThrow(BackupErrors.NOTHING_TO_ROLL_FORWARD::raise);
    RestoreChain chain = chain(main, db).orElseThrow(BackupErrors.NOTHING_TO_ROLL_FORWARD::raise);
    BackupSetHeader h = RestoreExecutor.set(file, r);
    long redo = chain.redoLsn();
    if (chain.stopped()) {
      throw BackupErrors.NOTHING_TO_ROLL_FORWARD.raise();
    }
    if (h.lsns().type() != BackupLsns.LOG) {
      throw BackupErrors.WRONG_BACKUP_KIND.raise(r.device(), "BACKUP DATABASE");
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
    DatabaseRebuild rebuild;
    try (KvTxn txn = main.store().begin(KvTxnOptions.DEFAULT)) {
      rebuild = new DatabaseRebuild(main, txn, db);
      DatabaseRebuild rebuilding = rebuild;
      LogReplay replay = new LogReplay(main, txn, chain.tables(), FilterPredicate::indexFilter)
          .rebuildingWith((base, image) -> rebuilding.rebuild(base, sink2 -> LogReplay.forEachEntry(image, sink2)));
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
      Database now = rebuild.current();
      if (now.id() != db.id() && !recover) {
        main.alterDatabase(txn, now.withOptions(java.util.Map.of(Database.RESTORING, "ON")));
      }
      if (recover) {
        RestoringState.recover(main, txn, main.metadata(txn).database(now.id()).orElseThrow(),
            inside ? reached[0] : h.lsns().last());
      } else {
        TransactionLog.saveChain(txn, now.id(), chain.advanced(h.lsns().last(), inside ? stopAt : h.startMillis(),
            inside, replay.tables()));
      }
      txn.commit();
    } catch (dev.quern.catalog.meta.DatabaseImageLoader.BaseMismatch e) {
      throw BackupErrors.CANNOT_REDO.raise(lsn(redo), db.name(), db.id());
    }
    rebuild.published(session);
    if (stopAt != null && !inside) {
      sink.message(BackupErrors.LEFT_RESTORING.message());
    }
    RestoreHistory.record(main, h, r.device(), db.name(), session.loginName(), false, recover);
    progress.progress(1, 1);
    sink.message(BackupErrors.PROCESSED.message(0L, db.name(), db.name(), h.position()));
    progress.processedLog(renamed(h, db.name()));
    progress.succeeded("RESTORE LOG", h);
  }

  /**
   * RESTORE DATABASE from a differential backup onto the RESTORING database restored from its base
   * (3117 when none is restoring, 3136 from another base or behind where the database stands): the
   * database is rebuilt in one transaction from the differential's catalog, the changed tables'
   * rows from the backup and the others' from the restored base.
   */
  void restoreDifferential(RestoreStatement r, BackupFile file, BackupSetHeader h,
      java.util.Optional<Database> existing, ResultSink sink) {
    RestoreExecutor.refuseUnsupported(r);
    Catalog main = main();
    Database db = existing.orElseThrow(BackupErrors.NOTHING_TO_ROLL_FORWARD::raise);
    RestoreChain chain = chain(main, db).orElseThrow(BackupErrors.NOTHING_TO_ROLL_FORWARD::raise);
    if (chain.stopped() || h.lsns().differentialBase() != chain.fullCheckpointLsn()
        || h.lsns().last() < chain.redoLsn()) {
      throw BackupErrors.NOT_RESTORED_FAR_ENOUGH.raise();
    }
    BackupProgress progress = new BackupProgress(sink, BackupExecutor.stats(r.options()));
    boolean recover = !r.has("NORECOVERY");
    DatabaseRebuild rebuild;
    try (KvTxn txn = main.store().begin(KvTxnOptions.DEFAULT)) {
      rebuild = new DatabaseRebuild(main, txn, db);
      java.util.Map<Integer, dev.quern.catalog.meta.Table> base = new java.util.HashMap<>();
      var m = main.metadata(txn);
      chain.tables().forEach((source, t) -> m.table((int) t[0]).ifPresent(table -> base.put(source, table)));
      long[] done = {0};
      java.util.Map<Integer, long[]> tables = rebuild.rebuild(base, sink2 -> file.read(h.position(),
          (kind, payload) -> {
            sink2.entry(kind, payload);
            done[0] += 5L + payload.length;
            progress.progress(done[0], h.imageBytes());
          }));
      Database rebuilt = rebuild.current();
      if (recover) {
        main.log().restored(txn, rebuilt.id(), h.lsns().last());
      } else {
        main.alterDatabase(txn, rebuilt.withOptions(java.util.Map.of(Database.RESTORING, "ON")));
        TransactionLog.saveChain(txn, rebuilt.id(), chain.differential(h.lsns().last(), h.startMillis(), tables));
      }
      txn.commit();
    } catch (dev.quern.catalog.meta.DatabaseImageLoader.BaseMismatch e) {
      throw BackupErrors.NOT_RESTORED_FAR_ENOUGH.raise();
    }
    rebuild.published(session);
    RestoreHistory.record(main, h, r.device(), db.name(), session.loginName(), false, recover);
    progress.progress(1, 1);
    progress.processed(renamed(h, db.name()));
    progress.succeeded("RESTORE DATABASE", h);
  }

  /** RESTORE DATABASE name WITH RECOVERY: a RESTORING database comes online where it stands. */
  void recoverOnly(RestoreStatement r, ResultSink sink) {
    Catalog main = main();
    Database db = session.store().metadata(main).database(r.database())
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
