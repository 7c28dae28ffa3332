package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import java.nio.charset.StandardCharsets;

/**
 * A table's SYSTEM_TIME period (sys.periods) and, while SYSTEM_VERSIONING is ON, its history
 * table (SQL Server's system-versioned temporal tables). {@code startColumnId} and {@code
 * endColumnId} are the GENERATED ALWAYS AS ROW START / ROW END columns; {@code startHidden} and
 * {@code endHidden} say whether they were declared HIDDEN (left out of {@code SELECT *}). {@code
 * historyTableId} is 0 while versioning is OFF: the period stays, the history table becomes an
 * ordinary table. {@code retention} is HISTORY_RETENTION_PERIOD as written ("INFINITE", "6 MONTHS").
 *
 * <p>Stored as a catalog record of its own (kind 0x0F, keyed by the table id): a format byte, the
 * ids, a flags byte (start hidden 1, end hidden 2, consistency check 4) and the retention text.
 */
public record SystemTimePeriod(
    int tableId,
    int startColumnId,
    int endColumnId,
    boolean startHidden,
    boolean endHidden,
    int historyTableId,
    boolean consistencyCheck,
    String retention) {
  static final byte KIND = 0x0F;
  private static final int FORMAT = 1;

  public SystemTimePeriod {
    retention = retention == null ? "INFINITE" : retention;
  }

  /** Whether SYSTEM_VERSIONING is ON: updates and deletes keep old rows in the history table. */
  public boolean versioned() {
    return historyTableId != 0;
  }

  /** Whether column {@code columnId} was declared HIDDEN. */
  public boolean hidden(int columnId) {
    return columnId == startColumnId && startHidden || columnId == endColumnId && endHidden;
  }

  /** This period with SYSTEM_VERSIONING ON into {@code historyId} (0: OFF). */
  public SystemTimePeriod withHistory(int historyId, boolean check, String retentionPeriod) {
    return new SystemTimePeriod(tableId, startColumnId, endColumnId, startHidden, endHidden, historyId, check,
        retentionPeriod);
  }

  static byte[] key(int tableId) {
    return SystemKeys.record(KIND, tableId);
  }

  static byte[] encode(SystemTimePeriod p) {
    byte[] text = p.retention().getBytes(StandardCharsets.UTF_8);
    int flags = (p.startHidden ? 1 : 0) | (p.endHidden ? 2 : 0) | (p.consistencyCheck ? 4 : 0);
    return new ByteSink(24 + text.length).put(FORMAT).putInt(p.tableId).putInt(p.startColumnId)
        .putInt(p.endColumnId).putInt(p.historyTableId).put(flags).putVarint(text.length).put(text).toBytes();
  }

  static SystemTimePeriod decode(byte[] b) {
    ByteSource r = new ByteSource(b);
    int format = r.get();
    if (format != FORMAT) {
      throw new IllegalStateException("Unknown SYSTEM_TIME period format " + format);
    }
    int table = r.getInt();
    int start = r.getInt();
    int end = r.getInt();
    int history = r.getInt();
    int flags = r.get();
    String retention = new String(r.get((int) r.getVarint()), StandardCharsets.UTF_8);
    return new SystemTimePeriod(table, start, end, (flags & 1) != 0, (flags & 2) != 0, history, (flags & 4) != 0,
        retention);
  }
}
