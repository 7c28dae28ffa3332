package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash points of a table rewrite (what ALTER TABLE and index DDL do: rows copied into fresh
 * key ranges in the DDL's transaction, the old ranges reclaimed after its commit), each reached by
 * closing the store without closing the catalog, as SIGKILL leaves it, and opening it again: the
 * rows and their LOB chunks are those of the committed definition, and the ranges it no longer
 * uses are gone, also when the reclaim had done part of its work.
 */
class RewriteCrashTest {
  private static final int ROWS = 30;

  @TempDir Path dir;

  @Test
  void aCrashAfterTheCommitBeforeTheReclaimLeavesTheNewRowsOnly() {
    Table old;
    Table rewritten;
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      Catalog catalog = Catalog.open(store);
      old = createPeople(catalog);
      rewritten = rewrite(catalog, store, old, true);
    } // no catalog.close(), no reclaimGarbage(): the crash
    assertRecovered(old, rewritten);
  }

  @Test
  void aCrashBeforeTheCommitLeavesTheOldRowsOnly() {
    Table old;
    Table rewritten;
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      Catalog catalog = Catalog.open(store);
      old = createPeople(catalog);
      rewritten = rewrite(catalog, store, old, false);
    }
    assertRecovered(rewritten, old);
  }

  @Test
  void aCrashInTheMiddleOfTheReclaimIsFinishedAtOpen() {
    Table old;
    Table rewritten;
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      Catalog catalog = Catalog.open(store);
      old = createPeople(catalog);
      rewritten = rewrite(catalog, store, old, true);
      // What reclaimGarbage does first, for one range only: the row keys of the first index.
      byte[] first = SystemKeys.data(old.indexes().getFirst().dataId());
      store.reclaimRange(first, SystemKeys.end(first));
    }
    assertRecovered(old, rewritten);
  }

  private static Table createPeople(Catalog catalog) {
    try (KvTxn t = catalog.store().begin()) {
      int schema = Fixtures.databaseWithDbo(catalog, t);
      Table people = Fixtures.people(catalog, schema);
      catalog.createObject(t, people);
      TableStore rows = TableStore.open(catalog, t, people, null);
      for (int id = 1; id <= ROWS; id++) {
        rows.insert(new Object[] {id, "n" + id, "city" + id % 4, bio(id)});
      }
      t.commit();
      return people;
    }
  }

  /** The rows copied into fresh ranges under the same definition; committed or left open. */
  private static Table rewrite(Catalog catalog, RocksKvStore store, Table old, boolean commit) {
    KvTxn txn = store.begin();
    List<Object[]> rows = new ArrayList<>();
    catalog.lockForRewrite(txn, old);
    try (RowCursor c = TableStore.open(catalog, txn, old, null).scan(KeyRange.ALL, false)) {
      while (c.next()) {
        rows.add(c.row());
      }
    }
    List<Index> fresh = new ArrayList<>();
    for (Index i : old.indexes()) {
      fresh.add(i.withDataId(catalog.newDataId()));
    }
    Table target = old.withIndexes(fresh);
    catalog.alterObject(txn, target);
    TableStore dest = TableStore.open(catalog, txn, target, null);
    rows.forEach(dest::insert);
    if (commit) {
      txn.commit();
    } else {
      txn.rollback(); // what a crash before the commit leaves: RocksDB logs nothing uncommitted
    }
    return target;
  }

  /** After a restart: {@code kept}'s rows intact and its indexes consistent, {@code gone}'s ranges empty. */
  private void assertRecovered(Table gone, Table kept) {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      Table stored = catalog.metadata(t).table(kept.id()).orElseThrow();
      assertThat(stored.indexes()).extracting(Index::dataId)
          .containsExactlyElementsOf(kept.indexes().stream().map(Index::dataId).toList());
      TableStore rows = TableStore.open(catalog, t, stored, null);
      int n = 0;
      try (RowCursor c = rows.scan(KeyRange.ALL, false)) {
        while (c.next()) {
          Object[] row = c.row();
          n++;
          assertThat(row[3]).as("bio of %s", row[0]).isEqualTo(bio((Integer) row[0]));
        }
      }
      assertThat(n).isEqualTo(ROWS);
      assertThat(rows.checkIndexes().findings()).isEmpty();
      for (Index i : gone.indexes()) {
        assertThat(keys(t, SystemKeys.data(i.dataId()))).as("rows of data id %d", i.dataId()).isZero();
        assertThat(keys(t, SystemKeys.lob(i.dataId()))).as("LOBs of data id %d", i.dataId()).isZero();
      }
      assertThat(keys(t, SystemKeys.garbageStart(), SystemKeys.garbageEnd())).as("garbage marks").isZero();
    }
  }

  private static String bio(int id) {
    return ("bio of " + id + ";").repeat(id % 3 == 0 ? 6_000 : 3);
  }

  private static int keys(KvTxn t, byte[] prefix) {
    return keys(t, prefix, SystemKeys.end(prefix));
  }

  private static int keys(KvTxn t, byte[] from, byte[] to) {
    int n = 0;
    try (KvIterator it = t.peekScan(from, to, false)) {
      while (it.next()) {
        n++;
      }
    }
    return n;
  }
}
