package dev.quern.engine.session;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * One trigger firing: the rows its statement changed, read through the pseudo-tables
 * {@code inserted} and {@code deleted} (the table's columns), the columns the statement assigned
 * (UPDATE(column)), and whether the body ran ROLLBACK (the transaction ends when it returns). A
 * DDL trigger's firing has no pseudo-tables but its event's EVENTDATA() document, which only the
 * trigger's own body reads (at {@code nestLevel} + 1), not a procedure it calls.
 */
public final class TriggerFrame {
  private final int triggerId;
  private final int tableId;
  private final List<ResultColumn> columns;
  private final List<Object[]> inserted;
  private final List<Object[]> deleted;
  private final java.util.Set<String> assigned;
  private final byte[] columnsUpdated;
  private final String eventData;
  private final int nestLevel;
  private boolean rolledBack;

  /**
   * A DML trigger's firing; {@code columnIds} are the ids of {@code columns} (a table's, with gaps
   * where columns were dropped; a view's are their positions), for COLUMNS_UPDATED().
   */
  public TriggerFrame(
      int triggerId, int tableId, List<ResultColumn> columns, List<Integer> columnIds, List<Object[]> inserted,
      List<Object[]> deleted, java.util.Set<String> assigned) {
    this(triggerId, tableId, columns, inserted, deleted, assigned, mask(columns, columnIds, assigned), null, 0);
  }

  /** A DDL trigger's firing: {@code eventData} its EVENTDATA(), fired at @@NESTLEVEL {@code nestLevel}. */
  public static TriggerFrame ddl(int triggerId, String eventData, int nestLevel) {
    return new TriggerFrame(triggerId, 0, null, List.of(), List.of(), java.util.Set.of(), null, eventData, nestLevel);
  }

  private TriggerFrame(
      int triggerId, int tableId, List<ResultColumn> columns, List<Object[]> inserted, List<Object[]> deleted,
      java.util.Set<String> assigned, byte[] columnsUpdated, String eventData, int nestLevel) {
    this.columnsUpdated = columnsUpdated;
    this.eventData = eventData;
    this.nestLevel = nestLevel;
    this.triggerId = triggerId;
    this.tableId = tableId;
    this.columns = columns;
    this.inserted = inserted;
    this.deleted = deleted;
    this.assigned = assigned;
  }

  public int triggerId() {
    return triggerId;
  }

  public int tableId() {
    return tableId;
  }

  /** Whether this is a DDL trigger's firing (no {@code inserted} or {@code deleted}). */
  public boolean ddl() {
    return eventData != null;
  }

  /** EVENTDATA() at @@NESTLEVEL {@code level}: the event's document in the trigger's body, else null. */
  public String eventData(int level) {
    return level == nestLevel + 1 ? eventData : null;
  }

  public List<ResultColumn> columns() {
    return columns;
  }

  /** The rows of {@code inserted} or {@code deleted}: copies, so a reader cannot change them. */
  public List<Object[]> rows(boolean insertedRows) {
    return (insertedRows ? inserted : deleted).stream().map(Object[]::clone).toList();
  }

  /** UPDATE(column): whether the statement assigned it (an INSERT assigns every column). */
  public boolean assigned(String column) {
    return assigned.contains(column.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * COLUMNS_UPDATED(): a bit per column, column id 1 the low bit of the first byte, set for those
   * the statement assigned; as many bytes as the highest column id needs.
   */
  public byte[] columnsUpdated() {
    return columnsUpdated == null ? null : columnsUpdated.clone();
  }

  private static byte[] mask(List<ResultColumn> columns, List<Integer> ids, java.util.Set<String> assigned) {
    int highest = ids.stream().mapToInt(Integer::intValue).max().orElse(0);
    byte[] bits = new byte[(highest + 7) / 8];
    for (int i = 0; i < columns.size(); i++) {
      if (assigned.contains(columns.get(i).name().toLowerCase(java.util.Locale.ROOT))) {
        int bit = ids.get(i) - 1;
        bits[bit / 8] |= (byte) (1 << (bit % 8));
      }
    }
    return bits;
  }

  public void rollBack() {
    rolledBack = true;
  }

  public boolean rolledBack() {
    return rolledBack;
  }
}
