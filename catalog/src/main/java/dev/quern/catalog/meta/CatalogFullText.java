package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes full-text catalogs and indexes in the caller's transaction, as any DDL; reads come from
 * {@link Metadata#fullText}. An index's inverted index lives in its own key range, reclaimed after
 * a commit that drops or empties it.
 */
public final class CatalogFullText {
  private final Catalog catalog;

  CatalogFullText(Catalog catalog) {
    this.catalog = catalog;
  }

  public void save(KvTxn txn, FullTextCatalog c) {
    txn.put(FullTextCodec.key(c), FullTextCodec.encode(c));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, FullTextCatalog c) {
    txn.delete(FullTextCodec.key(c));
    catalog.stampWritten(txn);
  }

  public void save(KvTxn txn, FullTextIndex i) {
    txn.put(FullTextCodec.indexKey(i.tableId()), FullTextCodec.encode(i));
    catalog.stampWritten(txn);
  }

  /** Drops the index and reclaims its inverted index after commit. */
  public void drop(KvTxn txn, FullTextIndex i) {
    txn.delete(FullTextCodec.indexKey(i.tableId()));
    catalog.discardData(txn, i.dataId());
    catalog.stampWritten(txn);
  }

  /**
   * The index emptied: a fresh key range (the old one reclaimed after commit), for a full
   * population to fill or a TRUNCATE TABLE to leave empty. Returns the new definition.
   */
  public FullTextIndex empty(KvTxn txn, FullTextIndex i, long crawlEnd) {
    FullTextIndex fresh = i.withDataId(catalog.newDataId(), crawlEnd);
    catalog.discardData(txn, i.dataId());
    save(txn, fresh);
    return fresh;
  }

  /**
   * What keeps {@code table}'s full-text index in step with its rows in {@code txn}, or null when
   * it has none or its change tracking is not AUTO (or it is disabled).
   */
  public FullTextIndexer indexer(KvTxn txn, Metadata m, Table table) {
    FullTextIndex index = m.fullText().index(table.id());
    return index == null || !index.maintained() ? null : indexerOf(txn, m, table, index);
  }

  /** What writes {@code index} (a full population writes through it). */
  public FullTextIndexer indexerOf(KvTxn txn, Metadata m, Table table, FullTextIndex index) {
    int databaseId = m.schema(table.schemaId()).orElseThrow().databaseId();
    boolean accents = m.fullText().catalog(databaseId, index.catalogId()).map(FullTextCatalog::accentSensitive)
        .orElse(false);
    return new FullTextIndexer(txn, table, index, accents);
  }

  /** Forgets a dropped table's full-text index. */
  void dropTable(KvTxn txn, Metadata m, int tableId) {
    FullTextIndex i = m.fullText().index(tableId);
    if (i != null) {
      txn.delete(FullTextCodec.indexKey(tableId));
      catalog.discardData(txn, i.dataId());
    }
  }
}
