package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extended properties as catalog records: their stored form, transactions, and drops. */
class ExtendedPropertyCatalogTest {
  @TempDir Path dir;

  @Test
  void valuesKeepTheirBaseType() {
    SqlVariant text = new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 7), "comment");
    SqlVariant number = new SqlVariant(SqlType.of(TypeId.INT), 42);
    for (SqlVariant v : new SqlVariant[] {text, number, null}) {
      ExtendedProperty p = new ExtendedProperty(5, ExtendedProperty.OBJECT_OR_COLUMN, 1001, 2, "MS_Description", v);

      assertThat(ExtendedPropertyCodec.decode(ExtendedPropertyCodec.encode(p))).isEqualTo(p);
    }
  }

  @Test
  void namesDifferingInCaseShareOneKey() {
    ExtendedProperty a = new ExtendedProperty(5, ExtendedProperty.SCHEMA, 1, 0, "Doc", null);
    ExtendedProperty b = new ExtendedProperty(5, ExtendedProperty.SCHEMA, 1, 0, "DOC", null);

    assertThat(ExtendedPropertyCodec.key(a)).isEqualTo(ExtendedPropertyCodec.key(b));
    assertThat(a.sameKey(b)).isTrue();
  }

  @Test
  void rolledBackAddsLeaveNothingAndDropsTakeTheirProperties() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      int schemaId;
      Table people;
      int dbId;
      try (KvTxn t = store.begin()) {
        schemaId = Fixtures.databaseWithDbo(catalog, t);
        people = Fixtures.people(catalog, schemaId);
        catalog.createObject(t, people);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        dbId = catalog.metadata(t).schema(schemaId).orElseThrow().databaseId();
      }
      ExtendedProperty onTable = new ExtendedProperty(dbId, ExtendedProperty.OBJECT_OR_COLUMN, people.id(), 0, "Doc",
          new SqlVariant(SqlType.of(TypeId.INT), 1));
      ExtendedProperty onSchema = new ExtendedProperty(dbId, ExtendedProperty.SCHEMA, schemaId, 0, "Doc", null);
      try (KvTxn t = store.begin()) {
        catalog.extendedProperties().save(t, onTable);
        t.rollback();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).extendedProperties(dbId)).isEmpty();
        catalog.extendedProperties().save(t, onTable);
        catalog.extendedProperties().save(t, onSchema);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).extendedProperties(dbId)).containsExactlyInAnyOrder(onTable, onSchema);
        catalog.dropObject(t, people.id());
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).extendedProperties(dbId)).containsExactly(onSchema);
      }
    }
  }
}
