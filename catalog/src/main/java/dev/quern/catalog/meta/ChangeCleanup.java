package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.ByteBuffer;

/**
 * The store's side of the change tracking retention cleanup (SQL Server's auto cleanup and
 * sys.sp_flush_CT_internal_table_on_demand): the watermark is the last version a database
 * committed before a cutoff time ({@link ChangeVersions} keeps each version's commit time); a
 * table's changes at or below it are deleted ({@link ChangeLog#deleteThrough}), and then the commit times
 * too. The caller first moves the table's minimum valid version up to the watermark (in its own
 * committed transaction), so that no reader trusts a version whose changes are going.
 */
public final class ChangeCleanup {
  private ChangeCleanup() {}

  /** The last version {@code databaseId} committed before {@code cutoffMillis} (epoch ms), 0 if none. */
  public static long watermark(KvTxn txn, int databaseId, long cutoffMillis) {
    byte[] from = ChangeVersions.commitTimes(databaseId);
    byte[] to = ChangeVersions.commitTime(databaseId, Long.MAX_VALUE);
    long watermark = 0;
    // No locks: the times only grow with the versions, and a commit adding one must not wait here.
    try (KvIterator it = txn.peekScan(from, to, false)) {
      while (it.next()) {
        if (ByteBuffer.wrap(it.value()).getLong() >= cutoffMillis) {
          break;
        }
        byte[] k = it.key();
        watermark = ByteBuffer.wrap(k, k.length - 8, 8).getLong();
      }
    }
    return watermark;
  }

  /** Deletes the commit times of {@code databaseId}'s versions up to {@code through}. */
  public static void forgetCommitTimes(KvTxn txn, int databaseId, long through) {
    ChangeLog.deleteAll(txn, ChangeVersions.commitTimes(databaseId), ChangeVersions.commitTime(databaseId, through + 1));
  }
}
