package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  @TempDir Path dir;

  @Test
  void metadataPersistsAcrossRestartWithStableIds() {
    Table people;
    int schemaId;
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      schemaId = Fixtures.databaseWithDbo(catalog, t);
      people = Fixtures.people(catalog, schemaId);
      catalog.createObject(t, people);
      catalog.createObject(
          t,
          new View(
              catalog.newObjectId(),
              schemaId,
              "v_people",
              "CREATE VIEW v_people AS SELECT * FROM people"));
      catalog.createObject(
          t,
          new Sequence(
              catalog.newObjectId(),
              schemaId,
              "seq",
              SqlType.of(TypeId.BIGINT),
              1,
              1,
              1,
              Long.MAX_VALUE,
              false,
              50));
      t.commit();
    }
    int lastId;
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      Metadata m = catalog.metadata(t);
      assertThat(m.database("DB")).isPresent();
      assertThat(m.schema(m.database("db").orElseThrow().id(), "DBO")).isPresent();
      assertThat(m.table(schemaId, "PEOPLE")).contains(people);
      assertThat(m.object(schemaId, "v_people")).get().isInstanceOf(View.class);
      assertThat(m.object(schemaId, "seq")).get().isInstanceOf(Sequence.class);
      assertThat(m.constraint(schemaId, "pk_people"))
          .get()
          .extracting(Metadata.OwnedConstraint::table)
          .isEqualTo(people);
      lastId = catalog.newObjectId();
      assertThat(lastId).isGreaterThan(people.id());
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      assertThat(catalog.newObjectId()).isGreaterThan(lastId); // never reused
    }
  }

  @Test
  void rolledBackDdlLeavesNothing() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      int schemaId;
      try (KvTxn t = store.begin()) {
        schemaId = Fixtures.databaseWithDbo(catalog, t);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        catalog.createObject(t, Fixtures.people(catalog, schemaId));
        assertThat(catalog.metadata(t).table(schemaId, "people")).isPresent(); // own DDL visible
        try (KvTxn other = store.begin()) {
          assertThat(catalog.metadata(other).table(schemaId, "people")).isEmpty();
        }
        t.rollback();
      }
      try (KvTxn t = store.begin()) {
        assertThat(catalog.metadata(t).table(schemaId, "people")).isEmpty();
        assertThat(catalog.metadata(t).constraint(schemaId, "PK_people")).isEmpty();
        catalog.createObject(t, Fixtures.people(catalog, schemaId)); // the name is free again
        t.commit();
      }
    }
  }

  @Test
  void namesAreUniquePerSchemaIncludingConstraints() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      int schemaId = Fixtures.databaseWithDbo(catalog, t);
      catalog.createObject(t, Fixtures.people(catalog, schemaId));
      assertThatThrownBy(
              () ->
                  catalog.createObject(t, new View(catalog.newObjectId(), schemaId, "PEOPLE", "x")))
          .isInstanceOf(DuplicateNameException.class)
          .hasMessage("There is already an object named 'PEOPLE' in the database.");
      assertThatThrownBy(
              () ->
                  catalog.createObject(
                      t, new View(catalog.newObjectId(), schemaId, "pk_people", "x")))
          .isInstanceOf(DuplicateNameException.class);
      assertThat(catalog.metadata(t).nameTaken(schemaId, "Uq_People_Name")).isTrue();
    }
  }

  @Test
  void alterRenamesAndReleasesNamesAndDropReclaimsData() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      int schemaId;
      Table people;
      try (KvTxn t = store.begin()) {
        schemaId = Fixtures.databaseWithDbo(catalog, t);
        people = Fixtures.people(catalog, schemaId);
        catalog.createObject(t, people);
        TableStore.open(catalog, t, people, null).insert(new Object[] {1, "Ann", "Oslo", null});
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        catalog.alterObject(t, people.withName("persons"));
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        Metadata m = catalog.metadata(t);
        assertThat(m.table(schemaId, "people")).isEmpty();
        Table persons = m.table(schemaId, "persons").orElseThrow();
        catalog.createObject(
            t, new View(catalog.newObjectId(), schemaId, "people", "v")); // old name free
        catalog.dropObject(t, persons.id());
        t.commit();
      }
      catalog.reclaimGarbage();
      try (KvTxn t = store.begin();
          var it = t.peekScan(new byte[] {1}, new byte[] {3}, false)) {
        assertThat(it.next()).as("no rows, entries or LOBs left").isFalse();
      }
    }
  }

  @Test
  void addedColumnReadsMissingValueForOldRows() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      int schemaId;
      Table people;
      try (KvTxn t = store.begin()) {
        schemaId = Fixtures.databaseWithDbo(catalog, t);
        people = Fixtures.people(catalog, schemaId);
        catalog.createObject(t, people);
        TableStore.open(catalog, t, people, null).insert(new Object[] {1, "Ann", "Oslo", "bio"});
        t.commit();
      }
      Table altered =
          people
              .withIndexes(people.indexes().stream().filter(i -> i.indexId() != 3).toList())
              .dropColumn(3)
              .addColumn(
                  new Column(
                      5,
                      "score",
                      SqlType.decimal(5, 2),
                      false,
                      null,
                      null,
                      null,
                      people.nextSlot(),
                      new BigDecimal("1.50")));
      try (KvTxn t = store.begin()) {
        catalog.alterObject(t, altered);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        Table now = catalog.metadata(t).table(people.id()).orElseThrow();
        assertThat(now).isEqualTo(altered);
        TableStore rows = TableStore.open(catalog, t, now, null);
        try (RowCursor c = rows.scan(KeyRange.ALL, false)) {
          assertThat(c.next()).isTrue();
          assertThat(c.row()).containsExactly(1, "Ann", "bio", new BigDecimal("1.50"));
        }
      }
    }
  }

  @Test
  void staleDefinitionIsDetected() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people;
      try (KvTxn t = store.begin()) {
        people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
        catalog.createObject(t, people);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        catalog.alterObject(t, people.withName("renamed"));
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        assertThatThrownBy(() -> TableStore.open(catalog, t, people, null))
            .isInstanceOf(StaleMetadataException.class);
      }
    }
  }

  @Test
  void metadataIsCachedByStamp() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      try (KvTxn t = store.begin()) {
        Fixtures.databaseWithDbo(catalog, t);
        t.commit();
      }
      Metadata first;
      try (KvTxn t = store.begin()) {
        first = catalog.metadata(t);
        assertThat(catalog.metadata(t)).isSameAs(first);
      }
      try (KvTxn t = store.begin()) {
        catalog.createSchema(
            t, new Schema(catalog.newObjectId(), first.databases().getFirst().id(), "sales"));
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        Metadata second = catalog.metadata(t);
        assertThat(second).isNotSameAs(first);
        assertThat(second.stamp()).isNotEqualTo(first.stamp());
        assertThat(second.schemas(first.databases().getFirst().id()))
            .extracting(Schema::name)
            .containsExactlyInAnyOrder("dbo", "sales");
      }
    }
  }

  @Test
  void dropDatabaseRemovesEverythingInIt() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      int dbId;
      try (KvTxn t = store.begin()) {
        int schemaId = Fixtures.databaseWithDbo(catalog, t);
        catalog.createObject(t, Fixtures.people(catalog, schemaId));
        dbId = catalog.metadata(t).database("db").orElseThrow().id();
        // A user in a role, and a permission granted to the role.
        catalog.security().savePrincipal(t, null, new DbPrincipal(dbId, 5, "clerk", 'S', null, "dbo", 1, 0, 0));
        catalog.security().savePrincipal(t, null, new DbPrincipal(dbId, 6, "readers", 'R', null, null, 1, 0, 0));
        catalog.security().addMember(t, new RoleMember(dbId, 6, 5));
        catalog.security().savePermission(t, new Permission(dbId, Permission.DATABASE, 0, 6, "SELECT", 'G', 1));
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        catalog.dropDatabase(t, dbId);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        Metadata m = catalog.metadata(t);
        assertThat(m.databases()).isEmpty();
        assertThat(m.security().principals(dbId)).isEmpty();
        assertThat(m.security().members(dbId)).isEmpty();
        assertThat(m.security().permissions(dbId)).isEmpty();
        catalog.createDatabase(
            t, new Database(catalog.newDatabaseId(), "db", Database.DEFAULT_COLLATION));
        assertThat(List.of(catalog.metadata(t).databases().size())).containsExactly(1);
      }
    }
  }

  @Test
  void movingAnObjectToAnotherSchemaFreesItsNamesInTheOldOne() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      int dbo = Fixtures.databaseWithDbo(catalog, t);
      Schema sales =
          new Schema(
              catalog.newObjectId(),
              catalog.metadata(t).schema(dbo).orElseThrow().databaseId(),
              "sales");
      catalog.createSchema(t, sales);
      Table people = Fixtures.people(catalog, dbo);
      catalog.createObject(t, people);
      catalog.alterObject(
          t,
          new Table(
              people.id(),
              sales.id(),
              people.name(),
              people.columns(),
              people.indexes(),
              people.constraints(),
              people.retiredSlots()));
      Metadata m = catalog.metadata(t);
      assertThat(m.nameTaken(dbo, "people")).isFalse();
      assertThat(m.table(sales.id(), "people")).isPresent();
      catalog.createObject(t, Fixtures.people(catalog, dbo)); // both names free in dbo again
    }
  }

  @Test
  void computedColumnsFilteredIndexesAndSequenceRestartsPersist() {
    Table t0;
    Sequence seq;
    int schemaId;
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      schemaId = Fixtures.databaseWithDbo(catalog, t);
      SqlType integer = SqlType.of(TypeId.INT);
      List<Column> cols =
          List.of(
              new Column(1, "a", integer, true, null, null, null, 0, null),
              new Column(2, "p", integer, true, null, null, new Computed("([a]*(2))", true), 1, null),
              new Column(3, "v", integer, true, null, null, new Computed("([a]+(1))", false), 2, null),
              new Column(4, "m", integer, true, null, null, new Computed("([a]-(1))", false, true), 3, null));
      Index filtered =
          new Index(2, "ix_m", IndexKind.NONCLUSTERED, true, false, false,
              List.of(new IndexColumn(4, false)), List.of(), "([a] IS NOT NULL)", catalog.newDataId());
      t0 = new Table(catalog.newObjectId(), schemaId, "t", cols,
          List.of(Index.heap(catalog.newDataId()), filtered), List.of(), java.util.Map.of());
      seq = new Sequence(catalog.newObjectId(), schemaId, "s", SqlType.of(TypeId.BIGINT), 5, 1, 1, 100, false, 10, 3);
      catalog.createObject(t, t0);
      catalog.createObject(t, seq);
      t.commit();
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      Metadata m = catalog.metadata(t);
      assertThat(m.table(schemaId, "t")).contains(t0);
      assertThat(m.object(schemaId, "s")).contains(seq);
      Table t1 = m.table(schemaId, "t").orElseThrow();
      assertThat(t1.columns()).extracting(Column::stored).containsExactly(true, true, false, true);
    }
  }
}
