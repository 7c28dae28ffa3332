package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks behind DBCC CHECKTABLE, on faults no SQL statement can make: index entries deleted,
 * added or pointed elsewhere directly in the key-value store.
 */
class IndexConsistencyTest {
  @TempDir Path dir;
  RocksKvStore store;
  Catalog catalog;
  Table people;

  @BeforeEach
  void setUp() {
    store = RocksKvStore.open(dir);
    catalog = Catalog.open(store);
    try (KvTxn t = store.begin()) {
      int schemaId = Fixtures.databaseWithDbo(catalog, t);
      people = Fixtures.people(catalog, schemaId);
      catalog.createObject(t, people);
      TableStore rows = TableStore.open(catalog, t, people, null);
      rows.insert(new Object[] {1, "ann", "Oslo", null});
      rows.insert(new Object[] {2, "Bob", "Rome", null});
      rows.insert(new Object[] {3, "Cid", "Rome", null});
      t.commit();
    }
  }

  @AfterEach
  void tearDown() {
    catalog.close();
    store.close();
  }

  private Index index(String name) {
    return people.index(name).orElseThrow();
  }

  private IndexConsistency.Result check() {
    try (KvTxn t = store.begin()) {
      return TableStore.open(catalog, t, people, null).checkIndexes();
    }
  }

  /** The first entry of {@code ix}: its key and value. */
  private byte[][] firstEntry(KvTxn t, Index ix) {
    byte[] prefix = SystemKeys.data(ix.dataId());
    try (KvIterator it = t.scan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      assertThat(it.next()).isTrue();
      return new byte[][] {it.key(), it.value()};
    }
  }

  @Test
  void findsNothingWrongInAConsistentTable() {
    IndexConsistency.Result r = check();
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void findsARowWhoseEntryWasDeleted() {
    Index city = people.secondaryIndexes().stream().filter(i -> !i.unique()).findFirst().orElseThrow();
    try (KvTxn t = store.begin()) {
      t.delete(firstEntry(t, city)[0]);
      t.commit();
    }
    IndexConsistency.Result r = check();
    assertThat(r.findings()).hasSize(1);
    IndexConsistency.Finding f = r.findings().getFirst();
    assertThat(f.kind()).isEqualTo(IndexConsistency.Kind.MISSING_ENTRY);
    assertThat(f.index()).isEqualTo(city);
    assertThat(f.row()[2]).isEqualTo("Oslo");
  }

  @Test
  void findsAnEntryLeadingToNoRow() {
    Index name = people.secondaryIndexes().stream().filter(Index::unique).findFirst().orElseThrow();
    try (KvTxn t = store.begin()) {
      byte[][] e = firstEntry(t, name);
      // A second entry under another key, pointing to the same row's locator and then one that is gone.
      byte[] key = e[0].clone();
      key[key.length - 1] ^= 0x01;
      t.put(key, e[1]);
      t.commit();
    }
    IndexConsistency.Result r = check();
    assertThat(r.findings()).extracting(IndexConsistency.Finding::kind).containsExactly(IndexConsistency.Kind.EXTRA_ENTRY);
    assertThat(r.findings().getFirst().entryValues()).isNotNull();
  }

  @Test
  void findsTwoRowsSharingAUniqueKey() {
    Index name = people.secondaryIndexes().stream().filter(Index::unique).findFirst().orElseThrow();
    try (KvTxn t = store.begin()) {
      // Bob renamed "ann" with ann's entry out of the way, then ann's entry put back over his.
      byte[][] ann = firstEntry(t, name);
      t.delete(ann[0]);
      TableStore rows = TableStore.open(catalog, t, people, null);
      byte[] bob = rows.findUnique(name, new Object[] {"Bob"}).orElseThrow();
      rows.update(bob, new Object[] {2, "ann", "Rome", null});
      t.put(ann[0], ann[1]);
      t.commit();
    }
    IndexConsistency.Result r = check();
    assertThat(r.findings()).extracting(IndexConsistency.Finding::kind).containsExactly(IndexConsistency.Kind.DUPLICATE_KEY);
    assertThat(r.findings().getFirst().row()[0]).isEqualTo(2);
  }
}
