package dev.quern.catalog.rocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvCancelledException;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvLockTimeoutException;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row-lock waits run in slices: the lock timeout holds across them, and a cancel ends them. */
class RocksLockWaitTest {
  @TempDir Path dir;
  private RocksKvStore store;

  @BeforeEach
  void open() {
    store = RocksKvStore.open(dir);
    try (KvTxn t = store.begin()) {
      t.put(b("k"), b("v"));
      t.commit();
    }
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aTimeoutChangedInsideTheTransactionApplies() {
    try (KvTxn holder = store.begin(); KvTxn waiter = store.begin()) {
      holder.put(b("k"), b("held"));
      waiter.setLockTimeout(20);
      assertThatThrownBy(() -> waiter.getForUpdate(b("k"))).isInstanceOf(KvLockTimeoutException.class);
      waiter.setLockTimeout(250);
      assertThatThrownBy(() -> waiter.put(b("k"), b("x"))).isInstanceOf(KvLockTimeoutException.class);
    }
  }

  @Test
  void withoutATimeoutTheWaitOutlastsRocksDbsDefaultAndACancelEndsIt() throws Exception {
    AtomicBoolean cancelled = new AtomicBoolean();
    try (KvTxn holder = store.begin();
        KvTxn waiter = store.begin(new KvTxnOptions(KvIsolation.READ_COMMITTED, -1, cancelled::get))) {
      holder.put(b("k"), b("held"));
      CompletableFuture<Throwable> wait = CompletableFuture.supplyAsync(() -> {
        try {
          waiter.getForUpdate(b("k"));
          return null;
        } catch (RuntimeException e) {
          return e;
        }
      });
      Thread.sleep(1500); // past RocksDB's own 1 s default for a negative timeout
      assertThat(wait).isNotDone();
      cancelled.set(true);
      assertThat(wait.get(30, TimeUnit.SECONDS)).isInstanceOf(KvCancelledException.class);
    }
  }

  @Test
  void aWaiterGetsTheLockWhenTheHolderCommits() throws Exception {
    KvTxn holder = store.begin();
    holder.put(b("k"), b("new"));
    try (KvTxn waiter = store.begin()) {
      CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> waiter.getForUpdate(b("k")));
      Thread.sleep(300);
      holder.commit();
      holder.close();
      assertThat(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("new");
    }
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
