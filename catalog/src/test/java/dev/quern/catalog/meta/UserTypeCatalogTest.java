package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTypeCatalogTest {
  @TempDir Path dir;

  @Test
  void typesSynonymsAndTypedColumnsPersistAcrossRestart() {
    int schemaId;
    int ssn;
    int lines;
    Table people;
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      schemaId = Fixtures.databaseWithDbo(catalog, t);
      ssn = catalog.newObjectId();
      lines = catalog.newObjectId();
      catalog.createType(t, UserType.alias(ssn, schemaId, "ssn", SqlType.ofLength(TypeId.VARCHAR, 11), false));
      catalog.createType(t, UserType.table(lines, schemaId, "lines", "(line int PRIMARY KEY, qty int)"));
      Table base = Fixtures.people(catalog, schemaId);
      List<Column> columns = new ArrayList<>(base.columns());
      columns.set(2, columns.get(2).withUserType(ssn));
      people = new Table(base.id(), base.schemaId(), base.name(), columns, base.indexes(), base.constraints(),
          base.retiredSlots());
      catalog.createObject(t, people);
      catalog.createObject(t, new Synonym(catalog.newObjectId(), schemaId, "p", "[dbo].[people]"));
      t.commit();
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      Metadata m = catalog.metadata(t);
      assertThat(m.userType(schemaId, "SSN")).contains(
          UserType.alias(ssn, schemaId, "ssn", SqlType.ofLength(TypeId.VARCHAR, 11), false));
      assertThat(m.userType(lines)).get().extracting(UserType::tableDefinition)
          .isEqualTo("(line int PRIMARY KEY, qty int)");
      assertThat(m.table(schemaId, "people")).contains(people);
      assertThat(m.table(schemaId, "people").orElseThrow().columns().get(2).userTypeId()).isEqualTo(ssn);
      assertThat(m.object(schemaId, "p")).get().isEqualTo(new Synonym(m.object(schemaId, "p").get().id(), schemaId,
          "p", "[dbo].[people]"));
      // Types have a namespace of their own: a table may share a type's name.
      assertThat(m.nameTaken(schemaId, "ssn")).isFalse();
    }
  }

  @Test
  void aTableWithoutTypedColumnsKeepsTheFirstFormat() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      int schemaId = Fixtures.databaseWithDbo(catalog, t);
      Table people = Fixtures.people(catalog, schemaId);
      // Stored bytes are compared with re-encoded definitions: tables written before user types
      // existed must encode as they were written.
      assertThat(MetaCodec.encode(people)[0]).isEqualTo((byte) 1);
      Table typed = people.withName("typed");
      List<Column> columns = new ArrayList<>(typed.columns());
      columns.set(1, columns.get(1).withUserType(4242));
      typed = new Table(typed.id(), typed.schemaId(), typed.name(), columns, typed.indexes(), typed.constraints(),
          typed.retiredSlots());
      assertThat(MetaCodec.encode(typed)[0]).isEqualTo((byte) 2);
      assertThat(MetaCodec.decodeObject(MetaCodec.encode(typed))).isEqualTo(typed);
    }
  }

  @Test
  void aTypeNameIsUniqueInItsSchemaAndDropFreesIt() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      int schemaId = Fixtures.databaseWithDbo(catalog, t);
      int id = catalog.newObjectId();
      catalog.createType(t, UserType.alias(id, schemaId, "code", SqlType.of(TypeId.INT), true));
      assertThatThrownBy(() -> catalog.createType(t,
              UserType.alias(catalog.newObjectId(), schemaId, "CODE", SqlType.of(TypeId.INT), true)))
          .isInstanceOf(DuplicateNameException.class);
      catalog.dropType(t, id);
      assertThat(catalog.metadata(t).userType(schemaId, "code")).isEmpty();
      catalog.createType(t, UserType.alias(catalog.newObjectId(), schemaId, "code", SqlType.of(TypeId.BIGINT), true));
      assertThat(catalog.metadata(t).userType(schemaId, "code")).get().extracting(UserType::base)
          .isEqualTo(SqlType.of(TypeId.BIGINT));
    }
  }
}
