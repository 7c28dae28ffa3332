package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cheap measurement written to the test log (never asserted: speed lives in bench/): batched
 * inserts through {@link TableStore}, primary-key point reads, a full scan, durable single-row
 * commits. The assertions only check that the work was done.
 */
class StorageMeasurementTest {
  private static final int ROWS = 20_000;
  private static final int COMMITS = 200;

  @TempDir Path dir;

  @Test
  void measuresTheBasicPaths() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      Table people;
      try (KvTxn t = store.begin()) {
        people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
        catalog.createObject(t, people);
        t.commit();
      }
      long start = System.nanoTime();
      for (int batch = 0; batch < ROWS; batch += 1000) {
        try (KvTxn t = store.begin()) {
          TableStore rows = TableStore.open(catalog, t, people, null);
          for (int i = batch; i < batch + 1000; i++) {
            rows.insert(new Object[] {i, "name" + i, "city" + (i % 100), null});
          }
          t.commit();
        }
      }
      long insertNs = System.nanoTime() - start;

      start = System.nanoTime();
      int found = 0;
      try (KvTxn t = store.begin()) {
        TableStore rows = TableStore.open(catalog, t, people, null);
        for (int i = 0; i < ROWS; i++) {
          if (rows.findUnique(people.rowIndex(), new Object[] {(i * 7919) % ROWS}).isPresent()) {
            found++;
          }
        }
      }
      long pointNs = System.nanoTime() - start;

      start = System.nanoTime();
      int scanned = 0;
      try (KvTxn t = store.begin();
          RowCursor c = TableStore.open(catalog, t, people, null).scan(KeyRange.ALL, false)) {
        while (c.next()) {
          c.row();
          scanned++;
        }
      }
      long scanNs = System.nanoTime() - start;

      start = System.nanoTime();
      for (int i = 0; i < COMMITS; i++) {
        try (KvTxn t = store.begin()) {
          TableStore.open(catalog, t, people, null)
              .insert(new Object[] {ROWS + i, "single" + i, null, null});
          t.commit();
        }
      }
      long commitNs = System.nanoTime() - start;

      System.out.printf(
          "storage measurement: %,.0f inserts/s (batches of 1000), %,.0f point reads/s,"
              + " %,.0f rows/s full scan, %,.0f durable single-row commits/s%n",
          ROWS / (insertNs / 1e9),
          ROWS / (pointNs / 1e9),
          scanned / (scanNs / 1e9),
          COMMITS / (commitNs / 1e9));
      assertThat(found).isEqualTo(ROWS);
      assertThat(scanned).isEqualTo(ROWS);
    }
  }
}
