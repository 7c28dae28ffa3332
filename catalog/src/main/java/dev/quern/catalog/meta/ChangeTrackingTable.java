package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;

/**
 * A table's change tracking ("ALTER TABLE … ENABLE CHANGE_TRACKING", sys.change_tracking_tables):
 * whether it tracks which columns an update changed, the database's change tracking version when it
 * was enabled ({@code beginVersion}), and the lowest version whose changes are still all kept
 * ({@code minValidVersion}: the begin version until a TRUNCATE TABLE or a cleanup drops changes).
 *
 * <p>Stored as a catalog record of its own (kind 0x11, keyed by the table id): a format byte, the
 * table id, a flags byte (track columns updated 1) and the versions.
 */
public record ChangeTrackingTable(
    int tableId, boolean trackColumnsUpdated, long beginVersion, long minValidVersion, long cleanupVersion) {
  static final byte KIND = 0x11;
  private static final int FORMAT = 1;

  /** This table's tracking after its older changes were dropped: valid from {@code version} on. */
  public ChangeTrackingTable validFrom(long version) {
    return new ChangeTrackingTable(tableId, trackColumnsUpdated, beginVersion, version, version);
  }

  /** This tracking on the table {@code newTableId} (a restored copy of a backup). */
  ChangeTrackingTable onTable(int newTableId) {
    return new ChangeTrackingTable(newTableId, trackColumnsUpdated, beginVersion, minValidVersion, cleanupVersion);
  }

  static byte[] key(int tableId) {
    return SystemKeys.record(KIND, tableId);
  }

  static byte[] encode(ChangeTrackingTable t) {
    return new ByteSink(32).put(FORMAT).putInt(t.tableId).put(t.trackColumnsUpdated ? 1 : 0)
        .putLong(t.beginVersion).putLong(t.minValidVersion).putLong(t.cleanupVersion).toBytes();
  }

  static ChangeTrackingTable decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown change tracking format " + format);
    }
    int table = r.getInt();
    boolean columns = (r.get() & 1) != 0;
    return new ChangeTrackingTable(table, columns, r.getLong(), r.getLong(), r.getLong());
  }
}
