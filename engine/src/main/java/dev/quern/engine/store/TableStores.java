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
}
