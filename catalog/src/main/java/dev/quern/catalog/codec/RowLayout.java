package dev.quern.catalog.codec;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * The physical slots of a table's rows, in order. A slot keeps its position for the life of the
 * table: a dropped column stays as a dropped slot (its bytes are skipped), an added column is a new
 * slot at the end, so rows written under any earlier layout still decode.
 */
public record RowLayout(List<Slot> slots) {

  /**
   * One slot. {@code missingValue} is what a row written before the slot existed reads as (NULL, or
   * the default of a column added NOT NULL WITH a default, as SQL Server keeps it in metadata).
   */
  public record Slot(SqlType type, Object missingValue, boolean dropped) {
    public static Slot of(SqlType type) {
      return new Slot(type, null, false);
    }
  }

  public RowLayout {
    slots = List.copyOf(slots);
  }

  public static RowLayout of(SqlType... types) {
    return new RowLayout(java.util.Arrays.stream(types).map(Slot::of).toList());
  }

  public int size() {
    return slots.size();
  }

  public SqlType type(int slot) {
    return slots.get(slot).type();
  }

  /** A layout with {@code slot} appended (ALTER TABLE ADD). */
  public RowLayout with(Slot slot) {
    java.util.ArrayList<Slot> more = new java.util.ArrayList<>(slots);
    more.add(slot);
    return new RowLayout(more);
  }

  /** A layout with slot {@code index} marked dropped (ALTER TABLE DROP COLUMN). */
  public RowLayout drop(int index) {
    java.util.ArrayList<Slot> copy = new java.util.ArrayList<>(slots);
    Slot s = copy.get(index);
    copy.set(index, new Slot(s.type(), null, true));
    return new RowLayout(copy);
  }
}
