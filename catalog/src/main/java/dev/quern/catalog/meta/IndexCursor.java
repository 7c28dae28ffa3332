package dev.quern.catalog.meta;

/**
 * A cursor over the entries of a nonclustered index in key order. {@link #covered()} needs no row
 * lookup; {@link #row()} fetches the row.
 */
public interface IndexCursor extends RowCursor {
  /**
   * The columns the entry carries (key, INCLUDE and clustered key columns) at their positions in
   * {@link Table#columns()}; other positions are null. See {@link TableStore#coveredColumns}.
   */
  Object[] covered();
}
