package dev.quern.engine.backup;

/**
 * A backup set's place in its database's log ("backupset (Transact-SQL)", RESTORE HEADERONLY):
 * its type and LSNs. Quern's LSNs are its transaction log's ({@link
 * dev.quern.catalog.meta.TransactionLog}): per database, growing in commit order.
 *
 * @param type 1 full database, 5 differential database, 2 transaction log (HEADERONLY BackupType)
 * @param first FirstLSN: a data backup's checkpoint; a log backup's first LSN (the previous log
 *     backup's LastLSN)
 * @param last LastLSN: the next LSN after the backup set (a restored database continues from it)
 * @param checkpoint CheckpointLSN: the checkpoint the backup took
 * @param databaseBackup DatabaseBackupLSN: the checkpoint of the latest full backup before (0: none)
 * @param differentialBase DifferentialBaseLSN: a differential's base full backup's checkpoint (0: none)
 */
public record BackupLsns(int type, long first, long last, long checkpoint, long databaseBackup, long differentialBase) {
  public static final int FULL = 1;
  public static final int LOG = 2;
  public static final int DIFFERENTIAL = 5;

  /** msdb.dbo.backupset's type: D, I or L. */
  public char historyType() {
    return switch (type) {
      case LOG -> 'L';
      case DIFFERENTIAL -> 'I';
      default -> 'D';
    };
  }

  /** A full backup of version 1 files, which kept one LSN (the snapshot's). */
  static BackupLsns ofSnapshot(long lsn) {
    return new BackupLsns(FULL, lsn, lsn, lsn, 0, 0);
  }
}
