package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvConflictException;
import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * UPDATE t SET n = n + 1 from several threads, the way the engine runs it (read for update, write):
 * no increment may be lost under any isolation level. SNAPSHOT transactions may fail with an update
 * conflict (3960) and are retried, as an application must.
 */
class LostUpdateTest {
  private static final int THREADS = 4;
  private static final int INCREMENTS = 25;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(KvIsolation.class)
  void concurrentIncrementsAreNeverLost(KvIsolation isolation) throws Exception {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      Table people;
      try (KvTxn t = store.begin()) {
        people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, t));
        catalog.createObject(t, people);
        TableStore.open(catalog, t, people, null).insert(new Object[] {1, "0", null, null});
        t.commit();
      }
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(() -> incrementLoop(store, catalog, people, isolation)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      try (KvTxn t = store.begin()) {
        try (RowCursor c = TableStore.open(catalog, t, people, null).scan(KeyRange.ALL, false)) {
          assertThat(c.next()).isTrue();
          assertThat(c.row()[1]).isEqualTo(String.valueOf(THREADS * INCREMENTS));
        }
      }
    }
  }

  private static Void incrementLoop(
      RocksKvStore store, Catalog catalog, Table people, KvIsolation isolation) {
    for (int done = 0; done < INCREMENTS; ) {
      try (KvTxn t = store.begin(KvTxnOptions.of(isolation))) {
        t.beginStatement();
        TableStore rows = TableStore.open(catalog, t, people, null);
        try (RowCursor c = rows.scanForUpdate(KeyRange.equalTo(1), false)) {
          c.next();
          Object[] row = c.row();
          row[1] = String.valueOf(Integer.parseInt((String) row[1]) + 1);
          rows.update(c.locator(), row);
        }
        t.commit();
        done++;
      } catch (KvConflictException | KvDeadlockException retry) {
        // 3960 / 1205: the application retries the transaction
      }
    }
    return null;
  }
}
