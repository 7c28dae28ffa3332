package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes extended properties in the caller's transaction, as any DDL (a rolled-back
 * sp_addextendedproperty leaves nothing); reads come from {@link Metadata#extendedProperties}.
 */
public final class CatalogExtendedProperties {
  private final Catalog catalog;

  CatalogExtendedProperties(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Adds or replaces the property of the same item and name. */
  public void save(KvTxn txn, ExtendedProperty p) {
    txn.put(ExtendedPropertyCodec.key(p), ExtendedPropertyCodec.encode(p));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, ExtendedProperty p) {
    txn.delete(ExtendedPropertyCodec.key(p));
    catalog.stampWritten(txn);
  }

  /** Deletes the properties of a dropped object (its columns, parameters and indexes too). */
  void dropObject(KvTxn txn, Metadata m, int databaseId, int objectId) {
    for (ExtendedProperty p : m.extendedProperties(databaseId)) {
      if (p.onObject(objectId)) {
        txn.delete(ExtendedPropertyCodec.key(p));
      }
    }
  }

  /** Deletes the properties of a dropped schema. */
  void dropSchema(KvTxn txn, Metadata m, int databaseId, int schemaId) {
    for (ExtendedProperty p : m.extendedProperties(databaseId)) {
      if (p.classId() == ExtendedProperty.SCHEMA && p.majorId() == schemaId) {
        txn.delete(ExtendedPropertyCodec.key(p));
      }
    }
  }
}
