package dev.quern.engine.session;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * One trigger firing: the rows its statement changed, read through the pseudo-tables
 * {@code inserted} and {@code deleted} (the table's columns), the columns the statement assigned
 * (UPDATE(column)), and whether the body ran ROLLBACK (the transaction ends when it returns).
 */
public final class TriggerFrame {
  private final int triggerId;
  private final int tableId;
  private final List<ResultColumn> columns;
  private final List<Object[]> inserted;
  private final List<Object[]> deleted;
  private final java.util.Set<String> assigned;
  private boolean rolledBack;

  public TriggerFrame(
      int triggerId, int tableId, List<ResultColumn> columns, List<Object[]> inserted, List<Object[]> deleted,
      java.util.Set<String> assigned) {
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

  public void rollBack() {
    rolledBack = true;
  }

  public boolean rolledBack() {
    return rolledBack;
  }
}
