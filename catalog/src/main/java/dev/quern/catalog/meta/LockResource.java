package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvLock;
import java.util.Optional;

/**
 * What a storage lock locks, in sys.dm_tran_locks' terms (the key layout is {@link SystemKeys}'):
 * a lock on a row or index entry key is a KEY lock of the key range's data id (which sys.partitions
 * shows as the hobt_id), described by a hash of the key as SQL Server prints one, {@code
 * (8194443284a0)}; a key range is a KEY lock on the key that ends it (SQL Server's next-key
 * locking), {@code (ffffffffffff)} for the end of the index; a lock on a table's definition
 * record is an OBJECT lock of its object id: shared for DML's schema stability (Sch-S), exclusive
 * for DDL changing it (Sch-M); a table lock ({@link SystemKeys#tableLock}) is an OBJECT lock too,
 * IX shared, X exclusive. Other keys (counters, names) have no resource here.
 */
public record LockResource(Type type, long entityId, String description, String mode) {

  /** The resource types Quern's locks map to. */
  public enum Type {
    KEY,
    OBJECT
  }

  /** SQL Server's description of the key range's end: the infinite key after the last one. */
  static final String END_OF_INDEX = "(ffffffffffff)";

  /** The resource {@code lock} locks, if it is a row, index entry or table definition lock. */
  public static Optional<LockResource> of(KvLock lock) {
    byte[] key = lock.key();
    String mode = lock.mode().requestMode();
    if (lock.range()) {
      if (!isData(key)) {
        return Optional.empty();
      }
      byte[] end = lock.rangeEnd();
      boolean inside = end != null && isData(end) && dataId(end) == dataId(key);
      return Optional.of(new LockResource(Type.KEY, dataId(key), inside ? keyHash(end) : END_OF_INDEX, mode));
    }
    if (isData(key)) {
      return Optional.of(new LockResource(Type.KEY, dataId(key), keyHash(key), mode));
    }
    if (key.length == 6 && key[0] == SystemKeys.SYSTEM && key[1] == SystemKeys.TABLE_LOCK) {
      int tableId = ((key[2] & 0xFF) << 24) | ((key[3] & 0xFF) << 16) | ((key[4] & 0xFF) << 8) | (key[5] & 0xFF);
      // Held shared by writers and locking readers alike: SQL Server's intent locks (IX, IS), shown
      // as IX; exclusively by TABLOCK and escalation.
      String tableMode = lock.mode() == dev.quern.catalog.kv.KvLockWaits.Mode.SHARED ? "IX" : "X";
      return Optional.of(new LockResource(Type.OBJECT, tableId, "", tableMode));
    }
    if (key.length == 7 && key[0] == SystemKeys.SYSTEM && key[1] == SystemKeys.CATALOG
        && key[2] == SystemKeys.OBJECT_KIND) {
      int objectId = ((key[3] & 0xFF) << 24) | ((key[4] & 0xFF) << 16) | ((key[5] & 0xFF) << 8) | (key[6] & 0xFF);
      String schemaMode = lock.mode() == dev.quern.catalog.kv.KvLockWaits.Mode.SHARED ? "Sch-S" : "Sch-M";
      return Optional.of(new LockResource(Type.OBJECT, objectId, "", schemaMode));
    }
    return Optional.empty();
  }

  private static boolean isData(byte[] key) {
    return key != null && key.length >= SystemKeys.DATA_PREFIX_LENGTH && key[0] == SystemKeys.DATA;
  }

  private static long dataId(byte[] key) {
    long id = 0;
    for (int i = 1; i < SystemKeys.DATA_PREFIX_LENGTH; i++) {
      id = (id << 8) | (key[i] & 0xFF);
    }
    return id;
  }

  /**
   * A 48-bit hash of the key's bytes after its data prefix, as 12 hex digits in parentheses: the
   * same key always prints the same, so two sessions' rows for one key can be matched up (SQL
   * Server's own hash function is undocumented; only the form is its).
   */
  static String keyHash(byte[] key) {
    long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
    for (int i = SystemKeys.DATA_PREFIX_LENGTH; i < key.length; i++) {
      h ^= key[i] & 0xFF;
      h *= 0x100000001b3L;
    }
    long hash = (h ^ (h >>> 48)) & 0xFFFF_FFFF_FFFFL;
    if (hash == 0xFFFF_FFFF_FFFFL) {
      hash--; // keep the end-of-index description for the end of the index alone
    }
    return "(" + String.format("%012x", hash) + ")";
  }
}
