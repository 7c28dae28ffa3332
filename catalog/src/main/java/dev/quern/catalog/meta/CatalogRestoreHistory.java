package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The restore history (msdb.dbo.restorehistory): one record per RESTORE DATABASE under
 * {@code 00 0D id:u32}, kept beside the backup history ({@link CatalogBackupHistory}) and for the
 * same reason outside the catalog range: it grows with every restore and is no metadata.
 */
public final class CatalogRestoreHistory {
  private static final byte HISTORY = 0x0D;
  private static final byte FORMAT = 1;
  /** Counter 'g' ids: 4 is backup_set_id, 5-9 Agent's; 10 is restore_history_id. */
  private static final long RESTORE_IDS = 10;

  private final Catalog catalog;

  CatalogRestoreHistory(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A fresh restore_history_id. */
  public int newId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', RESTORE_IDS), 1, 10));
  }

  /** Records a restore, committed at once (after the restored database is). */
  public void save(RestoreRecord r) {
    try (KvTxn t = catalog.store().begin()) {
      ByteSink out = new ByteSink(128).put(FORMAT).putInt(r.id()).putLong(r.restoreMillis());
      string(out, r.destinationDatabase());
      string(out, r.userName());
      out.putInt(r.backupSetId()).put((byte) r.type()).put(r.replace() ? 1 : 0).put(r.recovery() ? 1 : 0);
      t.put(key(r.id()), out.toBytes());
      t.commit();
    }
  }

  /** Forgets the restore {@code id} in {@code txn} (msdb.dbo.sp_delete_backuphistory). */
  public void delete(KvTxn txn, int id) {
    txn.delete(key(id));
  }

  /** Every restore recorded, oldest first, as {@code txn} sees them. */
  public List<RestoreRecord> all(KvTxn txn) {
    List<RestoreRecord> out = new ArrayList<>();
    byte[] from = {SystemKeys.SYSTEM, HISTORY};
    try (KvIterator it = txn.peekScan(from, SystemKeys.end(from), false)) {
      while (it.next()) {
        ByteSource in = new ByteSource(it.value());
        in.get();
        out.add(new RestoreRecord(in.getInt(), in.getLong(), string(in), string(in), in.getInt(), (char) in.get(),
            in.get() == 1, in.get() == 1));
      }
    }
    return out;
  }

  private static byte[] key(int id) {
    return new ByteSink(6).put(SystemKeys.SYSTEM).put(HISTORY).putInt(id).toBytes();
  }

  private static void string(ByteSink out, String s) {
    if (s == null) {
      out.putVarint(0);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(b.length + 1L).put(b);
  }

  private static String string(ByteSource in) {
    int n = (int) in.getVarint();
    return n == 0 ? null : new String(in.get(n - 1), StandardCharsets.UTF_8);
  }
}
