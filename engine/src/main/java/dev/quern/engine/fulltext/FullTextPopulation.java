package dev.quern.engine.fulltext;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.FullTextIndexer;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.TableStores;

/**
 * A full population ("Populate Full-Text Indexes"): the index is emptied into a fresh key range and
 * every row of the table indexed, in the statement's transaction. SQL Server crawls in the
 * background after the statement; Quern's population is done when the statement ends, so a query
 * that follows sees every row.
 */
final class FullTextPopulation {
  private final SessionState state;

  FullTextPopulation(SessionState state) {
    this.state = state;
  }

  /** Empties and refills {@code index}; returns its definition afterwards. */
  FullTextIndex full(Catalog catalog, FullTextIndex index) {
    KvTxn txn = state.store().txn(catalog);
    FullTextIndex fresh = catalog.fullText().empty(txn, index, System.currentTimeMillis());
    Metadata m = state.store().metadata(catalog);
    Table table = (Table) m.object(index.tableId()).orElseThrow();
    FullTextIndexer indexer = catalog.fullText().indexerOf(txn, m, table, fresh);
    try (RowCursor rows = TableStores.open(state.store(), catalog, table).scan(KeyRange.ALL, false)) {
      while (rows.next()) {
        indexer.inserted(rows.row());
      }
    }
    return fresh;
  }
}
