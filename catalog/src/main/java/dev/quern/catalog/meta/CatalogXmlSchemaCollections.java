package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes XML schema collections in the caller's transaction, as any DDL: a collection created in
 * a transaction that rolls back leaves nothing, an ALTER … ADD rolled back leaves the collection
 * as it was. Reads come from {@link Metadata#xmlSchemaCollections}. The engine has checked names,
 * rights and the documents themselves.
 */
public final class CatalogXmlSchemaCollections {
  private final Catalog catalog;

  CatalogXmlSchemaCollections(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The xml_collection_id a new collection of the database gets: one past the highest in use. */
  public int nextId(Metadata m, int databaseId) {
    return m.xmlSchemaCollections(databaseId).stream().mapToInt(XmlSchemaCollection::collectionId)
        .max().orElse(XmlSchemaCollection.FIRST_ID - 1) + 1;
  }

  /** Stores a new or changed collection. */
  public void save(KvTxn txn, XmlSchemaCollection c) {
    txn.put(XmlSchemaCollectionCodec.key(c.databaseId(), c.collectionId()), XmlSchemaCollectionCodec.encode(c));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, XmlSchemaCollection c) {
    txn.delete(XmlSchemaCollectionCodec.key(c.databaseId(), c.collectionId()));
    catalog.stampWritten(txn);
  }
}
