package dev.quern.engine.store;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;

/** Opens a table's rows in the running statement's transaction. */
public final class TableStores {
  private TableStores() {}

  public static TableStore open(StoreSession session, Catalog catalog, Table table) {
    return session.openTable(catalog, table, () -> FilterPredicate.indexFilter(table));
  }

  /** As {@link #open}, for a statement that writes the table (one lock instead of two). */
  public static TableStore openForWrite(StoreSession session, Catalog catalog, Table table) {
    return session.openTableForWrite(catalog, table, () -> FilterPredicate.indexFilter(table));
  }
}
