package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server's logical backup devices, kept with master in the main store under {@code 00 0E
 * name} (the name lower-cased, so names differ by more than case, as under master's collation):
 * written in the caller's transaction, as sp_addumpdevice and sp_dropdevice change master's
 * sys.backup_devices.
 */
public final class CatalogBackupDevices {
  private static final byte DEVICES = 0x0E;
  private static final byte FORMAT = 1;

  CatalogBackupDevices() {}

  public void save(KvTxn txn, BackupDeviceRecord d) {
    byte[] name = d.name().getBytes(StandardCharsets.UTF_8);
    byte[] path = d.physicalName().getBytes(StandardCharsets.UTF_8);
    txn.put(key(d.name()), new ByteSink(8 + name.length + path.length).put(FORMAT).put((byte) d.type())
        .putVarint(name.length).put(name).putVarint(path.length).put(path).toBytes());
  }

  public void drop(KvTxn txn, String name) {
    txn.delete(key(name));
  }

  /** Every device, by name, as {@code txn} sees them. */
  public List<BackupDeviceRecord> all(KvTxn txn) {
    List<BackupDeviceRecord> out = new ArrayList<>();
    byte[] from = {SystemKeys.SYSTEM, DEVICES};
    try (KvIterator it = txn.peekScan(from, SystemKeys.end(from), false)) {
      while (it.next()) {
        ByteSource in = new ByteSource(it.value());
        in.get();
        int type = in.get();
        String name = new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
        String path = new String(in.get((int) in.getVarint()), StandardCharsets.UTF_8);
        out.add(new BackupDeviceRecord(name, type, path));
      }
    }
    return out;
  }

  /** The device named {@code name}, any case. */
  public java.util.Optional<BackupDeviceRecord> named(KvTxn txn, String name) {
    return all(txn).stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
  }

  private static byte[] key(String name) {
    byte[] b = name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return new ByteSink(2 + b.length).put(SystemKeys.SYSTEM).put(DEVICES).put(b).toBytes();
  }
}
