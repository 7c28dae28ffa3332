package dev.quern.engine.extprop;

import java.util.List;

/**
 * An item that can carry extended properties: its catalog numbers (class, major_id, minor_id, as
 * {@link dev.quern.catalog.meta.ExtendedProperty} numbers them) and its level path (empty for the
 * database).
 */
public record PropertyItem(int classId, int majorId, int minorId, List<Level> path) {
  /** How SQL Server's messages name the item: 'object specified' for the database, else the dotted names. */
  public String label() {
    if (path.isEmpty()) {
      return "object specified";
    }
    return String.join(".", path.stream().map(Level::name).toList());
  }
}
