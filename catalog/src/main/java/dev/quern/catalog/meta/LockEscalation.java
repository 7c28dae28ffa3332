package dev.quern.catalog.meta;

import java.nio.ByteBuffer;

/**
 * A table's LOCK_ESCALATION option (ALTER TABLE … SET (LOCK_ESCALATION = …)), kept and shown in
 * sys.tables. TABLE is the default and is not stored. Stored as a catalog record of its own (kind
 * 0x0D: table id, then the option's ordinal). DISABLE keeps a transaction's row locks whatever it
 * writes; TABLE and AUTO let it escalate to the table lock ({@link TableStore}'s lock escalation).
 */
public enum LockEscalation {
  TABLE,
  DISABLE,
  AUTO;

  /** A table's stored setting. */
  record Setting(int tableId, LockEscalation mode) {}

  static byte[] encode(int tableId, LockEscalation mode) {
    return ByteBuffer.allocate(5).putInt(tableId).put((byte) mode.ordinal()).array();
  }

  static Setting decode(byte[] value) {
    ByteBuffer b = ByteBuffer.wrap(value);
    return new Setting(b.getInt(), values()[b.get()]);
  }
}
