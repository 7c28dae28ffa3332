package dev.quern.engine.fulltext;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.FullTextCatalog;
import dev.quern.catalog.meta.FullTextIndex;
import dev.quern.catalog.meta.FullTextPostings;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import java.util.Set;

/**
 * Opens a table's full-text index for a search in the running statement: its current definition
 * (a population since the query was compiled moved it to a fresh key range) read in the statement's
 * transaction.
 */
public record FullTextQuery(FullTextPostings postings, FullTextSearch search) {
  /** {@code columns}: the column ids searched, null for all the index's. */
  public static FullTextQuery open(SessionState state, Catalog catalog, int tableId, Set<Integer> columns,
      boolean ranked) {
    Metadata m = state.store().metadata(catalog);
    FullTextIndex index = m.fullText().index(tableId);
    Table table = (Table) m.object(tableId).orElseThrow();
    if (index == null) {
      throw dev.quern.engine.error.FullTextErrors.TABLE_NOT_INDEXED.raise(table.name());
    }
    KvTxn txn = state.store().txn(catalog);
    FullTextPostings postings = FullTextPostings.of(txn, table, index);
    int databaseId = m.schema(table.schemaId()).orElseThrow().databaseId();
    boolean accents = m.fullText().catalog(databaseId, index.catalogId()).map(FullTextCatalog::accentSensitive)
        .orElse(false);
    return new FullTextQuery(postings, new FullTextSearch(postings, columns, index.systemStoplist(), accents, ranked));
  }

  /** The read state a search's answer holds for: the transaction and its read view (negative: none). */
  public static Object readState(SessionState state, Catalog catalog) {
    KvTxn txn = state.store().txn(catalog);
    long view = txn.readView();
    return view < 0 ? null : new ReadState(txn, view);
  }

  private record ReadState(KvTxn txn, long view) {}
}
