package dev.quern.catalog.meta;

/** A key column of an index and its direction. */
public record IndexColumn(int columnId, boolean descending) {
  public static IndexColumn asc(int columnId) {
    return new IndexColumn(columnId, false);
  }
}
