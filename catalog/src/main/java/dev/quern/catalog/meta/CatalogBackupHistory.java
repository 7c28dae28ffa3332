package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup history (msdb.dbo.backupset): one record per backup set under {@code 00 07 id:u32}.
 * Kept outside the catalog range on purpose: it grows with every backup and is no metadata, so
 * the metadata reload after each DDL must not read it. Written in a transaction of its own once the
 * backup file is complete, as SQL Server writes msdb's history at the end of a backup.
 */
public final class CatalogBackupHistory {
  private static final byte HISTORY = 0x07;
  private static final byte FORMAT = 2;
  private static final long BACKUP_SET_IDS = 4;

  private final Catalog catalog;

  CatalogBackupHistory(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A fresh backup_set_id. */
  public int newId() {
    return Math.toIntExact(catalog.counters().next(SystemKeys.counter((byte) 'g', BACKUP_SET_IDS), 1, 10));
  }

  /** Records a backup set, committed at once. */
  public void save(BackupSet b) {
    try (KvTxn t = catalog.store().begin()) {
      t.put(key(b.id()), encode(b));
      t.commit();
    }
  }

  /** Forgets the backup set {@code id} in {@code txn} (msdb.dbo.sp_delete_backuphistory). */
  public void delete(KvTxn txn, int id) {
    txn.delete(key(id));
  }

  /** Every backup set recorded, oldest first, as {@code txn} sees them. */
  public List<BackupSet> all(KvTxn txn) {
    List<BackupSet> out = new ArrayList<>();
    byte[] from = {SystemKeys.SYSTEM, HISTORY};
    try (KvIterator it = txn.peekScan(from, SystemKeys.end(from), false)) {
      while (it.next()) {
        out.add(decode(it.value()));
      }
    }
    return out;
  }

  private static byte[] key(int id) {
    return new ByteSink(6).put(SystemKeys.SYSTEM).put(HISTORY).putInt(id).toBytes();
  }

  private static byte[] encode(BackupSet b) {
    ByteSink out = new ByteSink(256).put(FORMAT).putInt(b.id());
    for (String s : new String[] {b.name(), b.description(), b.databaseName(), b.deviceName(), b.userName(),
        b.serverName()}) {
      string(out, s);
    }
    out.putLong(b.startMillis()).putLong(b.finishMillis()).put(b.type()).putLong(b.size())
        .put(b.copyOnly() ? 1 : 0).putInt(b.position()).putLong(b.firstLsn()).putLong(b.lastLsn())
        .put(b.hasChecksums() ? 1 : 0).putLong(b.checkpointLsn()).putLong(b.databaseBackupLsn())
        .putLong(b.differentialBaseLsn());
    string(out, b.recoveryModel());
    return out.toBytes();
  }

  private static BackupSet decode(byte[] bytes) {
    ByteSource in = new ByteSource(bytes);
    int format = in.get();
    int id = in.getInt();
    String name = string(in);
    String description = string(in);
    String database = string(in);
    String device = string(in);
    String user = string(in);
    String server = string(in);
    long start = in.getLong();
    long finish = in.getLong();
    char type = (char) in.get();
    long size = in.getLong();
    boolean copyOnly = in.get() == 1;
    int position = in.getInt();
    long firstLsn = in.getLong();
    long lastLsn = in.getLong();
    boolean checksums = in.get() == 1;
    if (format == 1) { // one LSN per full backup
      return new BackupSet(id, name, description, database, start, finish, type, size, copyOnly, position, device,
          firstLsn, lastLsn, checksums, user, server, firstLsn, firstLsn, 0, null);
    }
    return new BackupSet(id, name, description, database, start, finish, type, size, copyOnly, position, device,
        firstLsn, lastLsn, checksums, user, server, in.getLong(), in.getLong(), in.getLong(), string(in));
  }

  /** A string, or null: varint length + 1 (0 for null), then UTF-8. */
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
