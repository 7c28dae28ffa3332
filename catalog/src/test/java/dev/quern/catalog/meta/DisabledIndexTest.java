package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disabled index (ALTER INDEX … DISABLE): stored in the table's record, neither maintained nor enforced. */
class DisabledIndexTest {
  @TempDir Path dir;
  RocksKvStore store;
  Catalog catalog;
  Table people;

  @BeforeEach
  void setUp() {
    store = RocksKvStore.open(dir);
    catalog = Catalog.open(store);
    try (KvTxn t = store.begin()) {
      people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
    }
  }

  @AfterEach
  void tearDown() {
    catalog.close();
    store.close();
  }

  private Table disabled(String name) {
    return people.withIndexes(people.indexes().stream()
        .map(i -> name.equals(i.name()) ? i.withDisabled(true) : i).toList());
  }

  @Test
  void disabledFlagRoundTripsThroughTheRecord() {
    Table t = disabled("UQ_people_name");

    Table back = (Table) MetaCodec.decodeObject(MetaCodec.encode(t));

    assertThat(back).isEqualTo(t);
    assertThat(back.index("UQ_people_name").orElseThrow().disabled()).isTrue();
    assertThat(back.index("PK_people").orElseThrow().disabled()).isFalse();
  }

  @Test
  void otherChangesKeepTheFlag() {
    Index off = people.index("IX_people_city").orElseThrow().withDisabled(true);

    assertThat(off.withDataId(99).disabled()).isTrue();
    assertThat(off.withName("x").withIgnoreDupKey(false).disabled()).isTrue();
    assertThat(off.withDisabled(false).disabled()).isFalse();
  }

  @Test
  void aDisabledUniqueIndexIsNeitherMaintainedNorEnforced() {
    Table t = disabled("UQ_people_name");
    assertThat(t.enabledSecondaryIndexes()).extracting(Index::name).containsExactly("IX_people_city");
    try (KvTxn txn = store.begin()) {
      catalog.createObject(txn, t);
      TableStore rows = TableStore.open(catalog, txn, t, null);
      rows.insert(new Object[] {1, "Ann", "Oslo", null});
      rows.insert(new Object[] {2, "Ann", "Oslo", null});

      Index uq = t.index("UQ_people_name").orElseThrow();
      assertThat(rows.findUnique(uq, new Object[] {"Ann"})).isEmpty();
      try (IndexCursor c = rows.seek(t.index("IX_people_city").orElseThrow(), KeyRange.equalTo("Oslo"), false)) {
        int n = 0;
        while (c.next()) {
          n++;
        }
        assertThat(n).isEqualTo(2);
      }
      assertThat(rows.findUnique(t.rowIndex(), new Object[] {2})).isPresent();
    }
  }
}
