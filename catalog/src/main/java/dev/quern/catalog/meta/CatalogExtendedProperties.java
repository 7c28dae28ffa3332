package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * Deletes the properties of the columns, indexes and constraints an ALTER TABLE dropped: column
   * and index ids are reused (the next one is the highest plus one), so a later column or index
   * must not inherit them.
   */
  void dropParts(KvTxn txn, Metadata m, int databaseId, Table old, Table changed) {
    List<ExtendedProperty> all = m.extendedProperties(databaseId);
    if (all.isEmpty()) {
      return;
    }
    Set<Integer> columns = changed.columns().stream().map(Column::columnId).collect(Collectors.toSet());
    Set<Integer> indexes = changed.indexes().stream().map(Index::indexId).collect(Collectors.toSet());
    Set<Integer> constraints = changed.constraints().stream().map(Constraint::objectId).collect(Collectors.toSet());
    Set<Integer> dropped = old.constraints().stream().map(Constraint::objectId)
        .filter(id -> !constraints.contains(id)).collect(Collectors.toSet());
    for (ExtendedProperty p : all) {
      boolean onTable = p.majorId() == old.id();
      boolean gone = switch (p.classId()) {
        case ExtendedProperty.OBJECT_OR_COLUMN ->
            onTable ? p.minorId() != 0 && !columns.contains(p.minorId()) : dropped.contains(p.majorId());
        case ExtendedProperty.INDEX -> onTable && !indexes.contains(p.minorId());
        default -> false;
      };
      if (gone) {
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
