package dev.quern.engine.agent;

import java.time.LocalDateTime;
import java.util.UUID;

/** One row of an {@link AgentTable}, read and changed by column name. */
public final class AgentRow {
  private final AgentTable table;
  private final Object[] values;

  AgentRow(AgentTable table, Object[] stored) {
    this.table = table;
    // Records written before a column was added are shorter: the missing columns read as null.
    this.values = java.util.Arrays.copyOf(stored, table.columns().size());
  }

  /** A row of {@code table} with every column null, to be filled with {@link #set}. */
  public static AgentRow empty(AgentTable table) {
    return new AgentRow(table, new Object[table.columns().size()]);
  }

  public AgentTable table() {
    return table;
  }

  public Object get(String column) {
    return values[table.position(column)];
  }

  public Integer integer(String column) {
    return (Integer) get(column);
  }

  /** An int column that is never null in practice (0 when it is). */
  public int intValue(String column) {
    Integer v = integer(column);
    return v == null ? 0 : v;
  }

  public String string(String column) {
    return (String) get(column);
  }

  public UUID uuid(String column) {
    return (UUID) get(column);
  }

  public LocalDateTime time(String column) {
    return (LocalDateTime) get(column);
  }

  public byte[] bytes(String column) {
    return (byte[]) get(column);
  }

  /** Sets a column (an int-typed column takes any Number) and returns this row. */
  public AgentRow set(String column, Object value) {
    values[table.position(column)] = value instanceof Number n && !(value instanceof Integer) ? n.intValue() : value;
    return this;
  }

  /** The values in column order (a copy: the views hand them out). */
  public Object[] values() {
    return values.clone();
  }

  byte[] key() {
    return table.key(values);
  }
}
