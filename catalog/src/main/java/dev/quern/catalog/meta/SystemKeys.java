package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.KeyBytes;

/** The key layout of the store (documented in the package description). */
final class SystemKeys {
  static final byte SYSTEM = 0x00;
  static final byte DATA = 0x01;
  static final byte LOB = 0x02;

  static final byte COUNTER = 0x01;
  static final byte CATALOG = 0x02;
  static final byte NAME = 0x03;
  static final byte VALUE_COUNTER = 0x05;
  static final byte GARBAGE = 0x06;
  /** 0x07 is the backup history ({@link CatalogBackupHistory}). */
  static final byte TABLE_LOCK = 0x08;
  /** 0x09–0x0B are change tracking's ranges, 0x0C SQL Server Agent's tables ({@link CatalogAgent}), 0x0D the restore history ({@link CatalogRestoreHistory}), 0x0E the backup devices ({@link CatalogBackupDevices}). */

  static final byte STAMP_KIND = 0x00;
  static final byte DATABASE_KIND = 0x01;
  static final byte SCHEMA_KIND = 0x02;
  static final byte OBJECT_KIND = 0x03;
  /** User-defined types (0x04–0x07 are the security records of {@link SecurityCodec}; 0x09 extended properties, {@link ExtendedPropertyCodec}). */
  static final byte TYPE_KIND = 0x08;
  /** When each object was created and last altered ({@link ObjectDates}); 0x0C is {@link UserMessageCodec}. */
  static final byte DATES_KIND = 0x0A;
  /** Statistics objects of tables ({@link StatisticsCodec}). */
  static final byte STATISTICS_KIND = 0x0B;
  /** A table's LOCK_ESCALATION when not TABLE ({@link LockEscalation}); 0x10 is {@link ExternalLibraryCodec}. */
  static final byte LOCK_ESCALATION_KIND = 0x0D;

  private SystemKeys() {}

  /**
   * The metadata stamp: first key of the catalog range, so one iterator reads it with the objects.
   */
  static byte[] stamp() {
    return new byte[] {SYSTEM, CATALOG, STAMP_KIND};
  }

  static byte[] catalogStart() {
    return new byte[] {SYSTEM, CATALOG};
  }

  static byte[] catalogEnd() {
    return new byte[] {SYSTEM, CATALOG + 1};
  }

  static byte[] record(byte kind, int id) {
    return new ByteSink(7).put(SYSTEM).put(CATALOG).put(kind).putInt(id).toBytes();
  }

  /**
   * A name in its namespace: databases (parent 0), schemas of a database, objects and constraints
   * of a schema ({@code kind} is the record kind of the namespace's members).
   */
  static byte[] name(byte kind, int parentId, String name) {
    return new ByteSink(32)
        .put(SYSTEM)
        .put(NAME)
        .put(kind)
        .putInt(parentId)
        .put(Names.sortKey(name))
        .toBytes();
  }

  static byte[] counter(byte kind, long id) {
    return new ByteSink(11).put(SYSTEM).put(COUNTER).put(kind).putLong(id).toBytes();
  }

  /**
   * A table's lock (no value is ever stored under it): held shared by every transaction that
   * writes the table or reads it with locks, exclusively by TABLOCK and lock escalation. Readers
   * that take no row locks (row-versioned READ COMMITTED, SNAPSHOT) never take it.
   */
  static byte[] tableLock(int tableId) {
    return new ByteSink(6).put(SYSTEM).put(TABLE_LOCK).putInt(tableId).toBytes();
  }

  static byte[] valueCounter(int objectId) {
    return new ByteSink(6).put(SYSTEM).put(VALUE_COUNTER).putInt(objectId).toBytes();
  }

  static byte[] garbage(long dataId) {
    return new ByteSink(10).put(SYSTEM).put(GARBAGE).putLong(dataId).toBytes();
  }

  static byte[] garbageStart() {
    return new byte[] {SYSTEM, GARBAGE};
  }

  static byte[] garbageEnd() {
    return new byte[] {SYSTEM, GARBAGE + 1};
  }

  /** Where the rows (heap/clustered) or entries (nonclustered) of a data id live. */
  /** The length of a {@link #data} prefix: the kind byte and the data id. */
  static final int DATA_PREFIX_LENGTH = 9;

  static byte[] data(long dataId) {
    // Written out (no ByteSink): every row and index key of a write starts with one.
    byte[] prefix = new byte[DATA_PREFIX_LENGTH];
    prefix[0] = DATA;
    for (int i = 8; i >= 1; i--) {
      prefix[i] = (byte) dataId;
      dataId >>>= 8;
    }
    return prefix;
  }

  static byte[] lob(long dataId) {
    return new ByteSink(9).put(LOB).putLong(dataId).toBytes();
  }

  static byte[] end(byte[] prefix) {
    return KeyBytes.prefixEnd(prefix);
  }
}
