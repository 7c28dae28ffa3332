package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvLockTimeoutException;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableStoreTest {
  @TempDir Path dir;
  RocksKvStore store;
  Catalog catalog;
  int schemaId;
  Table people;

  @BeforeEach
  void setUp() {
    store = RocksKvStore.open(dir);
    catalog = Catalog.open(store);
    try (KvTxn t = store.begin()) {
      schemaId = Fixtures.databaseWithDbo(catalog, t);
      people = Fixtures.people(catalog, schemaId);
      catalog.createObject(t, people);
      TableStore rows = TableStore.open(catalog, t, people, null);
      rows.insert(new Object[] {3, "Cid", "Rome", null});
      rows.insert(new Object[] {1, "ann", "Oslo", "x".repeat(20_000)});
      rows.insert(new Object[] {2, "Bob", "oslo", null});
      rows.insert(new Object[] {4, "Dee", null, null});
      t.commit();
    }
  }

  @AfterEach
  void tearDown() {
    catalog.close();
    store.close();
  }

  private static List<Object> column(RowCursor c, int position) {
    List<Object> out = new ArrayList<>();
    try (c) {
      while (c.next()) {
        out.add(c.row()[position]);
      }
    }
    return out;
  }

  @Test
  void scansInClusteredKeyOrderWithRanges() {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      assertThat(column(rows.scan(KeyRange.ALL, false), 0)).containsExactly(1, 2, 3, 4);
      assertThat(column(rows.scan(KeyRange.ALL, true), 0)).containsExactly(4, 3, 2, 1);
      assertThat(
              column(
                  rows.scan(
                      KeyRange.between(new Object[] {2}, true, new Object[] {4}, false), false),
                  0))
          .containsExactly(2, 3);
      assertThat(column(rows.scan(KeyRange.between(new Object[] {2}, false, null, true), false), 0))
          .containsExactly(3, 4);
      assertThat(column(rows.scan(KeyRange.ALL, false), 3).get(0)).isEqualTo("x".repeat(20_000));
    }
  }

  @Test
  void seeksANonclusteredIndexCaseInsensitivelyAndCovers() {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      Index city = people.index("IX_people_city").orElseThrow();
      List<String> names = new ArrayList<>();
      try (IndexCursor c = rows.seek(city, KeyRange.equalTo("OSLO"), false)) {
        while (c.next()) {
          Object[] covered = c.covered();
          names.add((String) covered[1]); // INCLUDE (name)
          assertThat(covered[3]).isNull(); // bio is not carried
          assertThat(c.row()[0]).isEqualTo(covered[0]); // clustered key is carried
        }
      }
      assertThat(names).containsExactlyInAnyOrder("ann", "Bob");
      assertThat(column(rows.seek(city, KeyRange.ALL, false), 2))
          .containsExactly(null, "Oslo", "oslo", "Rome");
      assertThat(
              column(
                  rows.seek(city, KeyRange.between(new Object[] {"p"}, true, null, true), false),
                  2))
          .containsExactly("Rome");
    }
  }

  @Test
  void aLongIndexSeekReturnsEveryRowInKeyOrderWhateverTheIsolationAndOwnWrites() {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      for (int id = 10; id < 600; id++) {
        rows.insert(new Object[] {id, "n" + id, "c" + (1000 - id), id % 100 == 0 ? "y".repeat(9_000) : null});
      }
      t.commit();
    }
    Index city = people.index("IX_people_city").orElseThrow();
    KeyRange cs = KeyRange.between(new Object[] {"c"}, true, new Object[] {"d"}, false);
    for (KvIsolation isolation : KvIsolation.values()) {
      try (KvTxn t = store.begin(KvTxnOptions.of(isolation))) {
        t.beginStatement();
        TableStore rows = TableStore.open(catalog, t, people, null);
        // A write of the transaction's own in the middle of the range is seen by the seek.
        rows.update(rows.findUnique(people.rowIndex(), new Object[] {300}).orElseThrow(),
            new Object[] {300, "mine", "c700", null});
        List<Object> ids = new ArrayList<>();
        try (IndexCursor c = rows.seek(city, cs, true)) {
          while (c.next()) {
            Object[] row = ids.size() % 3 == 0 ? c.rowWithLobRefs() : c.row();
            assertThat(row[0]).isEqualTo(c.covered()[0]);
            assertThat(row[2]).isEqualTo("c" + (1000 - (Integer) row[0]));
            if ((Integer) row[0] == 300) {
              assertThat(row[1]).isEqualTo("mine");
            }
            if ((Integer) row[0] == 500 && ids.size() % 3 != 0) {
              assertThat(row[3]).isEqualTo("y".repeat(9_000));
            }
            ids.add(row[0]);
          }
        }
        List<Object> expected = new ArrayList<>();
        for (int id = 10; id < 600; id++) {
          expected.add(id);
        }
        // city "c" + (1000 - id) descends as id ascends; the seek runs in reverse.
        assertThat(ids).as(isolation.name()).isEqualTo(expected);
        t.rollback();
      }
    }
  }

  @Test
  void uniqueIndexesRejectDuplicatesCaseInsensitively() {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      assertThatThrownBy(() -> rows.insert(new Object[] {1, "New", null, null}))
          .isInstanceOfSatisfying(
              DuplicateKeyException.class,
              e -> {
                assertThat(e.index().name()).isEqualTo("PK_people");
                assertThat(e.keyValues()).containsExactly(1);
              });
      assertThatThrownBy(() -> rows.insert(new Object[] {9, "ANN ", null, null}))
          .isInstanceOfSatisfying(
              DuplicateKeyException.class,
              e -> assertThat(e.index().name()).isEqualTo("UQ_people_name"));
      assertThat(
              rows.findUnique(people.index("UQ_people_name").orElseThrow(), new Object[] {"BOB"}))
          .hasValueSatisfying(loc -> assertThat(rows.get(loc)[0]).isEqualTo(2));
    }
  }

  @Test
  void concurrentInsertersOfOneUniqueValueSerialize() {
    try (KvTxn a = store.begin();
        KvTxn b = store.begin(KvTxnOptions.DEFAULT.withLockTimeout(0))) {
      TableStore.open(catalog, a, people, null).insert(new Object[] {10, "Eve", null, null});
      TableStore rowsB = TableStore.open(catalog, b, people, null);
      assertThatThrownBy(() -> rowsB.insert(new Object[] {11, "eve", null, null}))
          .isInstanceOf(KvLockTimeoutException.class);
    }
  }

  @Test
  void updatesKeepIndexesInStepIncludingClusteredKeyChanges() {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      Index pk = people.rowIndex();
      byte[] bob = rows.findUnique(pk, new Object[] {2}).orElseThrow();
      byte[] same = rows.update(bob, new Object[] {2, "Bobby", "Lima", null});
      assertThat(same).isEqualTo(bob);
      byte[] moved = rows.update(bob, new Object[] {20, "Bobby", "Lima", null});
      assertThat(moved).isNotEqualTo(bob);
      assertThat(rows.get(bob)).isNull();
      Index city = people.index("IX_people_city").orElseThrow();
      assertThat(column(rows.seek(city, KeyRange.equalTo("lima"), false), 0)).containsExactly(20);
      assertThat(column(rows.seek(city, KeyRange.equalTo("oslo"), false), 0)).containsExactly(1);
      assertThat(
              rows.findUnique(people.index("UQ_people_name").orElseThrow(), new Object[] {"bob"}))
          .isEmpty();
      byte[] ann = rows.findUnique(pk, new Object[] {1}).orElseThrow();
      assertThatThrownBy(() -> rows.update(ann, new Object[] {1, "BOBBY", null, null}))
          .isInstanceOf(DuplicateKeyException.class);
      rows.delete(moved);
      assertThat(column(rows.scan(KeyRange.ALL, false), 0)).containsExactly(1, 3, 4);
      assertThat(column(rows.seek(city, KeyRange.ALL, false), 0)).containsExactly(4, 1, 3);
      rows.delete(ann); // with its LOB
      t.commit();
    }
    try (KvTxn t = store.begin();
        var lobs = t.peekScan(new byte[] {2}, new byte[] {3}, false)) {
      assertThat(lobs.next()).as("LOB chunks deleted with the row").isFalse();
    }
  }

  @Test
  void heapsAndNonUniqueClusteredIndexesHoldDuplicates() {
    Column a = Fixtures.column(1, "a", SqlType.of(TypeId.INT), true);
    Column b = Fixtures.column(2, "b", SqlType.ofLength(TypeId.NVARCHAR, 10), true);
    Table heap =
        new Table(
            catalog.newObjectId(),
            schemaId,
            "heap",
            List.of(a, b),
            List.of(Index.heap(catalog.newDataId())),
            List.of(),
            Map.of());
    Index clustered =
        new Index(
            1,
            "cix",
            IndexKind.CLUSTERED,
            false,
            false,
            false,
            List.of(new IndexColumn(1, true)),
            List.of(),
            null,
            catalog.newDataId());
    Table clus =
        new Table(
            catalog.newObjectId(),
            schemaId,
            "clus",
            List.of(a, b),
            List.of(clustered),
            List.of(),
            Map.of());
    try (KvTxn t = store.begin()) {
      catalog.createObject(t, heap);
      catalog.createObject(t, clus);
      for (Table table : List.of(heap, clus)) {
        TableStore rows = TableStore.open(catalog, t, table, null);
        rows.insert(new Object[] {1, "x"});
        rows.insert(new Object[] {1, "x"});
        rows.insert(new Object[] {null, "n"});
        rows.insert(new Object[] {5, "y"});
      }
      assertThat(column(TableStore.open(catalog, t, heap, null).scan(KeyRange.ALL, false), 0))
          .containsExactly(1, 1, null, 5);
      assertThat(column(TableStore.open(catalog, t, clus, null).scan(KeyRange.ALL, false), 0))
          .containsExactly(5, 1, 1, null);
    }
  }

  @Test
  void filteredIndexesHoldOnlyMatchingRows() {
    Column a = Fixtures.column(1, "a", SqlType.of(TypeId.INT), false);
    Index heapIx = Index.heap(catalog.newDataId());
    Index positive =
        new Index(
            2,
            "ix_pos",
            IndexKind.NONCLUSTERED,
            true,
            false,
            false,
            List.of(IndexColumn.asc(1)),
            List.of(),
            "([a]>(0))",
            catalog.newDataId());
    Table t1 =
        new Table(
            catalog.newObjectId(),
            schemaId,
            "f",
            List.of(a),
            List.of(heapIx, positive),
            List.of(),
            Map.of());
    TableStore.IndexFilter filter = (ix, row) -> (Integer) row[0] > 0;
    try (KvTxn t = store.begin()) {
      catalog.createObject(t, t1);
      TableStore rows = TableStore.open(catalog, t, t1, filter);
      rows.insert(new Object[] {-1});
      rows.insert(new Object[] {-1}); // not in the unique filtered index: no duplicate
      rows.insert(new Object[] {3});
      assertThat(column(rows.seek(positive, KeyRange.ALL, false), 0)).containsExactly(3);
    }
  }

  @Test
  void truncateEmptiesEveryIndex() {
    try (KvTxn t = store.begin()) {
      Table truncated = catalog.truncate(t, people);
      TableStore rows = TableStore.open(catalog, t, truncated, null);
      assertThat(column(rows.scan(KeyRange.ALL, false), 0)).isEmpty();
      assertThat(
              column(
                  rows.seek(truncated.index("IX_people_city").orElseThrow(), KeyRange.ALL, false),
                  0))
          .isEmpty();
      rows.insert(new Object[] {1, "ann", null, null}); // the unique key is free again
      t.commit();
    }
    catalog.reclaimGarbage();
  }

  @Test
  void tableInUseCannotBeAlteredUntilTheUserCommits() {
    try (KvTxn user = store.begin(KvTxnOptions.of(KvIsolation.READ_COMMITTED));
        KvTxn ddl = store.begin(KvTxnOptions.DEFAULT.withLockTimeout(0))) {
      TableStore.open(catalog, user, people, null).insert(new Object[] {7, "Gus", null, null});
      assertThatThrownBy(() -> catalog.dropObject(ddl, people.id()))
          .isInstanceOf(KvLockTimeoutException.class);
    }
  }

  @Test
  void snapshotTransactionFailsOnATableAlteredSinceItBegan() {
    try (KvTxn snap = store.begin(KvTxnOptions.of(KvIsolation.SNAPSHOT))) {
      Table seen = catalog.metadata(snap).table(people.id()).orElseThrow();
      try (KvTxn ddl = store.begin()) {
        catalog.alterObject(ddl, people.withName("renamed"));
        ddl.commit();
      }
      assertThat(catalog.metadata(snap).table(people.id())).contains(seen); // still its snapshot
      assertThatThrownBy(() -> TableStore.open(catalog, snap, seen, null))
          .isInstanceOf(SnapshotDdlConflictException.class);
    }
  }

  @Test
  void aRejectedInsertOrUpdateLeavesNothingBehind() {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      Index city = people.index("IX_people_city").orElseThrow();
      // unique name clashes after the nonclustered city entry would have been written
      assertThatThrownBy(() -> rows.insert(new Object[] {50, "CID", "Lyon", null}))
          .isInstanceOf(DuplicateKeyException.class);
      assertThat(column(rows.seek(city, KeyRange.equalTo("Lyon"), false), 0)).isEmpty();
      byte[] ann = rows.findUnique(people.rowIndex(), new Object[] {1}).orElseThrow();
      assertThatThrownBy(() -> rows.update(ann, new Object[] {60, "cid", "Lyon", null}))
          .isInstanceOf(DuplicateKeyException.class);
      assertThat(rows.get(ann)).isNotNull(); // not moved away
      assertThat(column(rows.seek(city, KeyRange.equalTo("Lyon"), false), 0)).isEmpty();
      byte[] moved = rows.update(ann, new Object[] {61, "ann", "Oslo", null}); // keeps its own name
      assertThat(rows.get(moved)[0]).isEqualTo(61);
    }
  }

  @Test
  void largeValuesCanBeStreamed() throws Exception {
    try (KvTxn t = store.begin()) {
      TableStore rows = TableStore.open(catalog, t, people, null);
      try (RowCursor c = rows.scan(KeyRange.equalTo(1), false)) {
        assertThat(c.next()).isTrue();
        Object bio = c.rowWithLobRefs()[3];
        assertThat(bio).isInstanceOf(dev.quern.catalog.codec.LobRef.class);
        try (java.io.InputStream in = rows.openLob((dev.quern.catalog.codec.LobRef) bio)) {
          assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
              .isEqualTo("x".repeat(20_000));
        }
      }
    }
  }
}
