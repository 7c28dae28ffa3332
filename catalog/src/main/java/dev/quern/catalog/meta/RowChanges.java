package dev.quern.catalog.meta;

/** Told of every row a {@link TableStore} inserts, updates or deletes (rows in table column order). */
public interface RowChanges {
  void inserted(Object[] row);

  void updated(Object[] oldRow, Object[] newRow);

  void deleted(Object[] oldRow);
}
