package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;

/**
 * What a database's transaction log keeps ("Transaction log backups", "Differential backups"):
 * whether committed changes are logged (FULL or BULK_LOGGED recovery once a full backup started
 * the log chain; before that a database is "pseudo-simple"), where the next log backup begins,
 * and the differential base the changed-table marks count from.
 *
 * @param logging whether commits write log records
 * @param nextLogBackupLsn the FirstLSN of the next log backup (the previous one's LastLSN, or the
 *     checkpoint of the full backup that started the chain); 0 when not logging
 * @param lastFullCheckpointLsn the checkpoint LSN of the latest full backup (database_backup_lsn of
 *     the backups after it); 0 before any
 * @param tracking whether commits mark the tables they change (a differential base exists)
 * @param diffBaseLsn the base full backup's LastLSN: marks at or above it are changes since the base
 * @param diffBaseCheckpointLsn the base's checkpoint LSN (differential_base_lsn)
 * @param lastLogBackupLsn the LastLSN of the latest log backup (last_log_backup_lsn); 0 before any
 */
public record LogState(
    boolean logging,
    long nextLogBackupLsn,
    long lastFullCheckpointLsn,
    boolean tracking,
    long diffBaseLsn,
    long diffBaseCheckpointLsn,
    long lastLogBackupLsn) {
  public static final LogState NONE = new LogState(false, 0, 0, false, 0, 0, 0);
  private static final byte FORMAT = 1;

  /** Whether a commit in the database must be given an LSN (it is logged or marks tables). */
  public boolean active() {
    return logging || tracking;
  }

  byte[] encode() {
    return new ByteSink(48).put(FORMAT).put((logging ? 1 : 0) | (tracking ? 2 : 0)).putLong(nextLogBackupLsn)
        .putLong(lastFullCheckpointLsn).putLong(diffBaseLsn).putLong(diffBaseCheckpointLsn)
        .putLong(lastLogBackupLsn).toBytes();
  }

  static LogState decode(byte[] b) {
    ByteSource in = new ByteSource(b);
    in.get();
    int flags = in.get();
    return new LogState((flags & 1) != 0, in.getLong(), in.getLong(), (flags & 2) != 0, in.getLong(), in.getLong(),
        in.getLong());
  }

  LogState withLogging(boolean on, long next) {
    return new LogState(on, next, lastFullCheckpointLsn, tracking, diffBaseLsn, diffBaseCheckpointLsn,
        on ? lastLogBackupLsn : 0);
  }

  LogState withFullBackup(long checkpoint) {
    return new LogState(logging, nextLogBackupLsn, checkpoint, tracking, diffBaseLsn, diffBaseCheckpointLsn,
        lastLogBackupLsn);
  }

  LogState withBase(long base, long checkpoint) {
    return new LogState(logging, nextLogBackupLsn, lastFullCheckpointLsn, true, base, checkpoint, lastLogBackupLsn);
  }

  LogState withLogBackup(long last) {
    return new LogState(logging, last, lastFullCheckpointLsn, tracking, diffBaseLsn, diffBaseCheckpointLsn, last);
  }
}
