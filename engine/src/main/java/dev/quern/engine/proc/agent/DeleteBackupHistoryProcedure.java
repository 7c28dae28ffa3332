package dev.quern.engine.proc.agent;

import dev.quern.catalog.meta.BackupSet;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.RestoreRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code msdb.dbo.sp_delete_backuphistory @oldest_date} ("sp_delete_backuphistory
 * (Transact-SQL)"): forgets the backup sets that finished before @oldest_date (msdb.dbo.backupset
 * and their backupmediafamily rows, which Quern keeps as one record) and the restores made from
 * them (restorehistory), in the caller's transaction. @oldest_date has no default (201). An msdb
 * procedure beside the agent's, so it shares their call machinery; sysadmin only (229), as msdb
 * grants it to no one else.
 */
final class DeleteBackupHistoryProcedure extends AgentProcedure {
  DeleteBackupHistoryProcedure() {
    super("sp_delete_backuphistory", "@oldest_date");
  }

  @Override
  int run(Call c) {
    c.required("@oldest_date");
    c.requireSysadmin();
    LocalDateTime oldest = c.dateTime("@oldest_date");
    if (oldest == null) {
      return 0; // backup_finish_date < NULL holds for no backup set
    }
    Catalog main = c.state().store().storage().main();
    var txn = c.state().store().txn(main);
    Set<Integer> gone = new HashSet<>();
    for (BackupSet b : main.backups().all(txn)) {
      // As msdb.dbo.backupset shows backup_finish_date: the local time.
      if (dev.quern.engine.sys.Columns.localDatetime(Instant.ofEpochMilli(b.finishMillis())).isBefore(oldest)) {
        main.backups().delete(txn, b.id());
        gone.add(b.id());
      }
    }
    for (RestoreRecord r : main.restores().all(txn)) {
      if (gone.contains(r.backupSetId())) {
        main.restores().delete(txn, r.id());
      }
    }
    return 0;
  }
}
