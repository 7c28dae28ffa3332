package dev.quern.engine.store;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.IndexErrors;

/**
 * What a disabled index forbids to the statements that read or change a table ("Disable Indexes
 * and Constraints"): a disabled clustered index makes the rows unavailable to every query and DML
 * statement (8655) until REBUILD or DROP INDEX, which do not pass through here.
 */
public final class DisabledIndexes {
  private DisabledIndexes() {}

  /** 8655 when {@code t}'s clustered index is disabled: its rows cannot be read or changed. */
  public static void requireRows(Table t) {
    Index rows = t.rowIndex();
    if (rows.disabled()) {
      throw IndexErrors.TABLE_DISABLED.raise(rows.name(), t.name());
    }
  }

  /** {@link #requireRows} of a resolved table, returned for chaining. */
  public static ResolvedTable requireRows(ResolvedTable t) {
    requireRows(t.table());
    return t;
  }
}
