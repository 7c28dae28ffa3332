package dev.quern.catalog.meta;

import java.util.List;

/**
 * A table's full-text index ("CREATE FULLTEXT INDEX", sys.fulltext_indexes): its catalog, the
 * unique index whose single column is its key ({@code keyIndexId}), its columns with their
 * languages, its change tracking ('A' AUTO, 'M' MANUAL, 'O' OFF), whether the system stoplist
 * applies, whether it is enabled, and {@code dataId}, the key range of its inverted index
 * ({@link FullTextPostings}). {@code crawlEnd}: when its last full population ended (epoch millis).
 */
public record FullTextIndex(
    int tableId,
    int catalogId,
    int keyIndexId,
    List<Column> columns,
    char changeTracking,
    boolean systemStoplist,
    boolean enabled,
    long dataId,
    long crawlEnd) {
  /** One indexed column and its LANGUAGE (an LCID; 1033 when not given). */
  public record Column(int columnId, int languageId) {}

  public FullTextIndex {
    columns = List.copyOf(columns);
  }

  /** Whether each change of a row updates the index at once (CHANGE_TRACKING AUTO, enabled). */
  public boolean maintained() {
    return enabled && changeTracking == 'A';
  }

  public boolean indexes(int columnId) {
    return columns.stream().anyMatch(c -> c.columnId() == columnId);
  }

  public FullTextIndex withColumns(List<Column> value) {
    return new FullTextIndex(tableId, catalogId, keyIndexId, value, changeTracking, systemStoplist, enabled, dataId,
        crawlEnd);
  }

  public FullTextIndex withEnabled(boolean value) {
    return new FullTextIndex(tableId, catalogId, keyIndexId, columns, changeTracking, systemStoplist, value, dataId,
        crawlEnd);
  }

  public FullTextIndex withChangeTracking(char value) {
    return new FullTextIndex(tableId, catalogId, keyIndexId, columns, value, systemStoplist, enabled, dataId,
        crawlEnd);
  }

  /** This index emptied into the fresh key range {@code value} (a population or a TRUNCATE starts over). */
  public FullTextIndex withDataId(long value, long crawled) {
    return new FullTextIndex(tableId, catalogId, keyIndexId, columns, changeTracking, systemStoplist, enabled, value,
        crawled);
  }

  /** This index on the table {@code newTableId} (a restored copy of a backup). */
  FullTextIndex onTable(int newTableId, long newDataId) {
    return new FullTextIndex(newTableId, catalogId, keyIndexId, columns, changeTracking, systemStoplist, enabled,
        newDataId, crawlEnd);
  }
}
