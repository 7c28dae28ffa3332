package dev.quern.catalog.rocks;

import static dev.quern.catalog.rocks.Bytes.b;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit: 8 concurrent committers, each commit synced, share WAL fsyncs. Counts (not times)
 * are asserted; the log line is the measurement.
 */
class RocksKvStoreGroupCommitTest {
  private static final int THREADS = 8;
  private static final int COMMITS_PER_THREAD = 50;

  @TempDir Path dir;

  @Test
  void concurrentCommittersShareFsyncs() throws Exception {
    try (RocksKvStore store = RocksKvStore.open(dir);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      long serialSyncs = commitSerially(store, 20);
      assertThat(serialSyncs)
          .as("every serial durable commit syncs the WAL")
          .isGreaterThanOrEqualTo(20);

      long before = store.walSyncCount();
      long start = System.nanoTime();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> commitLoop(store, go, thread)));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      long syncs = store.walSyncCount() - before;
      int commits = THREADS * COMMITS_PER_THREAD;
      System.out.printf(
          "group commit: %d committers, %d durable commits, %d WAL fsyncs (%.2f commits/fsync), %d"
              + " ms%n",
          THREADS, commits, syncs, (double) commits / syncs, elapsedMs);
      assertThat(syncs).isPositive().isLessThan(commits);
    }
  }

  @Test
  void readOnlyCommitsDoNotSyncTheWalButReleaseTheirLocks() {
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      try (KvTxn t = store.begin()) {
        t.put(b("row"), b("v"));
        t.commit();
      }
      long before = store.walSyncCount();
      for (int i = 0; i < 20; i++) {
        try (KvTxn t = store.begin()) {
          assertThat(t.getForUpdate(b("row"))).isEqualTo(b("v"));
          t.commit();
          assertThat(t.isActive()).isFalse();
        }
      }
      assertThat(store.walSyncCount() - before).as("a commit with nothing to log").isZero();
      try (KvTxn t = store.begin()) {
        t.put(b("row"), b("w"));
        t.commit();
      }
      assertThat(store.walSyncCount() - before)
          .as("the row lock was released and the write synced")
          .isPositive();
    }
  }

  private static long commitSerially(RocksKvStore store, int n) {
    long before = store.walSyncCount();
    for (int i = 0; i < n; i++) {
      try (KvTxn t = store.begin()) {
        t.put(b("serial" + i), b("v"));
        t.commit();
      }
    }
    return store.walSyncCount() - before;
  }

  private static Void commitLoop(RocksKvStore store, CountDownLatch go, int thread)
      throws InterruptedException {
    go.await();
    for (int i = 0; i < COMMITS_PER_THREAD; i++) {
      try (KvTxn t = store.begin()) {
        t.put(b("t" + thread + "-" + i), b("v"));
        t.commit();
      }
    }
    return null;
  }
}
