package dev.quern.catalog.meta;

import java.util.List;

/**
 * Where a clustered columnstore's compressed row groups end ("Columnstore indexes: overview"): Quern
 * keeps the rows under row ids that only grow, so a row group compressed by an index build or a
 * REORGANIZE is the rows up to its {@link Mark#lastRowId} after the previous group's, {@link
 * Mark#rows} of them when it was compressed (those gone since are its deleted rows); rows past the
 * last mark are in the delta store. Marks hold for the row index's key range {@code dataId} only: a
 * rewrite of the table (which gives new row ids) writes new ones.
 */
public record RowGroupMarks(long dataId, List<Mark> marks) {
  /** sys.dm_db_column_store_row_group_physical_stats.transition_to_compressed_state of an index build. */
  public static final int INDEX_BUILD = 1;
  public static final int REORG_NORMAL = 3;
  public static final int REORG_FORCED = 4;
  public static final int MERGE = 6;

  /** One compressed row group: its last row id, its rows when compressed, how it was compressed. */
  public record Mark(long lastRowId, long rows, int transition) {}

  public RowGroupMarks {
    marks = List.copyOf(marks);
  }

  /** The last row id any row group holds (0: none). */
  public long lastRowId() {
    return marks.isEmpty() ? 0 : marks.getLast().lastRowId();
  }
}
