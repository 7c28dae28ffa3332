package dev.quern.engine.backup;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.BackupSet;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.RestoreRecord;

/**
 * Records a finished RESTORE DATABASE in msdb's history, as SQL Server does: the restored set's
 * row in backupset (the one this server wrote when it took the backup, found by its database and
 * LSN; otherwise a row is added for it, as SQL Server adds the sets it restores from other servers)
 * and a restorehistory row pointing at it.
 */
final class RestoreHistory {
  private RestoreHistory() {}

  static void record(Catalog main, BackupSetHeader h, String device, String target, String login, boolean replace,
      boolean recovery) {
    int backupSetId = backupSet(main, h, device);
    main.restores().save(new RestoreRecord(main.restores().newId(), System.currentTimeMillis(), target, login,
        backupSetId, h.lsns().historyType(), replace, recovery));
  }

  private static int backupSet(Catalog main, BackupSetHeader h, String device) {
    try (KvTxn t = main.store().beginReadOnly()) {
      for (BackupSet b : main.backups().all(t)) {
        if (b.firstLsn() == h.lsns().first() && b.type() == h.lsns().historyType()
            && h.databaseName().equalsIgnoreCase(b.databaseName())) {
          return b.id();
        }
      }
    }
    int id = main.backups().newId();
    BackupLsns l = h.lsns();
    main.backups().save(new BackupSet(id, h.name(), h.description(), h.databaseName(), h.startMillis(),
        h.finishMillis(), l.historyType(), h.setBytes(), h.copyOnly(), h.position(), device, l.first(), l.last(),
        h.checksums(), h.userName(), h.serverName(), l.checkpoint(), l.databaseBackup(), l.differentialBase(), null));
    return id;
  }
}
